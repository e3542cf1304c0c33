import type { KindRule } from './types.js';

/** `record`: counted and traced, worth no points (leave requests, sick-leave days, rated cases). */
export const record: KindRule = () => ({ effect: 'record' });
