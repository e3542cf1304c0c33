import type { RejectedEntry } from '../ledger/entry.js';
import type { Fingerprint } from '../fingerprint/fingerprint.js';
import type { LedgerCounts } from '../ledger/tally.js';
import type { ClauseKind } from '../rubric/schema.js';
import type { SelectionSettings } from '../rubric/settings-schema.js';
import type { InputProblem } from './kinds/input.js';
import type { FlagResult, RateResult } from './rates-flags.js';

/** One clause's part in a window's month: what the ledger said, and what it cost. */
export interface TraceItem {
  readonly clauseId: string;
  readonly categoryId: string;
  readonly kind: ClauseKind;
  /** What the clause does: deduct, add (bonus), zero the month (veto), feed a score (input) or only count (record). */
  readonly effect: 'deduct' | 'bonus' | 'veto' | 'input' | 'record';
  /** Live occurrences this month, as a canonical integer string. */
  readonly count: string;
  /** Summed amount of live entries (external clauses). */
  readonly amount?: string;
  /** Ids of the live entries, sorted. */
  readonly entryIds: readonly string[];
  /** Entries cancelled by a void, sorted by entry id. */
  readonly voided: readonly { readonly entryId: string; readonly voidedBy: string }[];
  /** Window points before the category cap (deducted, added, or the input's share). */
  readonly points: string;
  /** Window points after the cap (扣完为止). */
  readonly applied: string;
  /** True when the category cap cut this clause's points. */
  readonly capped: boolean;
  /** The chief representative's points before the cap. */
  readonly chiefPoints: string;
  /** The chief representative's points after the cap (category max x ratio). */
  readonly chiefApplied: string;
  readonly chiefCapped: boolean;
  /** Quota clauses: occurrences short of the requirement. */
  readonly missing?: string;
  /** Veto clauses: whether it zeroed the scope this month. */
  readonly triggered?: boolean;
  /** Occurrences this clause gained from overflow clauses ("一律视为旷工"), included in `count`. */
  readonly convertedFrom?: readonly { readonly clauseId: string; readonly count: string }[];
  /** Overflow clauses: occurrences beyond the monthly allowance, counted on `countsAs`. */
  readonly converted?: string;
  /** Input clauses: the value fed in, or null when missing / invalid. */
  readonly inputValue?: string | null;
  /** True when a live entry of this clause disqualifies the window for the year. */
  readonly disqualifies: boolean;
}

/** A category's score for the month. */
export interface CategoryScore {
  readonly id: string;
  readonly title: string;
  readonly section?: string;
  /** Null for a tally category (uncapped deductions for a score kept elsewhere). */
  readonly max: string | null;
  /** `max - deducted + bonus`, kept within [0, max]; "0" when vetoed; null when an input is missing, or for a tally. */
  readonly score: string | null;
  /** The score before a veto zeroed it (equal to `score` otherwise). */
  readonly scoreBeforeVeto: string | null;
  /** Deductions applied after the cap. */
  readonly deducted: string;
  /** Bonus applied after the cap. */
  readonly bonus: string;
  /** True when the deductions or the bonus ran past the category's bounds and were cut. */
  readonly capped: boolean;
  /** The chief representative's deductions after the cap (max x ratio). */
  readonly chiefDeducted: string;
  readonly chiefCapped: boolean;
  readonly vetoed: boolean;
}

/** A section's score: the sum of its categories. */
export interface SectionScore {
  readonly id: string;
  readonly title: string;
  readonly max: string;
  readonly score: string | null;
  readonly vetoed: boolean;
}

/** A veto that zeroed a window's month or a section of it. */
export interface VetoHit {
  readonly clauseId: string;
  readonly scope: 'window' | { readonly section: string };
  readonly entryIds: readonly string[];
}

/** A clause that made the window ineligible for the year's awards (取消评先选优资格). */
export interface DisqualifyHit {
  readonly clauseId: string;
  readonly entryIds: readonly string[];
}

/** One window's scorecard for one period (or, for person rubrics, one person's at a window). */
export interface WindowCard {
  readonly windowId: string;
  /** The person scored, on rubrics whose `subject` is `person`. */
  readonly personId?: string;
  /** The month's score as a canonical decimal string; null when incomplete (an input missing). */
  readonly score: string | null;
  /** The score before any whole-window veto. */
  readonly scoreBeforeVeto: string | null;
  readonly max: string;
  /** Sum of the chief representative's deductions over all categories. */
  readonly chiefDeduction: string;
  readonly vetoed: boolean;
  readonly vetoedBy: readonly VetoHit[];
  readonly disqualified: boolean;
  readonly disqualifiedBy: readonly DisqualifyHit[];
  /** False when a missing or invalid input leaves the score unknown. */
  readonly complete: boolean;
  readonly missingInputs: readonly InputProblem[];
  readonly sections: readonly SectionScore[];
  readonly categories: readonly CategoryScore[];
  /** Every clause that touched the window this month, in rubric order. */
  readonly trace: readonly TraceItem[];
  /** The rubric's rates (评价率 …) for this card. */
  readonly rates: readonly RateResult[];
  /** The rubric's flags (退回原单位 …) for this card. */
  readonly flags: readonly FlagResult[];
}

/**
 * Whether a ledger fits the rubric it was scored with. A ledger written for another rubric
 * has its rows rejected as `unknown-clause`; when more than half of the period's entries
 * are (`mismatch`), the result is not a scorecard of that ledger, and the command line
 * exits 3.
 */
export interface LedgerFit {
  /** Entries rejected as `unknown-clause`. */
  readonly unknownClause: number;
  /** Entries checked against the rubric: those received, less those of other months. */
  readonly checked: number;
  /** True when more than half of the checked entries (`unknownClause * 2 > checked`) were rejected as `unknown-clause`. */
  readonly mismatch: boolean;
  /** The distinct clause ids rejected as `unknown-clause`, sorted (the first 20; none from an aggregate, which does not keep them). */
  readonly unknownClauseIds: readonly string[];
  /** On a mismatch, the built-in rubrics (by name) that hold at least four in five of the unknown clause ids, best first: the rubric the ledger was likely written for. */
  readonly belongsTo: readonly string[];
}

/** The result of scoring one period (a month or a year). */
export interface PeriodResult {
  /** `YYYY-MM` or `YYYY`. */
  readonly period: string;
  readonly timeZone: string;
  /** The rubric used, with its selection settings when it states them. */
  readonly rubric: { readonly id: string; readonly version: string; readonly selection?: SelectionSettings };
  /** One card per window, sorted by window id. */
  readonly cards: readonly WindowCard[];
  /** Every entry not counted, by input position. */
  readonly rejected: readonly RejectedEntry[];
  readonly counts: LedgerCounts;
  /**
   * Windows that have a card only because ledger entries name them, sorted: given when no
   * `windows` (or `people`) were declared, so a misspelt window (住建局 beside 住建) can be
   * seen. Always empty when they were declared (entries for other windows are rejected as
   * `unknown-window`).
   */
  readonly windowsOnlyInLedger: readonly string[];
  /** Whether the ledger fits the rubric (see {@link LedgerFit}). */
  readonly ledgerFit: LedgerFit;
  /** What the result was computed from: rubric, options and accepted-ledger hashes, library version. */
  readonly fingerprint: Fingerprint;
}

export type { InputProblem, FlagResult, RateResult };

/** The result of scoring one month. */
export interface MonthResult extends PeriodResult {
  /** `YYYY-MM` (the same as `period`). */
  readonly month: string;
}
