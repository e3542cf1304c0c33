import { shown } from '../errors/errors.js';
import type { LedgerCounts } from './tally.js';
import { CountTable, compareIds } from './table.js';
import { rejection, type Finding, type Rejection, type Voiding } from './validate.js';

/** The accounts as they stand before the voids are applied. */
export interface OpenAccounts {
  readonly received: number;
  readonly accepted: number;
  readonly live: number;
  readonly outOfPeriod: number;
}

/** What applying the voids gives: the closed accounts, the voids that apply, the unresolved ones. */
export interface VoidOutcome {
  readonly counts: LedgerCounts;
  readonly applied: Voiding[];
  readonly unresolvedVoids: [string, string][];
}

/**
 * Applies voids in id order (so input order never matters), the same way for every
 * count: a void of an unknown or conflicting id, of a void, with a mismatching window or
 * clause, or of an entry already voided is rejected; a void of another month's entry is
 * out of period; the rest cancel their target in the table. `target(id)` finds the entry
 * an id names (undefined when none, or when its id conflicts). A void whose target was
 * itself rejected because its window (or person) is not declared is `unknown-void-target`
 * too, and says so: `offRoster(id)` gives that rejection. Once the entry's window is
 * corrected, the void applies to it.
 */
export function applyVoids(
  voids: readonly Voiding[],
  target: (id: string) => Finding | Voiding | undefined | 'conflicted',
  table: CountTable,
  rejected: Rejection[],
  open: OpenAccounts,
  offRoster: (id: string) => Rejection | undefined = () => undefined,
): VoidOutcome {
  let { accepted, live, outOfPeriod } = open;
  let voided = 0;
  const applied: Voiding[] = [];
  const unresolvedVoids: [string, string][] = [];
  const voidedBy = new Map<string, string>();
  for (const v of [...voids].sort((a, b) => compareIds(a.id, b.id))) {
    const reject = (code: Rejection['code'], message: string, zh: string) => rejected.push(rejection(v.index, v.id, code, ['voids'], message, zh));
    const named = shown(v.voids);
    const t = target(v.voids);
    if (t === undefined || t === 'conflicted') {
      const off = t === undefined ? offRoster(v.voids) : undefined;
      if (off !== undefined) {
        rejected.push({
          index: v.index,
          id: v.id,
          code: 'unknown-void-target',
          path: ['voids'],
          message: `no accepted entry has id "${v.voids}": it was rejected (${off.code}: ${off.message})`,
          messageZh: `撤销对象 (voids) "${v.voids}" 本身已被退回 (${off.code}): ${off.messageZh} 更正后本撤销记录即可生效。`,
        });
        continue;
      }
      if (t === undefined) unresolvedVoids.push([v.id, v.voids]);
      reject('unknown-void-target', `no accepted entry has id ${named}`, `没有编号为 ${named} 的有效记录`);
      continue;
    }
    if (t.type === 'void') {
      reject('invalid-void-target', `${named} is itself a void entry; record a new finding instead`, `${named} 本身是撤销记录`);
      continue;
    }
    if ((v.windowId !== undefined && v.windowId !== t.windowId) || (v.clauseId !== undefined && v.clauseId !== t.clauseId)) {
      const [w, c, vw, vc] = [shown(t.windowId), shown(t.clauseId), v.windowId === undefined ? '-' : shown(v.windowId), v.clauseId === undefined ? '-' : shown(v.clauseId)];
      reject('void-mismatch', `entry ${named} is window ${w}, clause ${c}; the void names ${vw} / ${vc}`, `被撤销记录 ${named} 为窗口 ${w}、条款 ${c};撤销记录写的是 ${vw} / ${vc}`);
      continue;
    }
    const earlier = voidedBy.get(t.id);
    if (earlier !== undefined) {
      reject('already-voided', `entry ${named} is already voided by ${shown(earlier)}`, `记录 ${named} 已被 ${shown(earlier)} 撤销`);
      continue;
    }
    voidedBy.set(t.id, v.id);
    if (!t.inPeriod) {
      outOfPeriod++;
      continue;
    }
    table.void(t, v.id);
    applied.push(v);
    accepted++;
    live--;
    voided++;
  }
  rejected.sort((a, b) => a.index - b.index);
  return {
    counts: { received: open.received, accepted, rejected: rejected.length, outOfPeriod, live, voided, voids: applied.length },
    applied,
    unresolvedVoids,
  };
}
