import { own } from '../decimal/decimal.js';
import { InvalidOptionsError } from '../errors/errors.js';
import { DEFAULT_TIME_ZONE, periodOf } from '../ledger/period.js';
import { compareIds } from '../ledger/table.js';
import { tally } from '../ledger/tally.js';
import { idProblem } from '../ledger/validate.js';
import { compileRubric } from '../rubric/compile.js';
import type { Rubric } from '../rubric/schema.js';
import { buildCard } from './card.js';
import type { MonthResult } from './types.js';

/** Values fed to `input` clauses: window id -> input clause id -> value (number or decimal string). */
export type MonthInputs = Readonly<Record<string, Readonly<Record<string, number | string>>>>;

/** Options of {@link scoreMonth}. */
export interface ScoreMonthOptions {
  /** The month to score, `YYYY-MM`. */
  readonly month: string;
  /**
   * Every window of the centre. Windows with no entries still get a card (and quota
   * clauses still apply to them). Windows seen in the month's entries or named in
   * `inputs` get a card too.
   */
  readonly windows?: readonly string[];
  /** Values of the rubric's `input` clauses, per window. */
  readonly inputs?: MonthInputs;
  /** IANA time zone in which months are cut. Default `Asia/Shanghai`. */
  readonly timeZone?: string;
}

function checkInputs(inputs: unknown, inputClauses: ReadonlySet<string>): MonthInputs | undefined {
  if (inputs === undefined) return undefined;
  if (typeof inputs !== 'object' || inputs === null || Array.isArray(inputs)) {
    throw new InvalidOptionsError('inputs must be an object: window id -> input clause id -> value', ['inputs']);
  }
  for (const [windowId, values] of Object.entries(inputs)) {
    const bad = idProblem(windowId);
    if (bad !== undefined) throw new InvalidOptionsError(`inputs: window id ${bad}`, ['inputs', windowId]);
    if (typeof values !== 'object' || values === null || Array.isArray(values)) {
      throw new InvalidOptionsError(`inputs.${windowId} must be an object: input clause id -> value`, ['inputs', windowId]);
    }
    for (const clauseId of Object.keys(values)) {
      if (!inputClauses.has(clauseId)) {
        throw new InvalidOptionsError(`inputs.${windowId}: "${clauseId}" is not an input clause of the rubric`, ['inputs', windowId, clauseId]);
      }
    }
  }
  return inputs as MonthInputs;
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
 * result.cards[0].chiefDeduction // '2'
 * result.cards[1].score // null: W02 has no inputs, so its card is incomplete
 */
export function scoreMonth(rubric: Rubric, entries: Iterable<unknown>, options: ScoreMonthOptions): MonthResult {
  if (typeof options !== 'object' || options === null) {
    throw new InvalidOptionsError('options must be an object with at least { month: "YYYY-MM" }', []);
  }
  const compiled = compileRubric(rubric);
  const period = periodOf(options.month, options.timeZone ?? DEFAULT_TIME_ZONE);
  const inputClauses = new Set([...compiled.clauses.values()].filter((c) => c.clause.kind === 'input').map((c) => c.clause.id));
  const inputs = checkInputs(options.inputs, inputClauses);
  const windows = new Set<string>();
  if (options.windows !== undefined) {
    if (!Array.isArray(options.windows)) throw new InvalidOptionsError('windows must be an array of window ids', ['windows']);
    options.windows.forEach((w: unknown, i) => {
      const bad = idProblem(w);
      if (bad !== undefined) throw new InvalidOptionsError(`windows[${i}]: window id ${bad}`, ['windows', i]);
      windows.add(w as string);
    });
  }
  if (entries === null || typeof (entries as Partial<Iterable<unknown>>)[Symbol.iterator] !== 'function') {
    throw new InvalidOptionsError('entries must be an array or another iterable of ledger entries', ['entries']);
  }

  const t = tally(compiled, entries, period);
  for (const w of t.table.windows.keys()) windows.add(w);
  for (const w of Object.keys(inputs ?? {})) windows.add(w);
  const cards = [...windows]
    .sort(compareIds)
    .map((w) => buildCard(compiled, w, t.table.windows.get(w), own(inputs, w)));
  return {
    month: period.month,
    timeZone: period.timeZone,
    rubric: {
      id: compiled.rubric.id,
      version: compiled.rubric.version,
      ...(compiled.rubric.selection === undefined ? {} : { selection: compiled.rubric.selection }),
    },
    cards,
    rejected: t.rejected,
    counts: t.counts,
  };
}
