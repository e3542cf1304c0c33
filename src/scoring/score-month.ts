import { InvalidOptionsError, shown } from '../errors/errors.js';
import type { LedgerAggregate } from '../ledger/aggregate.js';
import type { Rubric } from '../rubric/schema.js';
import { scorePeriod, scorePeriodAsync, type MonthInputs, type ScorePeriodOptions } from './score-period.js';
import type { MonthResult } from './types.js';

export type { MonthInputs };

/** Options of {@link scoreMonth}. */
export interface ScoreMonthOptions extends Omit<ScorePeriodOptions, 'period'> {
  /** The month to score, `YYYY-MM`. */
  readonly month: string;
}

/**
 * Scores one month of the ledger against a rubric: one card per window, every entry
 * accounted for (`received = accepted + rejected + outOfPeriod`), exact decimals.
 *
 * Pure: reads nothing but its arguments, mutates none of them. Entry order never changes
 * the result. A bad entry never aborts the month: it is listed in `rejected` with a code.
 *
 * @throws {RubricValidationError} when `rubric` is invalid.
 * @throws {InvalidOptionsError} when `month`, `timeZone`, `windows` or `inputs` is malformed.
 * @example
 * const result = scoreMonth(rubric, [
 *   { id: 'e1', windowId: 'W01', clauseId: '4.1', date: '2024-03-05', count: 2 },
 * ], { month: '2024-03', windows: ['W01', 'W02'], inputs: { W01: { '1.chief': 90, '1.staff': 85 } } });
 * result.cards[0].categories[3].score // '26' (服务能力 30 - 2 x 2)
 * result.cards[0].chiefDeduction // '2.5' (4.1: 2 x 1; 5.8 quota missed: 0.5)
 * result.cards[1].score // null: W02 has no inputs, so its card is incomplete
 */
export function scoreMonth(rubric: Rubric, entries: Iterable<unknown> | LedgerAggregate, options: ScoreMonthOptions): MonthResult {
  const { month, ...rest } = checkMonth(options);
  return { month, ...scorePeriod(rubric, entries, { ...rest, period: month }) };
}

/**
 * {@link scoreMonth} over an async source, such as a ledger file being read.
 * @example
 * const result = await scoreMonthAsync(rubric, entriesOf(readLedgerFile('台账.csv')), { month: '2024-03' });
 */
export async function scoreMonthAsync(
  rubric: Rubric,
  entries: AsyncIterable<unknown> | Iterable<unknown>,
  options: ScoreMonthOptions,
): Promise<MonthResult> {
  const { month, ...rest } = checkMonth(options);
  return { month, ...(await scorePeriodAsync(rubric, entries, { ...rest, period: month })) };
}

function checkMonth(options: ScoreMonthOptions): ScoreMonthOptions {
  if (typeof options !== 'object' || options === null) {
    throw new InvalidOptionsError('options must be an object with at least { month: "YYYY-MM" }', []);
  }
  if (typeof options.month !== 'string' || !/^\d{4}-(0[1-9]|1[0-2])$/.test(options.month)) {
    throw new InvalidOptionsError(`month must be "YYYY-MM", got ${shown(options.month)}`, ['month'], `month 应为 "YYYY-MM" (月份), 实为 ${shown(options.month)}`);
  }
  return options;
}
