import { ZERO } from '../../decimal/decimal.js';
import type { KindRule } from './types.js';

/** `threshold` ("每月累计达3次扣5分"): the points once when the month's count reaches N. */
export const threshold: KindRule = (c, t) => {
  if (c.clause.kind !== 'threshold') throw new TypeError(`clause ${c.clause.id} is not a threshold clause`);
  return t.count >= BigInt(c.clause.threshold)
    ? { effect: 'deduct', points: c.points, chief: c.chief }
    : { effect: 'deduct', points: ZERO, chief: ZERO };
};
