import { own } from '../decimal/decimal.js';
import { InvalidOptionsError } from '../errors/errors.js';
import { compareIds } from '../ledger/table.js';
import { BoundedTallier } from '../ledger/bounded.js';
import { tally, tallyAsync } from '../ledger/tally.js';
import { forEach } from '../ledger/batches.js';
import type { Rubric } from '../rubric/schema.js';
import { fingerprintOf } from '../fingerprint/fingerprint.js';
import { isAggregate, parseAggregate, tableOf, toAggregate, type LedgerAggregate } from '../ledger/aggregate.js';
import type { Tally } from '../ledger/tally.js';
import { buildCard } from './card.js';
import { ledgerFit } from './ledger-fit.js';
import { setup, type Context, type MonthInputs } from './setup.js';
import type { PeriodResult } from './types.js';

export type { MonthInputs };

/** Options of {@link scorePeriod}. */
export interface ScorePeriodOptions {
  /** The period to score: a month `YYYY-MM` or a year `YYYY`. */
  readonly period: string;
  /**
   * Every window of the centre (window rubrics): the windows. Windows with no entries still
   * get a card (and quota clauses still apply to them). An entry for any other window is
   * rejected as `unknown-window`, its message naming the closest declared ids (`住建局` →
   * `住建`); `inputs` for another window are refused. Without it, every window the period's
   * entries or `inputs` name gets a card, and `windowsOnlyInLedger` lists those only the
   * ledger names.
   */
  readonly windows?: readonly string[];
  /**
   * Every person and their window (person rubrics): people with no entries still get a
   * card. An entry for another window is rejected as `unknown-window`, for another person
   * at a declared window as `unknown-person`.
   */
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
  return scoreDeclared(rubric, entries, options, []);
}

/**
 * {@link scorePeriod} with windows that are declared but get a card only when entries name
 * them (`alsoDeclared`): `scoreYear`'s windows outside their span in a month. Not in the
 * public barrel.
 * @example scoreDeclared(rubric, ledger, { period: '2024-05', windows: ['W01'] }, ['W60']) // W60's May entries count on a W60 card
 */
export function scoreDeclared(rubric: Rubric, entries: Iterable<unknown> | LedgerAggregate, options: ScorePeriodOptions, alsoDeclared: readonly string[]): PeriodResult {
  const ctx = setup(rubric, options, alsoDeclared);
  if (isAggregate(entries)) return assemble(ctx, tallyOf(ctx, entries), true);
  if (entries === null || typeof (entries as Partial<Iterable<unknown>>)[Symbol.iterator] !== 'function') {
    throw new InvalidOptionsError('entries must be an array or another iterable of ledger entries, or an aggregate', ['entries']);
  }
  return assemble(ctx, tally(ctx.compiled, entries, ctx.period, ctx.roster), false);
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
  return assemble(ctx, await tallyAsync(ctx.compiled, entries, ctx.period, ctx.roster), false);
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
  const t = new BoundedTallier(ctx.compiled, ctx.period, expectedEntries, ctx.roster);
  await passes(t);
  return assemble(ctx, t.finish(), true);
}

/** Cards, accounting and fingerprint from a tally. */
function assemble(ctx: Context, t: Tally, noLedgerHash: boolean): PeriodResult {
  const { compiled, period, inputs, byPerson, declared } = ctx;
  const subjects = new Map(ctx.subjects);
  const onlyInLedger = new Set<string>();
  for (const key of t.table.windows.keys()) {
    if (subjects.has(key)) continue;
    const personId = byPerson ? key.slice(key.indexOf('\u0000') + 1) : undefined;
    const windowId = byPerson ? key.slice(0, key.indexOf('\u0000')) : key;
    subjects.set(key, { windowId, ...(personId === undefined ? {} : { personId }) });
    if (ctx.roster === undefined && !Object.hasOwn(inputs ?? {}, windowId)) onlyInLedger.add(windowId);
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
    windowsOnlyInLedger: [...onlyInLedger].sort(compareIds),
    ledgerFit: ledgerFit(t, compiled.rubric.id),
    fingerprint: fingerprintOf(
      compiled.rubric,
      { period: period.key, timeZone: period.timeZone, subjects: [...subjects.keys()].filter((k) => declared.has(k)).sort(compareIds), inputs: inputs ?? null },
      !ctx.fingerprint || noLedgerHash ? null : t.accepted,
      t.accepted.length,
    ),
  };
}

/** The tally an aggregate describes, after checking it belongs to this rubric, period and roster. */
function tallyOf({ compiled: rubric, period, roster }: Context, value: LedgerAggregate): Tally {
  const a = parseAggregate(value);
  if (a.rubric.id !== rubric.rubric.id || a.rubric.version !== rubric.rubric.version) {
    throw new InvalidOptionsError(`the aggregate is of rubric ${a.rubric.id}@${a.rubric.version}, not ${rubric.rubric.id}@${rubric.rubric.version}`, ['entries', 'rubric']);
  }
  if (a.period !== period.key || a.timeZone !== period.timeZone) {
    throw new InvalidOptionsError(`the aggregate is of ${a.period} (${a.timeZone}), not ${period.key} (${period.timeZone})`, ['entries', 'period']);
  }
  if (roster !== undefined) {
    // The aggregate's counts cannot be turned back into rejected entries: refuse it whole.
    for (const row of a.rows) {
      const off = roster.check(row.windowId, row.personId);
      if (off !== undefined) {
        throw new InvalidOptionsError(`the aggregate counts entries the declared windows (or people) do not allow: ${off.message}; pass the same windows (or people) to aggregate()`, ['entries', 'rows']);
      }
    }
  }
  return {
    table: tableOf(rubric, a),
    accepted: [],
    rejected: a.rejected.map(({ id, ...r }) => (id === undefined ? r : { ...r, id })),
    counts: a.counts,
    unresolvedVoids: a.unresolvedVoids,
    unknownClauses: undefined,
  };
}

/**
 * Reduces a period's entries to counts per window (or person) x clause: a plain-JSON
 * value that {@link mergeAggregates} adds up and {@link scorePeriod} / `scoreMonth` accept
 * in place of entries, giving the same cards and accounting. Shard so that every entry id,
 * and every void with the entry it cancels, stays in one shard (by window, say). Given
 * `windows` (or `people`), entries for other windows are rejected as `unknown-window`, as
 * in {@link scorePeriod}: pass the same list when scoring the aggregate, which refuses an
 * aggregate that counts a window the list does not hold.
 *
 * @example
 * const a = aggregate(rubric, shardOfTheLedger, { period: '2024-03' });
 * a.rows[0] // { windowId: 'W01', clauseId: '4.1', count: '2', amount: '0', entryIds: ['e1'], voided: [] }
 */
export function aggregate(
  rubric: Rubric,
  entries: Iterable<unknown>,
  options: Pick<ScorePeriodOptions, 'period' | 'timeZone' | 'windows' | 'people'>,
): LedgerAggregate {
  const { compiled, period, roster } = setup(rubric, {
    period: options.period,
    ...(options.timeZone === undefined ? {} : { timeZone: options.timeZone }),
    ...(options.windows === undefined ? {} : { windows: options.windows }),
    ...(options.people === undefined ? {} : { people: options.people }),
  });
  const t = tally(compiled, entries, period, roster);
  return toAggregate(compiled, period, t, t.unresolvedVoids);
}
