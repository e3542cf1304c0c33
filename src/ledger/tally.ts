import type { CompiledRubric } from '../rubric/compile.js';
import type { RejectedEntry } from './entry.js';
import type { Period } from './period.js';
import { CountTable } from './table.js';
import { ValidationCache, validateRecord, type Finding, type Rejection, type Voiding } from './validate.js';
import { Accounts } from './accounts.js';

/** How every entry handed in was accounted for: `received = accepted + rejected + outOfPeriod`. */
export interface LedgerCounts {
  readonly received: number;
  /** In the month and valid: findings (live or voided) and the voids that cancel them. */
  readonly accepted: number;
  readonly rejected: number;
  /** Valid, but of another month (a void belongs to the month of the entry it voids). */
  readonly outOfPeriod: number;
  /** Accepted findings that count. */
  readonly live: number;
  /** Accepted findings cancelled by a void. */
  readonly voided: number;
  /** Accepted void entries. */
  readonly voids: number;
}

export interface Tally {
  readonly table: CountTable;
  /** The accepted entries as handed in (findings of the period and the voids that apply to them), for the fingerprint. */
  readonly accepted: readonly { readonly id: string; readonly raw: object }[];
  readonly rejected: RejectedEntry[];
  readonly counts: LedgerCounts;
  /** Voids whose target is not in these entries: `[voidId, targetId]` (also rejected). */
  readonly unresolvedVoids: [string, string][];
}

/** Canonical text of a record, to tell an exact repeat from a different record with the same id. */
export function stable(value: unknown): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value) ?? 'undefined';
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  const o = value as Record<string, unknown>;
  return `{${Object.keys(o).sort().map((k) => `${JSON.stringify(k)}:${stable(o[k])}`).join(',')}}`;
}

const isRejection = (r: Finding | Voiding | Rejection): r is Rejection => 'code' in r;

/**
 * The one pass, one record at a time. What it keeps per record is an index in a map of
 * ids and a reference to the record as handed in; a finding is re-validated from that
 * record in the rare cases that need it again (a conflicting id, a void's target), so no
 * object per record outlives the call that counted it.
 */
export class Tallier {
  private readonly accounts = new Accounts(new CountTable());
  /** id -> position of the first valid record with it. */
  private readonly byId = new Map<string, number>();
  /** Records as handed in, by position (holes for rejected ones). */
  private readonly raws: unknown[] = [];
  private readonly conflicted = new Set<string>();
  /** Positions of the period's findings, for the fingerprint. */
  private readonly inPeriod: number[] = [];
  private readonly dates: ValidationCache;

  constructor(private readonly rubric: CompiledRubric, period: Period) {
    this.dates = new ValidationCache(period);
  }

  /** The record at a position, validated again (deterministic: the same answer as the first time). */
  private again(index: number): Finding | Voiding {
    return validateRecord(this.raws[index], index, this.rubric, this.dates) as Finding | Voiding;
  }

  /** Takes the next record of the ledger. */
  push(raw: unknown): void {
    const index = this.accounts.received++;
    const r = validateRecord(raw, index, this.rubric, this.dates);
    if (isRejection(r)) {
      this.accounts.rejected.push(r);
      return;
    }
    const prevIndex = this.byId.get(r.id);
    if (prevIndex !== undefined) {
      this.repeat(r.id, raw, index, prevIndex);
      return;
    }
    this.byId.set(r.id, index);
    this.raws[index] = raw;
    if (this.accounts.count(r)) this.inPeriod.push(index);
  }

  /** A record whose id was seen before: an exact repeat counts once; a different one voids both. */
  private repeat(id: string, raw: unknown, index: number, prevIndex: number): void {
    if (!this.conflicted.has(id) && stable(this.raws[prevIndex]) === stable(raw)) {
      this.accounts.duplicate(index, id, prevIndex);
      return;
    }
    this.accounts.conflict(index, id, prevIndex);
    if (this.conflicted.has(id)) return;
    this.conflicted.add(id);
    this.accounts.conflict(prevIndex, id, index);
    this.accounts.uncount(this.again(prevIndex));
  }

  /** Applies the voids (in id order, so input order never matters) and closes the accounts. Call once. */
  finish(): Tally {
    const { byId, conflicted } = this;
    const acceptedRaw: { id: string; raw: object }[] = [];
    for (const i of this.inPeriod) {
      const raw = this.raws[i] as { id: string };
      if (!conflicted.has(raw.id)) acceptedRaw.push({ id: raw.id, raw });
    }
    const done = this.accounts.close((id) => {
      const at = byId.get(id);
      return at === undefined ? undefined : conflicted.has(id) ? 'conflicted' : this.again(at);
    });
    for (const v of done.applied) acceptedRaw.push({ id: v.id, raw: v.raw });
    const { table, rejected } = this.accounts;
    return { table, accepted: acceptedRaw, rejected, counts: done.counts, unresolvedVoids: done.unresolvedVoids };
  }
}

/**
 * The one pass over the ledger: validates each record, counts the period's findings into
 * the table, then applies voids (in id order, so input order never matters).
 *
 * Repeated ids: an exact repeat is rejected as `duplicate-id` and the first copy counts;
 * records that share an id but differ are all rejected as `conflicting-id`, since no rule
 * could say which one is true.
 */
export function tally(rubric: CompiledRubric, entries: Iterable<unknown>, period: Period): Tally {
  const t = new Tallier(rubric, period);
  for (const raw of entries) t.push(raw);
  return t.finish();
}

/** {@link tally} over an async source (a file being read), one record at a time. */
export async function tallyAsync(rubric: CompiledRubric, entries: AsyncIterable<unknown> | Iterable<unknown>, period: Period): Promise<Tally> {
  const t = new Tallier(rubric, period);
  for await (const raw of entries) t.push(raw);
  return t.finish();
}
