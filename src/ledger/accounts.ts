import type { CountTable } from './table.js';
import { rejection, type Finding, type Rejection, type Voiding } from './validate.js';
import { applyVoids, type VoidOutcome } from './voids.js';

/**
 * The accounts both counts keep (the one-pass {@link Tallier} and the two-pass
 * `BoundedTallier`): what was received, accepted, live and of other months, the rejections,
 * the voids waiting for the end, and how a repeated id is settled. One place, so the two
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

  constructor(readonly table: CountTable) {}

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
    this.rejected.push(rejection(index, id, 'duplicate-id', ['id'], `repeats entry #${first} with the same id and content; counted once`));
  }

  /** A record whose id another, different record (at `other`) also uses: neither counts. */
  conflict(index: number, id: string, other: number): void {
    this.rejected.push(rejection(index, id, 'conflicting-id', ['id'], `id "${id}" is also used by a different entry (#${other}); neither is counted`));
  }

  /** Applies the voids still standing and closes the accounts. */
  close(target: (id: string) => Finding | Voiding | undefined | 'conflicted'): VoidOutcome {
    const voids = this.voids.filter((v) => !this.dropped.has(v.index));
    return applyVoids(voids, target, this.table, this.rejected, {
      received: this.received,
      accepted: this.accepted,
      live: this.live,
      outOfPeriod: this.outOfPeriod,
    });
  }
}
