import { InvalidOptionsError } from '../errors/errors.js';
import type { CompiledRubric } from '../rubric/compile.js';
import { BloomFilter } from './bloom.js';
import { idHash } from './id-index.js';
import type { Period } from './period.js';
import { CountTable } from './table.js';
import type { Tally } from './tally.js';
import { isRejection, ValidationCache, validateRecord, type Finding, type Voiding } from './validate.js';
import { Accounts, stable, type Copy } from './accounts.js';
import type { Roster } from './roster.js';

/**
 * The count in two passes over a ledger that can be read twice (a file), in memory that
 * does not grow with the number of entries: the result equals {@link tally}'s, except that
 * cells do not list their live entry ids and no ledger fingerprint is taken.
 *
 * Pass 1 counts every valid record as if its id were unique, and puts every id into a
 * Bloom filter; an id the filter may have seen becomes a suspect. Pass 2 reads the ledger
 * again and keeps only the records whose id is a suspect or the target of a void. The
 * corrections then follow the same rules as the one-pass count: an exact repeat is counted
 * once, records sharing an id with different content are all rejected, voids apply in id
 * order. What is kept: the filter (16 bits an entry of the expected size, in blocks of one
 * cache line), the suspects (about 0.2% of ids, from false positives, plus the true
 * repeats), the voids, the rejections, and the count table (windows x clauses).
 */
export class BoundedTallier {
  private readonly accounts = new Accounts(new CountTable(false));
  private readonly bloom: BloomFilter;
  private readonly suspects = new Set<string>();
  /** Ids whose records pass 2 keeps: the suspects and the voids' targets. */
  private targets = new Set<string>();
  /** A bit per hash of the targets, to pass over most other ids cheaply. */
  private targetBits = new Uint32Array(0);
  private readonly voidTargets = new Set<string>();
  /** Pass 2's valid records of the suspects, with their canonical text (to tell a repeat from a conflict). */
  private readonly copies = new Map<string, Copy[]>();
  /** Pass 2's valid record of each other wanted id (a void's target that cannot repeat: the filter never saw it twice). */
  private readonly found = new Map<string, Finding | Voiding>();
  private secondIndex = 0;
  private readonly dates: ValidationCache;

  constructor(private readonly rubric: CompiledRubric, period: Period, expectedEntries: number, roster?: Roster) {
    this.dates = new ValidationCache(period, roster);
    this.bloom = new BloomFilter(expectedEntries);
  }

  /** Pass 1: the next record. */
  first(raw: unknown): void {
    const r = this.accounts.receive(raw, this.rubric, this.dates);
    if (r === undefined) return;
    if (this.bloom.add(r.id)) this.suspects.add(r.id);
    if (r.type === 'void') this.voidTargets.add(r.voids);
    this.accounts.count(r);
  }

  /** Between the passes: which ids pass 2 must keep. */
  between(): void {
    this.targets = new Set(this.suspects);
    for (const id of this.voidTargets) this.targets.add(id);
    this.voidTargets.clear(); // in targets now
    // About 32 bits a target: most unwanted ids are told by one bit, without hashing them into the set.
    let size = 1 << 16;
    while (size < this.targets.size * 32 && size < 1 << 27) size *= 2;
    this.targetBits = new Uint32Array(size >>> 5);
    for (const id of this.targets) {
      const h = idHash(id) & (size - 1);
      this.targetBits[h >>> 5]! |= 1 << (h & 31);
    }
  }

  /** Pass 2: whether the record with this (valid) id is wanted; one that is not may be passed over with {@link BoundedTallier.skip}. */
  wants(id: string): boolean {
    const h = idHash(id) & ((this.targetBits.length << 5) - 1);
    return (this.targetBits[h >>> 5]! & (1 << (h & 31))) !== 0 && this.targets.has(id);
  }

  /** Pass 2: passes over the next record, whose id is not wanted. */
  skip(): void {
    this.secondIndex++;
  }

  /** Pass 2: the same records again, in the same order. */
  second(raw: unknown): void {
    const index = this.secondIndex++;
    if (typeof raw !== 'object' || raw === null) return;
    const id = (raw as { id?: unknown }).id;
    if (typeof id !== 'string' || !this.targets.has(id)) return;
    const r = validateRecord(raw, index, this.rubric, this.dates);
    if (isRejection(r)) return;
    if (!this.suspects.has(id)) {
      if (!this.found.has(id)) this.found.set(id, r);
      return;
    }
    const copy: Copy = { index, text: stable(raw), r };
    const list = this.copies.get(id);
    if (list === undefined) this.copies.set(id, [copy]);
    else list.push(copy);
  }

  /** Repeats and conflicts (the same rules as the one-pass count), then voids; closes the accounts. */
  finish(): Tally {
    const { accounts } = this;
    if (this.secondIndex !== accounts.received) {
      throw new InvalidOptionsError(`the ledger changed between the passes: pass 1 read ${accounts.received} records, pass 2 read ${this.secondIndex}`, ['open']);
    }
    const conflicted = new Set<string>();
    for (const id of this.suspects) {
      // Pass 1 counted every copy; settling takes out the ones the one-pass count would not have.
      const copies = this.copies.get(id) ?? [];
      if (copies[0] !== undefined) this.found.set(id, copies[0].r);
      if (accounts.settle(id, copies)) conflicted.add(id);
    }
    const done = accounts.close((id) => (conflicted.has(id) ? 'conflicted' : this.found.get(id)));
    // What only the count needed, let go before the result is built.
    this.copies.clear();
    this.found.clear();
    this.targets.clear();
    return { table: accounts.table, accepted: [], rejected: accounts.rejected, counts: done.counts, unresolvedVoids: done.unresolvedVoids, unknownClauses: accounts.unknownClauses };
  }
}
