import { compareIds, type Cell } from '../ledger/table.js';

/** Occurrences a clause gains from overflow clauses, and where they came from. */
export interface Conversion {
  readonly count: bigint;
  /** The same occurrences by month (`YYYY-MM`). */
  readonly byMonth: ReadonlyMap<string, bigint>;
  readonly from: { readonly clauseId: string; readonly count: bigint }[];
}

/**
 * Applies the card's overflow clauses: each occurrence beyond a clause's monthly
 * allowance becomes an occurrence of its `countsAs` clause ("凡请假次数月累计超过5次的,
 * 一律视为旷工"). Returns the extra occurrences per target clause.
 */
export function conversions(row: ReadonlyMap<string, Cell> | undefined): Map<string, Conversion> {
  const out = new Map<string, Conversion>();
  for (const cell of row?.values() ?? []) {
    const c = cell.clause.clause;
    if (c.kind !== 'overflow') continue;
    const allowance = BigInt(c.allowance);
    const prev = out.get(c.countsAs) ?? { count: 0n, byMonth: new Map<string, bigint>(), from: [] };
    const byMonth = new Map(prev.byMonth);
    let n = 0n;
    for (const [month, count] of cell.months ?? []) {
      if (count <= allowance) continue;
      n += count - allowance;
      byMonth.set(month, (byMonth.get(month) ?? 0n) + count - allowance);
    }
    if (n === 0n) continue;
    // Sorted by clause id: the trace must not depend on the order entries arrived in.
    const from = [...prev.from, { clauseId: c.id, count: n }].sort((a, b) => compareIds(a.clauseId, b.clauseId));
    out.set(c.countsAs, { count: prev.count + n, byMonth, from });
  }
  return out;
}
