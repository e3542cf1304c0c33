import type { KindRule } from './types.js';

/**
 * `overflow` ("凡请假次数月累计超过5次的,一律视为旷工"): worth no points itself; each
 * occurrence beyond the monthly allowance is counted as an occurrence of its `countsAs`
 * clause (see `conversions`, which runs before the clause rules).
 */
export const overflow: KindRule = () => ({ effect: 'record' });
