import type { MonthCoverage } from '../index.js';
import { UsageError } from './errors.js';
import type { Sink } from './io.js';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/**
 * --months: the months the centre declares covered (kept, nothing found), as a comma list
 * of months and ranges: `2024-01..2024-03,2024-07`. Every month must be of `year`.
 */
export function coveredMonthsFrom(value: string | undefined, year: string): string[] | undefined {
  if (value === undefined) return undefined;
  const out = new Set<string>();
  const bad = (part: string, zh: string, en: string) => new UsageError(`--months 无效 (${part}): ${zh}`, `bad --months (${part}): ${en}`);
  for (const raw of value.split(',')) {
    const part = raw.trim();
    if (part.length === 0) continue;
    const ends = part.split('..').map((p) => p.trim());
    const from = ends[0] ?? '';
    const to = ends[1] ?? from;
    if (ends.length > 2 || !MONTH.test(from) || !MONTH.test(to)) {
      throw bad(part, '应为 YYYY-MM 或 YYYY-MM..YYYY-MM', 'use YYYY-MM or YYYY-MM..YYYY-MM');
    }
    if (!from.startsWith(`${year}-`) || !to.startsWith(`${year}-`)) throw bad(part, `不是 ${year} 年的月份`, `not a month of ${year}`);
    if (from > to) throw bad(part, '起始月份晚于结束月份', 'the first month is after the last');
    for (let m = Number(from.slice(5)); m <= Number(to.slice(5)); m++) out.add(`${year}-${String(m).padStart(2, '0')}`);
  }
  if (out.size === 0) throw bad(value, '没有月份', 'no month given');
  return [...out].sort();
}

/** Months as the shortest --months argument: consecutive months become a range. */
export function monthsArgument(months: readonly string[]): string {
  const parts: string[] = [];
  let start: string | undefined;
  let prev: string | undefined;
  const next = (m: string) => `${m.slice(0, 4)}-${String(Number(m.slice(5)) + 1).padStart(2, '0')}`;
  const close = () => {
    if (start !== undefined && prev !== undefined) parts.push(start === prev ? start : `${start}..${prev}`);
  };
  for (const m of [...months].sort()) {
    if (prev === undefined || next(prev) !== m) {
      close();
      start = m;
    }
    prev = m;
  }
  close();
  return parts.join(',');
}

/** The warning for months with no ledger data: left out of the mean, and how to declare them. */
export function warnUncovered(ui: Sink, coverage: MonthCoverage): void {
  const missing = coverage.uncovered;
  if (missing.length === 0) return;
  const counted = coverage.months.filter((m) => !missing.includes(m));
  const arg = monthsArgument(missing);
  ui.note(
    `警告 warning: ${missing.join(', ')} 台账中没有任何有效记录, 不按无扣分计, 不计入月评均分 (均分为 ${counted.length} 个月的平均${counted.length > 0 ? `: ${monthsArgument(counted)}` : ''}); 若这些月份确实无扣分, 用 --months ${arg} 声明后计分`,
  );
  ui.note(
    `warning: no accepted ledger entry in ${missing.join(', ')}: not scored as clean months, left out of the monthly mean (the mean of ${counted.length} month(s)${counted.length > 0 ? `: ${monthsArgument(counted)}` : ''}); if they truly had no findings, declare them with --months ${arg}`,
  );
}
