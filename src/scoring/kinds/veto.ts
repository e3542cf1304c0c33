import type { KindRule } from './types.js';

/** `veto` ("有下列行为之一的本月工作窗口不得分"): any live occurrence zeroes the scope. */
export const veto: KindRule = (_c, t) => ({ effect: 'veto', triggered: t.count > 0n });
