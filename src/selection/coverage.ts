import { InvalidOptionsError, shown } from '../errors/errors.js';
import { compareIds } from '../ledger/table.js';
import type { MonthResult } from '../scoring/types.js';

/**
 * Which months of a year rest on ledger data. The rule: a month is covered when the
 * ledger holds at least one ACCEPTED entry of that month (a live finding, a voided one,
 * a void cancelling one, a quota visit: anything `counts.accepted` counts), or when the
 * caller declares it covered (`coveredMonths`: a month the centre kept its ledger for and
 * found nothing, a truly clean month). Rejected rows do not cover a month: the score
 * would rest on none of them. A month with entries for some windows only is covered, and
 * its other windows are scored clean. An uncovered month is still scored (its cards are
 * kept, for the record), but no card of it counts in an annual mean.
 *
 * @example
 * const c: MonthCoverage = monthCoverage(year.months);
 * c.uncovered // ['2024-01', '2024-02'] when only March's ledger was given
 */
export interface MonthCoverage {
  /** Every month given, in order. */
  readonly months: readonly string[];
  /** Months with at least one accepted ledger entry. */
  readonly withEntries: readonly string[];
  /** Months without an accepted entry that the caller declared covered: scored as clean months. */
  readonly declaredClean: readonly string[];
  /** Months without an accepted entry, not declared: left out of every annual mean. */
  readonly uncovered: readonly string[];
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * Checks a `coveredMonths` option: each a `YYYY-MM` of `year`, none repeated. Returns the
 * months sorted. Throws `InvalidOptionsError` naming the first bad one.
 *
 * @example
 * checkCoveredMonths(['2024-02', '2024-01'], '2024') // ['2024-01', '2024-02']
 * checkCoveredMonths(['2023-12'], '2024')            // throws: coveredMonths[0] "2023-12" is not a month of 2024
 */
export function checkCoveredMonths(coveredMonths: readonly string[] | undefined, year: string | undefined): string[] {
  if (coveredMonths === undefined) return [];
  if (!Array.isArray(coveredMonths)) throw new InvalidOptionsError('coveredMonths must be a list of "YYYY-MM" months', ['coveredMonths']);
  const seen = new Set<string>();
  coveredMonths.forEach((m: unknown, i) => {
    if (typeof m !== 'string' || !MONTH.test(m)) throw new InvalidOptionsError(`coveredMonths[${i}] must be "YYYY-MM", got ${shown(m)}`, ['coveredMonths', i]);
    if (year !== undefined && !m.startsWith(`${year}-`)) throw new InvalidOptionsError(`coveredMonths[${i}] ${shown(m)} is not a month of ${year}`, ['coveredMonths', i]);
    if (seen.has(m)) throw new InvalidOptionsError(`coveredMonths[${i}] ${shown(m)} is given twice`, ['coveredMonths', i]);
    seen.add(m);
  });
  return [...seen].sort(compareIds);
}

/**
 * Sorts the months of a year into those with ledger entries, those declared clean and
 * those not covered (see {@link MonthCoverage} for the rule).
 *
 * @example
 * // A year through March, only March's ledger given:
 * monthCoverage(year.months)
 * // { months: ['2024-01', '2024-02', '2024-03'], withEntries: ['2024-03'], declaredClean: [], uncovered: ['2024-01', '2024-02'] }
 * monthCoverage(year.months, ['2024-01', '2024-02']).uncovered // []
 */
export function monthCoverage(months: readonly Pick<MonthResult, 'month' | 'counts'>[], coveredMonths?: readonly string[]): MonthCoverage {
  const declared = new Set(checkCoveredMonths(coveredMonths, undefined));
  const sorted = [...months].sort((a, b) => compareIds(a.month, b.month));
  const withEntries = sorted.filter((m) => m.counts.accepted > 0).map((m) => m.month);
  const empty = sorted.filter((m) => m.counts.accepted === 0).map((m) => m.month);
  return {
    months: sorted.map((m) => m.month),
    withEntries,
    declaredClean: empty.filter((m) => declared.has(m)),
    uncovered: empty.filter((m) => !declared.has(m)),
  };
}
