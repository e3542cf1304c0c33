import { builtinRubricsHolding } from '../rubric/builtin-clauses.js';
import type { Tally } from '../ledger/tally.js';
import type { LedgerFit } from './types.js';

/** How many unknown clause ids the result lists. */
const SHOWN = 20;

/**
 * Whether the ledger fits the rubric: how many of the period's entries name a clause the
 * rubric does not have and, when more than half of them do (`mismatch`), which built-in
 * rubric holds four in five of the unknown clause ids (a ledger has its typos).
 * @example ledgerFit(tally, 'red-flag-window').belongsTo // ['county-monthly']
 */
export function ledgerFit(t: Pick<Tally, 'rejected' | 'counts' | 'unknownClauses'>, rubricId: string): LedgerFit {
  let unknownClause = 0;
  for (const r of t.rejected) if (r.code === 'unknown-clause') unknownClause++;
  const checked = t.counts.received - t.counts.outOfPeriod;
  const mismatch = unknownClause > 0 && unknownClause * 2 > checked;
  const ids = [...(t.unknownClauses ?? [])].sort();
  return {
    unknownClause,
    checked,
    mismatch,
    unknownClauseIds: ids.slice(0, SHOWN),
    belongsTo: mismatch ? builtinRubricsHolding(ids, rubricId) : [],
  };
}
