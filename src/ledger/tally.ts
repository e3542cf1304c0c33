import type { CompiledRubric } from '../rubric/compile.js';
import type { RejectedEntry } from './entry.js';
import type { Period } from './period.js';
import { CountTable } from './table.js';
import { ValidationCache, validateRecord, type Finding, type Voiding } from './validate.js';
import { Accounts, stable } from './accounts.js';
import type { Roster } from './roster.js';
import { IdIndex } from './id-index.js';
import { forEach } from './batches.js';

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
  /** The distinct clause ids rejected as `unknown-clause` (at most `MAX_UNKNOWN_CLAUSES`); undefined when not known (an aggregate). */
  readonly unknownClauses: ReadonlySet<string> | undefined;
}

/**
 * The one pass, one record at a time. What it keeps per record is a reference to the
 * record as handed in and its id's entry in an {@link IdIndex} (a hash and a position);
 * every valid record is counted as if its id were unique, and repeated ids are settled
 * after the pass, in input order, by the same rules as the bounded count
 * ({@link Accounts.settle}). A record is re-validated from its reference in the rare cases
 * that need it again (a repeated id, a void's target), so no object per record outlives
 * the call that counted it.
 */
export class Tallier {
  private readonly accounts = new Accounts(new CountTable());
  /** Records as handed in, by position (holes for rejected ones). */
  private readonly raws: unknown[] = [];
  private readonly ids = new IdIndex((position) => (this.raws[position] as { id: string }).id);
  /** Positions of the period's findings, for the fingerprint. */
  private readonly inPeriod: number[] = [];
  private readonly dates: ValidationCache;

  constructor(private readonly rubric: CompiledRubric, period: Period, roster?: Roster) {
    this.dates = new ValidationCache(period, roster);
  }

  /** The record at a position, validated again (deterministic: the same answer as the first time). */
  private again(index: number): Finding | Voiding {
    return validateRecord(this.raws[index], index, this.rubric, this.dates) as Finding | Voiding;
  }

  /** Takes the next record of the ledger. */
  push(raw: unknown): void {
    const r = this.accounts.receive(raw, this.rubric, this.dates);
    if (r === undefined) return;
    this.raws[r.index] = raw;
    this.ids.add(r.id, r.index);
    if (this.accounts.count(r)) this.inPeriod.push(r.index);
  }

  /** Settles repeated ids, applies the voids (in id order, so input order never matters) and closes the accounts. Call once. */
  finish(): Tally {
    const { ids, accounts, raws } = this;
    const conflicted = new Set<string>();
    /** Positions whose record a repeated id took out (never in the fingerprint). */
    const repeats = new Set<number>();
    for (const [id, positions] of ids.seal()) {
      if (accounts.settle(id, positions.map((index) => ({ index, text: stable(raws[index]), r: this.again(index) })))) conflicted.add(id);
      for (const p of positions) repeats.add(p);
    }
    const acceptedRaw: { id: string; raw: object }[] = [];
    for (const i of this.inPeriod) {
      const raw = raws[i] as { id: string };
      // The first copy of an exact repeat stays (its id does not conflict).
      if (!conflicted.has(raw.id) && (!repeats.has(i) || ids.first(raw.id) === i)) acceptedRaw.push({ id: raw.id, raw });
    }
    const done = accounts.close((id) => {
      const at = ids.first(id);
      return at === undefined ? undefined : conflicted.has(id) ? 'conflicted' : this.again(at);
    });
    for (const v of done.applied) acceptedRaw.push({ id: v.id, raw: raws[v.index] as object });
    const { table, rejected } = accounts;
    return { table, accepted: acceptedRaw, rejected, counts: done.counts, unresolvedVoids: done.unresolvedVoids, unknownClauses: accounts.unknownClauses };
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
export function tally(rubric: CompiledRubric, entries: Iterable<unknown>, period: Period, roster?: Roster): Tally {
  const t = new Tallier(rubric, period, roster);
  for (const raw of entries) t.push(raw);
  return t.finish();
}

/** {@link tally} over an async source (a file being read): one record at a time, or one batch at a time from the library's own readers. */
export async function tallyAsync(rubric: CompiledRubric, entries: AsyncIterable<unknown> | Iterable<unknown>, period: Period, roster?: Roster): Promise<Tally> {
  const t = new Tallier(rubric, period, roster);
  await forEach(entries, (raw) => t.push(raw));
  return t.finish();
}
