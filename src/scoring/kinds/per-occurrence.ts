import { D } from '../../decimal/decimal.js';
import type { KindRule } from './types.js';

/** `per-occurrence` ("每发现一次扣2分"): points x count, chief points x count. */
export const perOccurrence: KindRule = (c, t) => {
  const n = new D(t.count.toString());
  return { effect: 'deduct', points: c.points.times(n), chief: c.chief.times(n) };
};
