import { D } from '../decimal/decimal.js';

/**
 * A month `YYYY-MM` in Chinese; other text is returned as it is.
 *
 * @example
 * monthLabel('2024-03') // '2024年3月'
 */
export function monthLabel(month: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  return m === null ? month : `${m[1]}年${Number(m[2])}月`;
}

/**
 * A date `YYYY-MM-DD` in Chinese; other text (a date already written out) is returned as it is.
 *
 * @example
 * dateLabel('2024-04-05') // '2024年4月5日'
 * dateLabel('二〇二四年四月') // '二〇二四年四月'
 */
export function dateLabel(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return m === null ? date : `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
}

/**
 * A competition rank as printed: `2 (并列)` when shared.
 *
 * @example
 * rankLabel({ rank: 2, tied: true }) // '2 (并列)'
 */
export function rankLabel(entry: { readonly rank: number; readonly tied: boolean }): string {
  return entry.tied ? `${entry.rank} (并列)` : String(entry.rank);
}

/**
 * A decimal weight or share as a percentage, exactly.
 *
 * @example
 * percent('0.6') // '60%'
 * percent('0.125') // '12.5%'
 */
export function percent(share: string): string {
  const d = new D(share).times(100);
  return `${d.isZero() ? '0' : d.toString()}%`;
}
