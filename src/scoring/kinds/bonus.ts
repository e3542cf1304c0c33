import { D, min } from '../../decimal/decimal.js';
import type { KindRule } from './types.js';

/** `bonus` (articles adopted: +5 / +3 / +1): points x count, up to the clause's cap. */
export const bonus: KindRule = (c, t) => {
  if (c.clause.kind !== 'bonus') throw new TypeError(`clause ${c.clause.id} is not a bonus clause`);
  const raw = c.points.times(new D(t.count.toString()));
  return { effect: 'bonus', points: c.clause.cap === undefined ? raw : min(raw, new D(c.clause.cap)) };
};
