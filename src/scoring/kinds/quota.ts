import { D, ZERO } from '../../decimal/decimal.js';
import type { KindRule } from './types.js';

/**
 * `quota`: entries record a required event ("每月至少1次到窗口检查指导工作,缺1次扣1分").
 * `per-missing` deducts per missing occurrence, `below` once when the count is short
 * ("少于一次的扣3分"). Applies to every window, including those with no entries at all.
 */
export const quota: KindRule = (c, t) => {
  if (c.clause.kind !== 'quota') throw new TypeError(`clause ${c.clause.id} is not a quota clause`);
  const required = BigInt(c.clause.required);
  const missing = t.count >= required ? 0n : required - t.count;
  if (missing === 0n) return { effect: 'deduct', points: ZERO, chief: ZERO, missing };
  if (c.clause.mode === 'below') return { effect: 'deduct', points: c.points, chief: c.chief, missing };
  const n = new D(missing.toString());
  return { effect: 'deduct', points: c.points.times(n), chief: c.chief.times(n), missing };
};
