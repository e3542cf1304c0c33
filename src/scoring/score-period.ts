import { own } from '../decimal/decimal.js';
import { InvalidOptionsError } from '../errors/errors.js';
import { DEFAULT_TIME_ZONE, periodOf } from '../ledger/period.js';
import { compareIds } from '../ledger/table.js';
import { BoundedTallier } from '../ledger/bounded.js';
import { tally, tallyAsync } from '../ledger/tally.js';
import { forEach } from '../ledger/batches.js';
import { idProblem, subjectKey } from '../ledger/validate.js';
import { compileRubric } from '../rubric/compile.js';
import type { Rubric } from '../rubric/schema.js';
import { fingerprintOf } from '../fingerprint/fingerprint.js';
import { isAggregate, parseAggregate, tableOf, toAggregate, type LedgerAggregate } from '../ledger/aggregate.js';
import type { Period } from '../ledger/period.js';
import type { CompiledRubric } from '../rubric/compile.js';
import type { Tally } from '../ledger/tally.js';
import { buildCard, type Subject } from './card.js';
import type { PeriodResult } from './types.js';

/** Values fed to `input` clauses: window id -> input clause id -> value (number or decimal string). */
export type MonthInputs = Readonly<Record<string, Readonly<Record<string, number | string>>>>;

/** Options of {@link scorePeriod}. */
export interface ScorePeriodOptions {
  /** The period to score: a month `YYYY-MM` or a year `YYYY`. */
  readonly period: string;
  /**
   * Every window of the centre (window rubrics). Windows with no entries still get a card
   * (and quota clauses still apply to them). Windows seen in the period's entries or named
   * in `inputs` get a card too.
   */
  readonly windows?: readonly string[];
  /** Every person and their window (person rubrics): people with no entries still get a card. */
  readonly people?: readonly { readonly windowId: string; readonly personId: string }[];
  /** Values of the rubric's `input` clauses, per window (window rubrics). */
  readonly inputs?: MonthInputs;
  /** IANA time zone in which months and years are cut. Default `Asia/Shanghai`. */
  readonly timeZone?: string;
  /**
   * Whether to hash the accepted ledger for `fingerprint.ledger` (default true). Hashing
   * costs about 2 µs an accepted entry; a bulk job that fingerprints elsewhere may skip it.
   */
  readonly fingerprint?: boolean;
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
 * Scores one period (a month or a year) of the ledger against a rubric: one card per
 * window (or, for person rubrics, per person at a window), every entry accounted for
 * (`received = accepted + rejected + outOfPeriod`), exact decimals. {@link scoreMonth}
 * is this function for a month.
 *
 * @throws {RubricValidationError} when `rubric` is invalid.
 * @throws {InvalidOptionsError} when `period`, `timeZone`, `windows`, `people` or `inputs` is malformed.
 * @example
 * const year = scorePeriod(centreAttendance, ledger, { period: '2024', people: [{ windowId: '中心办公室', personId: '张三' }] });
 * year.cards[0] // { windowId: '中心办公室', personId: '张三', score: '97.5', flags: [...], … }
 */
export function scorePeriod(rubric: Rubric, entries: Iterable<unknown> | LedgerAggregate, options: ScorePeriodOptions): PeriodResult {
  const ctx = setup(rubric, options);
  if (isAggregate(entries)) return assemble(ctx, tallyOf(ctx.compiled, ctx.period, entries), true);
  if (entries === null || typeof (entries as Partial<Iterable<unknown>>)[Symbol.iterator] !== 'function') {
    throw new InvalidOptionsError('entries must be an array or another iterable of ledger entries, or an aggregate', ['entries']);
  }
  return assemble(ctx, tally(ctx.compiled, entries, ctx.period), false);
}

/**
 * {@link scorePeriod} over an async source, such as a ledger file being read line by line
 * (`readLedgerFile` in `window-scorecard/io`): the same result, one record at a time.
 *
 * @example
 * const result = await scorePeriodAsync(rubric, entriesOf(readLedgerFile('ledger.csv')), { period: '2024-03', windows });
 */
export async function scorePeriodAsync(
  rubric: Rubric,
  entries: AsyncIterable<unknown> | Iterable<unknown>,
  options: ScorePeriodOptions,
): Promise<PeriodResult> {
  const ctx = setup(rubric, options);
  const source = entries as Partial<AsyncIterable<unknown> & Iterable<unknown>> | null;
  if (source === null || typeof source !== 'object' || (typeof source[Symbol.asyncIterator] !== 'function' && typeof source[Symbol.iterator] !== 'function')) {
    throw new InvalidOptionsError('entries must be an iterable or an async iterable of ledger entries', ['entries']);
  }
  return assemble(ctx, await tallyAsync(ctx.compiled, entries, ctx.period), false);
}

/** Options of {@link scorePeriodBounded}. */
export interface ScorePeriodBoundedOptions extends ScorePeriodOptions {
  /** About how many records the ledger holds (sizes the duplicate-id filter); default a million. */
  readonly expectedEntries?: number;
}

/**
 * {@link scorePeriod} in memory that does not grow with the ledger, for ledgers too big to
 * hold (a province's month): reads the ledger twice through `open(pass)` (a file, say),
 * keeping counts, not entries. The cards and accounting equal scorePeriod's, except that
 * the trace, `vetoedBy` and `disqualifiedBy` list no live entry ids (voided ones still) and the result carries no ledger
 * fingerprint. Repeated ids are found with a Bloom filter and settled from the second pass.
 *
 * @example
 * const result = await scorePeriodBounded(rubric, () => entriesOf(readLedgerFile('province-2024-03.ndjson')), { period: '2024-03', expectedEntries: 1e7 });
 */
export async function scorePeriodBounded(
  rubric: Rubric,
  open: (pass: 1 | 2) => AsyncIterable<unknown> | Iterable<unknown>,
  options: ScorePeriodBoundedOptions,
): Promise<PeriodResult> {
  const ctx = setup(rubric, options);
  if (typeof open !== 'function') throw new InvalidOptionsError('open must be a function that returns the ledger, once for each pass', ['open']);
  const expected = options.expectedEntries ?? 1_000_000;
  if (!Number.isFinite(expected) || expected < 0) throw new InvalidOptionsError('expectedEntries must be a number >= 0', ['expectedEntries']);
  return bounded(ctx, expected, async (t) => {
    await forEach(open(1), (raw) => t.first(raw));
    t.between();
    await forEach(open(2), (raw) => t.second(raw));
  });
}

/**
 * The core of {@link scorePeriodBounded}: `passes` feeds the tallier (pass 1, `between`,
 * pass 2), for readers that can do pass 2 more cheaply than record by record (an NDJSON
 * file: `scoreLedgerFile`). Not in the public barrel.
 * @example await scoreBoundedWith(rubric, { period: '2024-03' }, 1e7, async (t) => { … })
 */
export async function scoreBoundedWith(
  rubric: Rubric,
  options: ScorePeriodOptions,
  expectedEntries: number,
  passes: (t: BoundedTallier) => Promise<void>,
): Promise<PeriodResult> {
  return bounded(setup(rubric, options), expectedEntries, passes);
}

async function bounded(ctx: Context, expectedEntries: number, passes: (t: BoundedTallier) => Promise<void>): Promise<PeriodResult> {
  const t = new BoundedTallier(ctx.compiled, ctx.period, expectedEntries);
  await passes(t);
  return assemble(ctx, t.finish(), true);
}

interface Context {
  readonly compiled: CompiledRubric;
  readonly period: Period;
  readonly inputs: MonthInputs | undefined;
  readonly byPerson: boolean;
  readonly subjects: Map<string, Subject>;
  readonly declared: ReadonlySet<string>;
  readonly fingerprint: boolean;
}

/** Checks the rubric and the options, and lists the declared windows or people. */
function setup(rubric: Rubric, options: ScorePeriodOptions): Context {
  if (typeof options !== 'object' || options === null) {
    throw new InvalidOptionsError('options must be an object with at least { period: "YYYY-MM" | "YYYY" }', []);
  }
  const compiled = compileRubric(rubric);
  const period = periodOf(options.period, options.timeZone ?? DEFAULT_TIME_ZONE);
  const inputClauses = new Set([...compiled.clauses.values()].filter((c) => c.clause.kind === 'input').map((c) => c.clause.id));
  const inputs = checkInputs(options.inputs, inputClauses);
  const byPerson = compiled.rubric.subject === 'person';
  if (byPerson && (options.windows !== undefined || options.inputs !== undefined)) {
    throw new InvalidOptionsError(`rubric ${compiled.rubric.id} scores people: list them in people, not windows; inputs are for window rubrics`, [options.windows === undefined ? 'inputs' : 'windows']);
  }
  if (!byPerson && options.people !== undefined) {
    throw new InvalidOptionsError(`rubric ${compiled.rubric.id} scores windows: list them in windows, not people`, ['people']);
  }
  const subjects = new Map<string, Subject>();
  if (options.windows !== undefined) {
    if (!Array.isArray(options.windows)) throw new InvalidOptionsError('windows must be an array of window ids', ['windows']);
    options.windows.forEach((w: unknown, i) => {
      const bad = idProblem(w);
      if (bad !== undefined) throw new InvalidOptionsError(`windows[${i}]: window id ${bad}`, ['windows', i]);
      subjects.set(w as string, { windowId: w as string });
    });
  }
  if (options.people !== undefined) {
    if (!Array.isArray(options.people)) throw new InvalidOptionsError('people must be an array of { windowId, personId }', ['people']);
    options.people.forEach((p: { windowId?: unknown; personId?: unknown }, i) => {
      const bad = idProblem(p?.windowId) ?? idProblem(p?.personId);
      if (bad !== undefined) throw new InvalidOptionsError(`people[${i}]: windowId and personId must be ids: ${bad}`, ['people', i]);
      subjects.set(subjectKey(p.windowId as string, p.personId as string), { windowId: p.windowId as string, personId: p.personId as string });
    });
  }
  return { compiled, period, inputs, byPerson, subjects, declared: new Set(subjects.keys()), fingerprint: options.fingerprint !== false };
}

/** Cards, accounting and fingerprint from a tally. */
function assemble(ctx: Context, t: Tally, noLedgerHash: boolean): PeriodResult {
  const { compiled, period, inputs, byPerson, declared } = ctx;
  const subjects = new Map(ctx.subjects);
  for (const key of t.table.windows.keys()) {
    if (subjects.has(key)) continue;
    const personId = byPerson ? key.slice(key.indexOf('\u0000') + 1) : undefined;
    subjects.set(key, { windowId: byPerson ? key.slice(0, key.indexOf('\u0000')) : key, ...(personId === undefined ? {} : { personId }) });
  }
  for (const w of Object.keys(inputs ?? {})) if (!subjects.has(w)) subjects.set(w, { windowId: w });
  const cards = [...subjects.keys()]
    .sort(compareIds)
    .map((key) => buildCard(compiled, subjects.get(key)!, t.table.windows.get(key), byPerson ? undefined : own(inputs, key)));
  return {
    period: period.key,
    timeZone: period.timeZone,
    rubric: {
      id: compiled.rubric.id,
      version: compiled.rubric.version,
      ...(compiled.rubric.selection === undefined ? {} : { selection: compiled.rubric.selection }),
    },
    cards,
    rejected: t.rejected,
    counts: t.counts,
    fingerprint: fingerprintOf(
      compiled.rubric,
      { period: period.key, timeZone: period.timeZone, subjects: [...subjects.keys()].filter((k) => declared.has(k)).sort(compareIds), inputs: inputs ?? null },
      !ctx.fingerprint || noLedgerHash ? null : t.accepted,
      t.accepted.length,
    ),
  };
}

/** The tally an aggregate describes, after checking it belongs to this rubric and period. */
function tallyOf(rubric: CompiledRubric, period: Period, value: LedgerAggregate): Tally {
  const a = parseAggregate(value);
  if (a.rubric.id !== rubric.rubric.id || a.rubric.version !== rubric.rubric.version) {
    throw new InvalidOptionsError(`the aggregate is of rubric ${a.rubric.id}@${a.rubric.version}, not ${rubric.rubric.id}@${rubric.rubric.version}`, ['entries', 'rubric']);
  }
  if (a.period !== period.key || a.timeZone !== period.timeZone) {
    throw new InvalidOptionsError(`the aggregate is of ${a.period} (${a.timeZone}), not ${period.key} (${period.timeZone})`, ['entries', 'period']);
  }
  return { table: tableOf(rubric, a), accepted: [], rejected: a.rejected.map(({ id, ...r }) => (id === undefined ? r : { ...r, id })), counts: a.counts, unresolvedVoids: a.unresolvedVoids };
}

/**
 * Reduces a period's entries to counts per window (or person) x clause: a plain-JSON
 * value that {@link mergeAggregates} adds up and {@link scorePeriod} / `scoreMonth` accept
 * in place of entries, giving the same cards and accounting. Shard so that every entry id,
 * and every void with the entry it cancels, stays in one shard (by window, say).
 *
 * @example
 * const a = aggregate(rubric, shardOfTheLedger, { period: '2024-03' });
 * a.rows[0] // { windowId: 'W01', clauseId: '4.1', count: '2', amount: '0', entryIds: ['e1'], voided: [] }
 */
export function aggregate(rubric: Rubric, entries: Iterable<unknown>, options: { readonly period: string; readonly timeZone?: string }): LedgerAggregate {
  const compiled = compileRubric(rubric);
  const period = periodOf(options.period, options.timeZone ?? DEFAULT_TIME_ZONE);
  const t = tally(compiled, entries, period);
  return toAggregate(compiled, period, t, t.unresolvedVoids);
}
