import type { CompiledRubric } from '../rubric/compile.js';
import type { RejectedEntry } from './entry.js';
import type { Period } from './period.js';
import { CountTable, compareIds } from './table.js';
import { DateCache, rejection, validateRecord, type Finding, type Rejection, type Voiding } from './validate.js';

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

interface Slot {
  readonly record: Finding | Voiding;
  conflicted: boolean;
  voidedBy: string | undefined;
}

function stable(value: unknown): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value) ?? 'undefined';
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  const o = value as Record<string, unknown>;
  return `{${Object.keys(o).sort().map((k) => `${JSON.stringify(k)}:${stable(o[k])}`).join(',')}}`;
}

const isRejection = (r: Finding | Voiding | Rejection): r is Rejection => 'code' in r;

export class Tallier {
  private readonly table = new CountTable();
  private readonly rejected: Rejection[] = [];
  private readonly byId = new Map<string, Slot>();
  private readonly voids: Slot[] = [];
  private received = 0;
  private readonly dates: DateCache;

  constructor(private readonly rubric: CompiledRubric, period: Period) {
    this.dates = new DateCache(period);
  }

  /** Takes the next record of the ledger. */
  push(raw: unknown): void {
    const { table, rejected, byId, voids } = this;
    const index = this.received++;
    const r = validateRecord(raw, index, this.rubric, this.dates);
    if (isRejection(r)) {
      rejected.push(r);
      return;
    }
    const prev = byId.get(r.id);
    if (prev !== undefined) {
      if (!prev.conflicted && stable(prev.record.raw) === stable(r.raw)) {
        rejected.push(rejection(index, r.id, 'duplicate-id', ['id'], `repeats entry #${prev.record.index} with the same id and content; counted once`));
        return;
      }
      rejected.push(rejection(index, r.id, 'conflicting-id', ['id'], `id "${r.id}" is also used by a different entry (#${prev.record.index}); neither is counted`));
      if (!prev.conflicted) {
        prev.conflicted = true;
        const p = prev.record;
        rejected.push(rejection(p.index, p.id, 'conflicting-id', ['id'], `id "${p.id}" is also used by a different entry (#${index}); neither is counted`));
        if (p.type === 'finding' && p.inPeriod) table.retract(p);
      }
      return;
    }
    const slot: Slot = { record: r, conflicted: false, voidedBy: undefined };
    byId.set(r.id, slot);
    if (r.type === 'void') voids.push(slot);
    else if (r.inPeriod) table.add(r);
  }

  /** Applies the voids and closes the accounts. Call once, after the last record. */
  finish(): Tally {
    const { table, rejected, byId, voids, received } = this;

    let outOfPeriod = 0;
    let accepted = 0;
    let live = 0;
    const acceptedRaw: { id: string; raw: object }[] = [];
    for (const slot of byId.values()) {
      if (slot.conflicted || slot.record.type === 'void') continue;
      if (slot.record.inPeriod) {
        accepted++;
        live++;
        acceptedRaw.push(slot.record);
      } else outOfPeriod++;
    }

    let voided = 0;
    let voidsAccepted = 0;
    const unresolvedVoids: [string, string][] = [];
    voids.sort((a, b) => compareIds(a.record.id, b.record.id));
    for (const slot of voids) {
      if (slot.conflicted) continue;
      const v = slot.record as Voiding;
      const reject = (code: Rejection['code'], message: string) =>
        rejected.push(rejection(v.index, v.id, code, ['voids'], message));
      const target = byId.get(v.voids);
      if (target === undefined || target.conflicted) {
        if (target === undefined) unresolvedVoids.push([v.id, v.voids]);
        reject('unknown-void-target', `no accepted entry has id "${v.voids}"`);
        continue;
      }
      const t = target.record;
      if (t.type === 'void') {
        reject('invalid-void-target', `"${v.voids}" is itself a void entry; record a new finding instead`);
        continue;
      }
      if ((v.windowId !== undefined && v.windowId !== t.windowId) || (v.clauseId !== undefined && v.clauseId !== t.clauseId)) {
        reject('void-mismatch', `entry "${t.id}" is window "${t.windowId}", clause "${t.clauseId}"; the void names ${v.windowId ?? '-'} / ${v.clauseId ?? '-'}`);
        continue;
      }
      if (target.voidedBy !== undefined) {
        reject('already-voided', `entry "${t.id}" is already voided by "${target.voidedBy}"`);
        continue;
      }
      target.voidedBy = v.id;
      if (!t.inPeriod) {
        outOfPeriod++;
        continue;
      }
      table.void(t, v.id);
      acceptedRaw.push(v);
      accepted++;
      voidsAccepted++;
      live--;
      voided++;
    }

    rejected.sort((a, b) => a.index - b.index);
    return {
      table,
      accepted: acceptedRaw,
      rejected,
      counts: { received, accepted, rejected: rejected.length, outOfPeriod, live, voided, voids: voidsAccepted },
      unresolvedVoids,
    };
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
