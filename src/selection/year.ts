import { InvalidOptionsError, shown } from '../errors/errors.js';
import { idProblem } from '../ledger/validate.js';
import { parseRubric } from '../rubric/parse.js';
import type { Rubric } from '../rubric/schema.js';
import type { MonthInputs } from '../scoring/score-month.js';
import { scoreDeclared } from '../scoring/score-period.js';
import type { MonthResult } from '../scoring/types.js';
import { checkCoveredMonths, monthCoverage, type MonthCoverage } from './coverage.js';

/** A window and the months it was open, when it did not serve the whole year. */
export interface WindowSpan {
  readonly id: string;
  /** First month open, `YYYY-MM` (a window opened in June: `'2024-06'`). */
  readonly from?: string;
  /** Last month open, `YYYY-MM`. */
  readonly to?: string;
}

/** Options of {@link scoreYear}. */
export interface ScoreYearOptions {
  /** `YYYY`. */
  readonly year: string;
  /**
   * The centre's windows: ids, or spans for windows that opened or closed during the year.
   * Declared windows are the windows: an entry for any other is rejected as `unknown-window`
   * in its month. A window outside its span is still declared (its entries are scored, and
   * listed in `outsideSpan`). Without it, every window the ledger names is scored.
   */
  readonly windows?: readonly (string | WindowSpan)[];
  /** Input values per month: `{ '2024-03': { W01: { '1.chief': 90 } } }`. */
  readonly inputs?: Readonly<Record<string, MonthInputs>>;
  /** Score months up to and including this one (`YYYY-MM`); default December. */
  readonly through?: string;
  readonly timeZone?: string;
  /**
   * Months the centre declares covered although the ledger holds no accepted entry of
   * theirs: truly clean months, scored and counted in the annual mean. Months with an
   * accepted entry are always covered. Pass the same list to `annualComposite`.
   */
  readonly coveredMonths?: readonly string[];
}

/** A year scored month by month. */
export interface YearResult {
  readonly year: string;
  /** One result per month scored, in order; each names the rubric version used. */
  readonly months: readonly MonthResult[];
  /**
   * Cards of windows in months outside their declared span (an entry dated before the
   * window opened): scored, since nothing handed in may vanish, and listed here to check.
   */
  readonly outsideSpan: readonly { readonly windowId: string; readonly month: string }[];
  /**
   * Which months rest on ledger data. `uncovered` months (no accepted entry, not declared
   * in `coveredMonths`) are scored and kept in `months`, but `annualComposite` leaves them
   * out of every mean.
   */
  readonly coverage: MonthCoverage;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The version in force for each month, or the problems that prevent it. */
function versionsByMonth(versions: readonly Rubric[], year: number, months: readonly string[]): Map<string, Rubric> {
  const parsed = versions.map((v) => parseRubric(v));
  const ids = new Set(parsed.map((v) => v.id));
  if (ids.size > 1) throw new InvalidOptionsError(`rubricVersions mix rubrics ${[...ids].join(', ')}: give the versions of one rubric`, ['rubricVersions']);
  const missing: string[] = [];
  const overlapping: string[] = [];
  const split: string[] = [];
  const byMonth = new Map<string, Rubric>();
  for (const month of months) {
    const m = Number(month.slice(5));
    const first = `${month}-01`;
    const last = `${month}-${pad(lastDay(year, m))}`;
    const inForce = parsed.filter((v) => v.effectiveFrom <= first && (v.effectiveTo === undefined || v.effectiveTo >= last));
    const partial = parsed.filter(
      (v) => (v.effectiveFrom > first && v.effectiveFrom <= last) || (v.effectiveTo !== undefined && v.effectiveTo >= first && v.effectiveTo < last),
    );
    if (partial.length > 0) split.push(`${month} (${partial.map((v) => v.version).join(', ')})`);
    else if (inForce.length === 0) missing.push(month);
    else if (inForce.length > 1) overlapping.push(`${month} (${inForce.map((v) => v.version).join(', ')})`);
    else byMonth.set(month, inForce[0]!);
  }
  const problems = [
    missing.length > 0 ? `no version in force in ${missing.join(', ')}` : '',
    overlapping.length > 0 ? `versions overlap in ${overlapping.join(', ')}` : '',
    split.length > 0 ? `a version starts or ends mid-month in ${split.join(', ')} (a month is scored with one version)` : '',
  ].filter(Boolean);
  if (problems.length > 0) throw new InvalidOptionsError(`rubricVersions: ${problems.join('; ')}`, ['rubricVersions']);
  return byMonth;
}

function spans(windows: ScoreYearOptions['windows']): WindowSpan[] {
  return (windows ?? []).map((w, i) => {
    const span = typeof w === 'string' ? { id: w } : w;
    const bad = idProblem(span.id);
    if (bad !== undefined) throw new InvalidOptionsError(`windows[${i}]: window id ${bad}`, ['windows', i]);
    for (const key of ['from', 'to'] as const) {
      const v = span[key];
      if (v !== undefined && !/^\d{4}-(0[1-9]|1[0-2])$/.test(v)) throw new InvalidOptionsError(`windows[${i}].${key} must be "YYYY-MM"`, ['windows', i, key]);
    }
    return span;
  });
}

/**
 * Scores every month of a year with the rubric version in force that month (by
 * `effectiveFrom` / `effectiveTo`). Missing or overlapping versions, or a version that
 * starts mid-month, are an error naming the months. Windows with a span get cards only
 * in the months they were open. Months whose ledger holds no accepted entry are listed in
 * `coverage.uncovered` (unless declared in `coveredMonths`): a month with no data is not
 * a clean month, and `annualComposite` leaves it out of the mean.
 *
 * @example
 * const year = scoreYear([v2023, v2024July], ledger, { year: '2024', windows: ['W01', { id: 'W60', from: '2024-06' }] });
 * year.months[5].rubric.version // '2023' (June)
 * year.months[6].rubric.version // '2024-07' (July, after the change on 1 July)
 * year.coverage.uncovered       // months with no ledger entry at all, e.g. ['2024-11', '2024-12']
 */
export function scoreYear(rubricVersions: readonly Rubric[], entries: Iterable<unknown>, options: ScoreYearOptions): YearResult {
  if (!/^\d{4}$/.test(options.year)) throw new InvalidOptionsError(`year must be "YYYY", got ${JSON.stringify(options.year)}`, ['year']);
  const year = Number(options.year);
  const through = options.through ?? `${options.year}-12`;
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(through) || !through.startsWith(options.year)) {
    throw new InvalidOptionsError(`through must be a month of ${options.year} ("YYYY-MM"), got ${shown(through)}`, ['through']);
  }
  const months = Array.from({ length: Number(through.slice(5)) }, (_, i) => `${options.year}-${pad(i + 1)}`);
  const declared = checkCoveredMonths(options.coveredMonths, options.year);
  const versions = versionsByMonth(rubricVersions, year, months);
  const windows = spans(options.windows);
  const all = Array.isArray(entries) ? entries : [...entries];
  const open = (w: WindowSpan, month: string) => (w.from === undefined || w.from <= month) && (w.to === undefined || w.to >= month);
  // Declared windows are the windows: an entry for any other is rejected (unknown-window).
  // A window outside its span that month is still declared: its entries count on a card
  // listed in outsideSpan. No list declared: every window the ledger names gets a card.
  const results = months.map((month): MonthResult => ({
    month,
    ...scoreDeclared(
      versions.get(month)!,
      all,
      {
        period: month,
        ...(options.windows === undefined ? {} : { windows: windows.filter((w) => open(w, month)).map((w) => w.id) }),
        ...(options.inputs?.[month] === undefined ? {} : { inputs: options.inputs[month] }),
        ...(options.timeZone === undefined ? {} : { timeZone: options.timeZone }),
      },
      windows.filter((w) => !open(w, month)).map((w) => w.id),
    ),
  }));
  const spanOf = new Map(windows.map((w) => [w.id, w]));
  const outsideSpan = results.flatMap((r) =>
    r.cards.flatMap((c) => {
      const span = spanOf.get(c.windowId);
      return span !== undefined && !open(span, r.month) ? [{ windowId: c.windowId, month: r.month }] : [];
    }),
  );
  return { year: options.year, months: results, outsideSpan, coverage: monthCoverage(results, declared) };
}
