import { z } from 'zod';
import { canonical, D } from '../decimal/decimal.js';
import { InvalidOptionsError } from '../errors/errors.js';
import type { CompiledRubric } from '../rubric/compile.js';
import { REJECTION_CODES, type RejectedEntry } from './entry.js';
import { cellCount, cellIds, compareIds, CountTable, type Cell } from './table.js';
import type { LedgerCounts, Tally } from './tally.js';
import { subjectKey } from './validate.js';

const count = z.string().regex(/^(0|[1-9]\d*)$/);
const decimal = z.string().regex(/^-?(0|[1-9]\d*)(\.\d+)?$/);

/** One row of an aggregate: a window (or person) x clause of the period, counted. */
export const aggregateRowSchema = z.strictObject({
  windowId: z.string().min(1),
  personId: z.string().min(1).optional(),
  clauseId: z.string().min(1),
  /** Live occurrences (a whole number, as text). */
  count,
  /** Summed amounts of live external entries (decimal text). */
  amount: decimal,
  /** Ids of the live entries (may be empty for count rows from a data warehouse). */
  entryIds: z.array(z.string()),
  /** `[entryId, voidedBy]` of the entries a void cancelled. */
  voided: z.array(z.tuple([z.string(), z.string()])),
  /** Live occurrences per month (`YYYY-MM`), for clauses counted per month (overflow, monthly flags). */
  months: z.record(z.string().regex(/^\d{4}-\d{2}$/), count).optional(),
});

/**
 * A period's ledger reduced to counts: what `aggregate` returns, `mergeAggregates` adds up
 * and `scorePeriod` / `scoreMonth` accept in place of entries. Plain JSON, so it crosses
 * worker threads and data warehouses. Shard so that every entry id, and every void with
 * the entry it cancels, stays in one shard (for example by window): merging refuses the
 * period's ids it finds in two shards, but ids of other months are not kept, so a copy of an
 * id dated in another month cannot be caught there.
 * @example
 * aggregateSchema.safeParse(JSON.parse(fromAWorker)).success // true for an aggregate
 */
export const aggregateSchema = z.strictObject({
  format: z.literal('window-scorecard.aggregate'),
  version: z.literal(1),
  rubric: z.strictObject({ id: z.string(), version: z.string() }),
  period: z.string(),
  timeZone: z.string(),
  rows: z.array(aggregateRowSchema),
  counts: z.strictObject({
    received: z.int().min(0), accepted: z.int().min(0), rejected: z.int().min(0), outOfPeriod: z.int().min(0),
    live: z.int().min(0), voided: z.int().min(0), voids: z.int().min(0),
  }),
  rejected: z.array(
    z.strictObject({ index: z.int().min(0), id: z.string().optional(), code: z.enum(REJECTION_CODES), path: z.array(z.string()), message: z.string(), messageZh: z.string() }),
  ),
  /** Voids whose target was not in this shard: `[voidId, targetId]`, to catch split shards. */
  unresolvedVoids: z.array(z.tuple([z.string(), z.string()])),
});

export type LedgerAggregate = z.output<typeof aggregateSchema>;
export type AggregateRow = z.output<typeof aggregateRowSchema>;

/** True for a value that claims to be an aggregate (it is validated when used). */
export function isAggregate(value: unknown): value is LedgerAggregate {
  return typeof value === 'object' && value !== null && (value as { format?: unknown }).format === 'window-scorecard.aggregate';
}

/** Checks an aggregate handed in from outside. */
export function parseAggregate(value: unknown): LedgerAggregate {
  const r = aggregateSchema.safeParse(value);
  if (!r.success) {
    const i = r.error.issues[0]!;
    throw new InvalidOptionsError(`not a valid aggregate: ${i.path.join('.') || '(root)'}: ${i.message}`, ['entries', ...i.path.map(String)]);
  }
  return r.data;
}

/** The aggregate of a tally. */
export function toAggregate(rubric: CompiledRubric, period: { key: string; timeZone: string }, t: Tally, unresolvedVoids: [string, string][]): LedgerAggregate {
  const rows: AggregateRow[] = [];
  for (const [key, row] of t.table.windows) {
    const cut = key.indexOf('\u0000');
    for (const cell of row.values()) {
      rows.push({
        windowId: cut < 0 ? key : key.slice(0, cut),
        ...(cut < 0 ? {} : { personId: key.slice(cut + 1) }),
        clauseId: cell.clause.clause.id,
        count: cellCount(cell).toString(),
        amount: canonical(cell.amount),
        entryIds: cellIds(cell),
        voided: [...cell.voided].sort((a, b) => compareIds(a[0], b[0])),
        ...(cell.months === undefined ? {} : { months: Object.fromEntries([...cell.months].sort().map(([m, n]) => [m, n.toString()])) }),
      });
    }
  }
  return normalise({
    format: 'window-scorecard.aggregate',
    version: 1,
    rubric: { id: rubric.rubric.id, version: rubric.rubric.version },
    period: period.key,
    timeZone: period.timeZone,
    rows,
    counts: { ...t.counts },
    rejected: t.rejected.map((r) => ({ ...r, path: [...r.path] })),
    unresolvedVoids,
  });
}

const rowKey = (r: AggregateRow) => `${r.windowId}\u0000${r.personId ?? ''}\u0000${r.clauseId}`;

/** Sorts everything, so equal aggregates are equal as JSON whatever the order of merging. */
function normalise(a: LedgerAggregate): LedgerAggregate {
  return {
    ...a,
    rows: [...a.rows].sort((x, y) => compareIds(rowKey(x), rowKey(y))),
    rejected: [...a.rejected].sort((x, y) => compareIds(`${x.id ?? ''}\u0000${x.code}`, `${y.id ?? ''}\u0000${y.code}`) || x.index - y.index),
    unresolvedVoids: [...a.unresolvedVoids].sort((x, y) => compareIds(x[0], y[0])),
  };
}

/** Ids an aggregate has seen in its period: live, voided, voiding and rejected entries. */
function idsOf(a: LedgerAggregate): Set<string> {
  const ids = new Set<string>();
  for (const r of a.rejected) if (r.id !== undefined) ids.add(r.id);
  for (const r of a.rows) {
    for (const id of r.entryIds) ids.add(id);
    for (const [id, by] of r.voided) ids.add(id).add(by);
  }
  return ids;
}

/**
 * Adds two aggregates of the same rubric, period and time zone: counts, amounts, entry
 * ids and accounting add up, so `score(merge(a, b))` equals scoring both ledgers at once.
 * Associative and commutative.
 *
 * @throws {InvalidOptionsError} when they differ in rubric, period or time zone, share an
 * entry id, or one holds a void whose target is in the other (shard by window instead).
 * @example
 * const total = [shardA, shardB, shardC].map((s) => aggregate(rubric, s, { period: '2024-03' })).reduce(mergeAggregates);
 * scoreMonth(rubric, total, { month: '2024-03', windows }) // the same cards as scoring every shard's entries together
 */
export function mergeAggregates(first: LedgerAggregate, second: LedgerAggregate): LedgerAggregate {
  const a = parseAggregate(first);
  const b = parseAggregate(second);
  for (const k of ['period', 'timeZone'] as const) {
    if (a[k] !== b[k]) throw new InvalidOptionsError(`aggregates of different ${k}s cannot be merged (${a[k]} / ${b[k]})`, [k]);
  }
  if (a.rubric.id !== b.rubric.id || a.rubric.version !== b.rubric.version) {
    throw new InvalidOptionsError(`aggregates of different rubrics cannot be merged (${a.rubric.id}@${a.rubric.version} / ${b.rubric.id}@${b.rubric.version})`, ['rubric']);
  }
  const ia = idsOf(a);
  const ib = idsOf(b);
  for (const id of ia) if (ib.has(id)) throw new InvalidOptionsError(`entry id "${id}" is in both aggregates: shard so that every id stays in one shard`, ['entries']);
  for (const [v, target] of [...a.unresolvedVoids, ...b.unresolvedVoids]) {
    if (ia.has(target) || ib.has(target)) throw new InvalidOptionsError(`void "${v}" and the entry it cancels ("${target}") are in different shards: keep them together`, ['entries']);
  }
  const rows = new Map<string, AggregateRow>();
  for (const r of [...a.rows, ...b.rows]) {
    const k = rowKey(r);
    const prev = rows.get(k);
    if (prev === undefined) {
      rows.set(k, r);
      continue;
    }
    const months = new Map<string, bigint>();
    for (const m of [prev.months, r.months]) for (const [month, n] of Object.entries(m ?? {})) months.set(month, (months.get(month) ?? 0n) + BigInt(n));
    rows.set(k, {
      ...prev,
      count: (BigInt(prev.count) + BigInt(r.count)).toString(),
      amount: canonical(new D(prev.amount).plus(r.amount)),
      entryIds: [...prev.entryIds, ...r.entryIds].sort(),
      voided: [...prev.voided, ...r.voided].sort((x, y) => compareIds(x[0], y[0])),
      ...(months.size === 0 ? {} : { months: Object.fromEntries([...months].sort().map(([m, n]) => [m, n.toString()])) }),
    });
  }
  const counts = Object.fromEntries(Object.keys(a.counts).map((k) => [k, a.counts[k as keyof LedgerCounts] + b.counts[k as keyof LedgerCounts]])) as LedgerAggregate['counts'];
  return normalise({ ...a, rows: [...rows.values()], counts, rejected: [...a.rejected, ...b.rejected], unresolvedVoids: [...a.unresolvedVoids, ...b.unresolvedVoids] });
}

/** Rebuilds the count table an aggregate describes. */
export function tableOf(rubric: CompiledRubric, a: LedgerAggregate): CountTable {
  const table = new CountTable();
  for (const r of a.rows) {
    const clause = rubric.clauses.get(r.clauseId);
    if (clause === undefined) throw new InvalidOptionsError(`aggregate row names clause "${r.clauseId}", which is not in rubric ${rubric.rubric.id}`, ['entries']);
    const key = r.personId === undefined ? r.windowId : subjectKey(r.windowId, r.personId);
    let row = table.windows.get(key);
    if (row === undefined) table.windows.set(key, (row = new Map()));
    const cell: Cell = {
      clause,
      count: 0,
      overflow: BigInt(r.count),
      amount: new D(r.amount),
      ids: [...r.entryIds],
      removed: undefined,
      voided: r.voided.map(([id, by]) => [id, by] as [string, string]),
      months: clause.byMonth ? new Map(Object.entries(r.months ?? {}).map(([m, n]) => [m, BigInt(n)])) : undefined,
    };
    row.set(r.clauseId, cell);
  }
  return table;
}

export type { RejectedEntry };
