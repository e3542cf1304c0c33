import { D, ZERO } from '../decimal/decimal.js';
import type { CompiledClause } from '../rubric/compile.js';
import type { MonthFinding } from './validate.js';

/** One window x clause cell of the month: integer counts, summed amounts, entry ids. */
export interface Cell {
  readonly clause: CompiledClause;
  /** Live occurrences, in a safe integer while it fits. */
  count: number;
  /** Occurrences beyond the safe-integer range, carried exactly. */
  overflow: bigint;
  /** Summed amount of live external entries. */
  amount: D;
  /** Ids of the entries counted in, in arrival order (an id twice when an exact repeat was counted before it was settled). */
  readonly ids: string[];
  /** Ids taken out again, with how many times (a multiset: taking out a repeat leaves its first copy). */
  removed: Map<string, number> | undefined;
  /** Entries that a void cancelled: `[entryId, voidedBy]`. */
  readonly voided: [string, string][];
  /** Live occurrences per month (`YYYY-MM`), for clauses counted per month. */
  readonly months: Map<string, bigint> | undefined;
}

/** Total live occurrences of a cell, exactly. */
export function cellCount(cell: Cell): bigint {
  return cell.overflow + BigInt(cell.count);
}

/** Live entry ids of a cell, sorted so the result does not depend on input order. */
export function cellIds(cell: Cell): string[] {
  // The default sort compares UTF-16 code units, exactly as compareIds does, without a callback.
  const ids = cell.ids.slice().sort();
  if (cell.removed === undefined) return ids;
  // Take the removed ids out by walking both lists in order (no lookup per id).
  const gone = [...cell.removed].sort((x, y) => compareIds(x[0], y[0]));
  const live: string[] = [];
  let g = 0;
  let left = gone[0]?.[1] ?? 0;
  for (const id of ids) {
    while (g < gone.length && gone[g]![0] < id) left = gone[++g]?.[1] ?? 0;
    if (left > 0 && gone[g]![0] === id) left--;
    else live.push(id);
  }
  return live;
}

/** Code-unit order: the same on every machine and locale. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The period's count table: card (window, or window and person) -> clause -> cell. Counting is the only pass over the
 * entries; all decimal work happens per cell afterwards.
 */
export class CountTable {
  readonly windows = new Map<string, Map<string, Cell>>();

  /** @param keepIds whether cells list their live entry ids (false: counts only, for bounded memory). */
  constructor(private readonly keepIds: boolean = true) {}

  private cell(f: MonthFinding): Cell {
    let row = this.windows.get(f.subject);
    if (row === undefined) {
      row = new Map();
      this.windows.set(f.subject, row);
    }
    let cell = row.get(f.clause.clause.id);
    if (cell === undefined) {
      cell = { clause: f.clause, count: 0, overflow: 0n, amount: ZERO, ids: [], removed: undefined, voided: [], months: f.clause.byMonth ? new Map() : undefined };
      row.set(f.clause.clause.id, cell);
    }
    return cell;
  }

  add(f: MonthFinding): void {
    const cell = this.cell(f);
    this.bump(cell, f.count, 1);
    this.byMonth(cell, f, 1);
    if (f.amount !== undefined) cell.amount = cell.amount.plus(f.amount);
    if (this.keepIds) cell.ids.push(f.id);
  }

  /** Takes a counted finding out again (its id turned out to conflict). */
  retract(f: MonthFinding): void {
    const cell = this.cell(f);
    this.bump(cell, f.count, -1);
    this.byMonth(cell, f, -1);
    if (f.amount !== undefined) cell.amount = cell.amount.minus(f.amount);
    if (this.keepIds) this.remove(cell, f.id);
    if (cellCount(cell) === 0n && cell.voided.length === 0) {
      const row = this.windows.get(f.subject)!;
      row.delete(f.clause.clause.id);
      if (row.size === 0) this.windows.delete(f.subject);
    }
  }

  /** Marks a counted finding voided: it stays in the trace, it no longer counts. */
  void(f: MonthFinding, voidedBy: string): void {
    const cell = this.cell(f);
    this.bump(cell, f.count, -1);
    this.byMonth(cell, f, -1);
    if (f.amount !== undefined) cell.amount = cell.amount.minus(f.amount);
    if (this.keepIds) this.remove(cell, f.id);
    cell.voided.push([f.id, voidedBy]);
  }

  private remove(cell: Cell, id: string): void {
    const removed = (cell.removed ??= new Map());
    removed.set(id, (removed.get(id) ?? 0) + 1);
  }

  private byMonth(cell: Cell, f: MonthFinding, sign: 1 | -1): void {
    if (cell.months === undefined || f.month === undefined) return;
    cell.months.set(f.month, (cell.months.get(f.month) ?? 0n) + BigInt(sign * f.count));
  }

  private bump(cell: Cell, n: number, sign: 1 | -1): void {
    const next = cell.count + sign * n;
    if (Number.isSafeInteger(next) && next >= 0) {
      cell.count = next;
    } else {
      const total = cell.overflow + BigInt(cell.count) + BigInt(sign * n);
      cell.overflow = total;
      cell.count = 0;
    }
  }
}
