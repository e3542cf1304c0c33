import type { D } from '../../decimal/decimal.js';
import type { CompiledClause } from '../../rubric/compile.js';

/** What the month's live entries of one window x clause add up to. */
export interface ClauseTally {
  /** Live occurrences. */
  readonly count: bigint;
  /** Summed amounts (external clauses). */
  readonly amount: D;
}

/** What a clause does to a window's month, before category caps. */
export type Outcome =
  | { readonly effect: 'deduct'; readonly points: D; readonly chief: D; readonly missing?: bigint }
  | { readonly effect: 'bonus'; readonly points: D }
  | { readonly effect: 'veto'; readonly triggered: boolean }
  | { readonly effect: 'record' };

/** The rule of one clause kind: from the tally to the outcome. */
export type KindRule = (clause: CompiledClause, tally: ClauseTally) => Outcome;
