/**
 * One finding in the deduction ledger (扣分台账): a clause of the rubric, applied to a
 * window on a date, `count` times (default 1). The ledger is append-only: a finding that
 * was wrong is cancelled by a later {@link VoidEntry}, never edited or deleted.
 */
export interface LedgerEntry {
  /** Unique across the ledger. */
  readonly id: string;
  readonly windowId: string;
  readonly clauseId: string;
  /** `YYYY-MM-DD`, or an ISO date-time with an offset (`2024-03-31T16:30:00Z`). */
  readonly date: string;
  /** A positive whole number of occurrences; default 1. Not allowed on `external` clauses. */
  readonly count?: number;
  /** Points decided by another system; required on `external` clauses, not allowed elsewhere. */
  readonly amount?: number | string;
  /** The person at fault or present, where the clause is about a person. */
  readonly personId?: string;
  /** 评定依据: where the finding comes from. */
  readonly evidence?: { readonly source: string; readonly ref?: string };
  readonly recordedBy?: string;
  readonly note?: string;
  readonly voids?: undefined;
}

/**
 * An entry that cancels an earlier one (an appeal upheld, a 误评 verified). It belongs to
 * the month of the entry it voids, whatever its own date. Both stay in the trace, marked
 * voided; neither deducts.
 */
export interface VoidEntry {
  readonly id: string;
  /** The id of the entry it cancels. */
  readonly voids: string;
  readonly date: string;
  /** If given, must equal the voided entry's window. */
  readonly windowId?: string;
  /** If given, must equal the voided entry's clause. */
  readonly clauseId?: string;
  readonly evidence?: { readonly source: string; readonly ref?: string };
  readonly recordedBy?: string;
  readonly note?: string;
}

/** Anything a ledger holds. */
export type LedgerRecord = LedgerEntry | VoidEntry;

/**
 * Every code a rejected ledger entry can carry.
 * @example
 * REJECTION_CODES.includes('bad-date') // true
 */
export const REJECTION_CODES = [
  'invalid-shape',
  'unknown-field',
  'invalid-id',
  'unknown-clause',
  'not-a-ledger-clause',
  'person-required',
  'unknown-window',
  'unknown-person',
  'bad-date',
  'bad-count',
  'count-not-allowed',
  'bad-amount',
  'amount-required',
  'amount-not-allowed',
  'duplicate-id',
  'conflicting-id',
  'unknown-void-target',
  'invalid-void-target',
  'void-mismatch',
  'already-voided',
] as const;

/** The closed set of reasons an entry is rejected. */
export type RejectionCode = (typeof REJECTION_CODES)[number];

/** An entry that was not counted, and why. */
export interface RejectedEntry {
  /** Its position in the input (0-based). */
  readonly index: number;
  /** Its id, when it had a readable one. */
  readonly id?: string;
  readonly code: RejectionCode;
  /** The field at fault, e.g. `['count']`; empty for the whole entry. */
  readonly path: readonly string[];
  /** What is wrong, in English, with the value at fault. */
  readonly message: string;
  /** The field and the fix, in Chinese. */
  readonly messageZh: string;
}
