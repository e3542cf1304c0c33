import { InvalidOptionsError } from '../errors/errors.js';
import type { CompiledRubric } from '../rubric/compile.js';
import { BloomFilter } from './bloom.js';
import type { Period } from './period.js';
import { CountTable } from './table.js';
import { stable, type Tally } from './tally.js';
import { ValidationCache, rejection, validateRecord, type Finding, type Rejection, type Voiding } from './validate.js';
import { applyVoids } from './voids.js';

const isRejection = (r: Finding | Voiding | Rejection): r is Rejection => 'code' in r;

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
 * order. What is kept: the filter (about 12 bits an entry of the expected size), the
 * suspects (about 0.3% of ids, from false positives, plus the true repeats), the voids,
 * the rejections, and the count table (windows x clauses).
 */
export class BoundedTallier {
  private readonly table = new CountTable(false);
  private readonly rejected: Rejection[] = [];
  private readonly bloom: BloomFilter;
  private readonly suspects = new Set<string>();
  private readonly voids: Voiding[] = [];
  private readonly collected = new Map<string, { index: number; raw: unknown }[]>();
  private targets = new Set<string>();
  private received = 0;
  private accepted = 0;
  private live = 0;
  private outOfPeriod = 0;
  private secondIndex = 0;
  private readonly dates: ValidationCache;

  constructor(private readonly rubric: CompiledRubric, period: Period, expectedEntries: number) {
    this.dates = new ValidationCache(period);
    this.bloom = new BloomFilter(expectedEntries);
  }

  /** Pass 1: the next record. */
  first(raw: unknown): void {
    const index = this.received++;
    const r = validateRecord(raw, index, this.rubric, this.dates);
    if (isRejection(r)) {
      this.rejected.push(r);
      return;
    }
    if (this.bloom.add(r.id)) this.suspects.add(r.id);
    if (r.type === 'void') this.voids.push(r);
    else if (r.inPeriod) {
      this.table.add(r);
      this.accepted++;
      this.live++;
    } else this.outOfPeriod++;
  }

  /** Between the passes: which ids pass 2 must keep. */
  between(): void {
    this.targets = new Set([...this.suspects, ...this.voids.map((v) => v.voids)]);
  }

  /** Pass 2: the same records again, in the same order. */
  second(raw: unknown): void {
    const index = this.secondIndex++;
    if (typeof raw !== 'object' || raw === null) return;
    const id = (raw as { id?: unknown }).id;
    if (typeof id !== 'string' || !this.targets.has(id)) return;
    const list = this.collected.get(id);
    if (list === undefined) this.collected.set(id, [{ index, raw }]);
    else list.push({ index, raw });
  }

  /** The valid records with an id, from pass 2, in input order. */
  private valid(id: string): { index: number; raw: unknown; r: Finding | Voiding }[] {
    return (this.collected.get(id) ?? []).flatMap(({ index, raw }) => {
      const r = validateRecord(raw, index, this.rubric, this.dates);
      return isRejection(r) ? [] : [{ index, raw, r }];
    });
  }

  /** Takes a record's pass-1 contribution out again. */
  private uncount(r: Finding | Voiding, dropped: Set<number>): void {
    if (r.type === 'void') dropped.add(r.index);
    else if (r.inPeriod) {
      this.table.retract(r);
      this.accepted--;
      this.live--;
    } else this.outOfPeriod--;
  }

  private open() {
    return { received: this.received, accepted: this.accepted, live: this.live, outOfPeriod: this.outOfPeriod };
  }

  /** Repeats and conflicts, then voids; closes the accounts. */
  finish(): Tally {
    if (this.secondIndex !== this.received) {
      throw new InvalidOptionsError(`the ledger changed between the passes: pass 1 read ${this.received} records, pass 2 read ${this.secondIndex}`, ['open']);
    }
    const conflicted = new Set<string>();
    const dropped = new Set<number>();
    const firstOf = new Map<string, Finding | Voiding>();
    for (const id of this.suspects) {
      const copies = this.valid(id);
      const first = copies[0];
      if (first === undefined) continue;
      firstOf.set(id, first.r);
      for (const c of copies.slice(1)) {
        if (!conflicted.has(id) && stable(first.raw) === stable(c.raw)) {
          this.rejected.push(rejection(c.index, id, 'duplicate-id', ['id'], `repeats entry #${first.index} with the same id and content; counted once`));
          this.uncount(c.r, dropped);
          continue;
        }
        this.rejected.push(rejection(c.index, id, 'conflicting-id', ['id'], `id "${id}" is also used by a different entry (#${first.index}); neither is counted`));
        this.uncount(c.r, dropped);
        if (conflicted.has(id)) continue;
        conflicted.add(id);
        this.rejected.push(rejection(first.index, id, 'conflicting-id', ['id'], `id "${id}" is also used by a different entry (#${c.index}); neither is counted`));
        this.uncount(first.r, dropped);
      }
    }
    const voids = this.voids.filter((v) => !dropped.has(v.index) && !conflicted.has(v.id));
    const target = (id: string) => (conflicted.has(id) ? ('conflicted' as const) : (firstOf.get(id) ?? this.valid(id)[0]?.r));
    const done = applyVoids(voids, target, this.table, this.rejected, this.open());
    return { table: this.table, accepted: [], rejected: this.rejected, counts: done.counts, unresolvedVoids: done.unresolvedVoids };
  }
}
