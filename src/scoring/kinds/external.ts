import type { KindRule } from './types.js';

/**
 * `external` ("结合县监察局电子监察系统扣分情况,在窗口评分时相应扣除"): the summed
 * amounts decided by another system; the chief representative loses amount x ratio.
 */
export const external: KindRule = (c, t) => ({ effect: 'deduct', points: t.amount, chief: t.amount.times(c.chief) });
