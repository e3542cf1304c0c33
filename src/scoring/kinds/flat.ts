import { ZERO } from '../../decimal/decimal.js';
import type { KindRule } from './types.js';

/** `flat` ("未实行首席代表制的扣3分"): the points once in the month if it happened at all. */
export const flat: KindRule = (c, t) =>
  t.count > 0n ? { effect: 'deduct', points: c.points, chief: c.chief } : { effect: 'deduct', points: ZERO, chief: ZERO };
