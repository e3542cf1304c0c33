import type { ClauseKind } from '../../rubric/schema.js';
import { bonus } from './bonus.js';
import { external } from './external.js';
import { flat } from './flat.js';
import { perOccurrence } from './per-occurrence.js';
import { quota } from './quota.js';
import { threshold } from './threshold.js';
import type { KindRule } from './types.js';
import { veto } from './veto.js';
import { record } from './record.js';
import { overflow } from './overflow.js';

/** The rule of every clause kind fed by the ledger (`input` is fed by options instead). */
export const KIND_RULES: { readonly [K in Exclude<ClauseKind, 'input'>]: KindRule } = {
  'per-occurrence': perOccurrence,
  flat,
  threshold,
  quota,
  external,
  veto,
  bonus,
  record,
  overflow,
};
