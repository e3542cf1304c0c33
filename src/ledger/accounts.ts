import { shown } from '../errors/errors.js';
import type { CountTable } from './table.js';
import type { CompiledRubric } from '../rubric/compile.js';
import { isRejection, rejection, validateRecord, type Finding, type Rejection, type ValidationCache, type Voiding } from './validate.js';
import { applyVoids, type VoidOutcome } from './voids.js';

/** How many distinct unknown clause ids a count keeps (enough to tell which rubric a ledger was written for). */
export const MAX_UNKNOWN_CLAUSES = 256;

/** Canonical text of a record, to tell an exact repeat from a different record with the same id. */
export function stable(value: unknown): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value) ?? 'undefined';
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  const o = value as Record<string, unknown>;
  return `{${Object.keys(o).sort().map((k) => `${JSON.stringify(k)}:${stable(o[k])}`).join(',')}}`;
}

/** A valid record that shares its id with others: its position, its canonical text ({@link stable}) and what validation made of it. */
export interface Copy {
  readonly index: number;
  readonly text: string;
  readonly r: Finding | Voiding;
}

/**
 * The accounts both counts keep (the one-pass {@link Tallier} and the two-pass
 * `BoundedTallier`): what was received, accepted, live and of other months, the rejections,
 * the voids waiting for the end, and how repeated ids are settled. One place, so the two
 * counts cannot drift apart.
 */
export class Accounts {
  received = 0;
  private accepted = 0;
  private live = 0;
  private outOfPeriod = 0;
  readonly rejected: Rejection[] = [];
  private readonly voids: Voiding[] = [];
  /** Positions of voids taken out again (a repeat, or a conflicting id). */
  private readonly dropped = new Set<number>();
  /** The distinct clause ids rejected as `unknown-clause` (bounded), to tell a ledger written for another rubric. */
  readonly unknownClauses = new Set<string>();
  /** Entries rejected because their window or person is not declared, by id: a void naming one says why it cannot apply. */
  private readonly offRoster = new Map<string, Rejection>();

  constructor(readonly table: CountTable) {}

  /** Receives the next record of the ledger: a rejection is recorded here (undefined); a valid record comes back with its position. */
  receive(raw: unknown, rubric: CompiledRubric, dates: ValidationCache): Finding | Voiding | undefined {
    const r = validateRecord(raw, this.received++, rubric, dates);
    if (!isRejection(r)) return r;
    this.rejected.push(r);
    if (r.code === 'unknown-clause') {
      const clauseId = (raw as { clauseId?: unknown }).clauseId;
      if (typeof clauseId === 'string' && this.unknownClauses.size < MAX_UNKNOWN_CLAUSES) this.unknownClauses.add(clauseId);
    } else if ((r.code === 'unknown-window' || r.code === 'unknown-person') && r.id !== undefined && !this.offRoster.has(r.id)) {
      this.offRoster.set(r.id, r);
    }
    return undefined;
  }

  /** Counts a valid record: a finding of the period into the table; a void waits for the end. True when it entered the table. */
  count(r: Finding | Voiding): boolean {
    if (r.type === 'void') this.voids.push(r);
    else if (r.inPeriod) {
      this.table.add(r);
      this.accepted++;
      this.live++;
      return true;
    } else this.outOfPeriod++;
    return false;
  }

  /** Takes a counted record out again. */
  uncount(r: Finding | Voiding): void {
    if (r.type === 'void') this.dropped.add(r.index);
    else if (r.inPeriod) {
      this.table.retract(r);
      this.accepted--;
      this.live--;
    } else this.outOfPeriod--;
  }

  /** An exact repeat of the record at `first`: rejected, counted once. */
  duplicate(index: number, id: string, first: number): void {
    const v = shown(id);
    this.rejected.push(rejection(index, id, 'duplicate-id', ['id'], `id ${v} repeats the entry at index #${first} (0-based, in reading order) with the same id and content; counted once`, `编号 ${v} 与序号 #${first} 的记录 (按读入顺序从 0 起计, 不是行号) 完全相同,只计一次`));
  }

  /** A record whose id another, different record (at `other`) also uses: neither counts. */
  conflict(index: number, id: string, other: number): void {
    const v = shown(id);
    this.rejected.push(rejection(index, id, 'conflicting-id', ['id'], `id ${v} is also used by a different entry (index #${other}, 0-based, in reading order); neither is counted`, `编号 ${v} 也被另一条不同的记录 (序号 #${other}, 按读入顺序从 0 起计, 不是行号) 使用,均不计入`));
  }

  /**
   * Settles the valid records that share an id, every one counted as if its id were unique,
   * in input order: an exact repeat of the first is rejected as `duplicate-id` and taken
   * out (the first counts); once a copy differs, every copy is `conflicting-id` and none
   * counts. True when the id conflicts.
   */
  settle(id: string, copies: readonly Copy[]): boolean {
    const [first, ...rest] = copies;
    let conflicted = false;
    if (first === undefined) return conflicted;
    for (const c of rest) {
      this.uncount(c.r);
      if (!conflicted && first.text === c.text) {
        this.duplicate(c.index, id, first.index);
        continue;
      }
      this.conflict(c.index, id, first.index);
      if (conflicted) continue;
      conflicted = true;
      this.conflict(first.index, id, c.index);
      this.uncount(first.r);
    }
    return conflicted;
  }

  /** Applies the voids still standing and closes the accounts. */
  close(target: (id: string) => Finding | Voiding | undefined | 'conflicted'): VoidOutcome {
    const voids = this.voids.filter((v) => !this.dropped.has(v.index));
    return applyVoids(voids, target, this.table, this.rejected, {
      received: this.received,
      accepted: this.accepted,
      live: this.live,
      outOfPeriod: this.outOfPeriod,
    }, (id) => this.offRoster.get(id));
  }
}
