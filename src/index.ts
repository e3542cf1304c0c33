// window-scorecard: the public surface. Named exports only; types apart.

export { parseRubric, safeParseRubric, RubricValidationError } from './rubric/parse.js';
export { RUBRIC_ISSUE_CODES } from './rubric/issues.js';
export { rubricSchema, clauseSchema, categorySchema, sectionSchema } from './rubric/schema.js';
export { rubricJsonSchema } from './rubric/json-schema.js';
export { REJECTION_CODES } from './ledger/entry.js';
export { DEFAULT_TIME_ZONE } from './ledger/period.js';
export { scoreMonth } from './scoring/score-month.js';
export { explain } from './scoring/explain.js';
export { WindowScorecardError, InvalidOptionsError } from './errors/errors.js';

export type {
  Rubric,
  RubricInput,
  Category,
  Section,
  Clause,
  ClauseKind,
  PerOccurrenceClause,
  FlatClause,
  ThresholdClause,
  QuotaClause,
  ExternalClause,
  VetoClause,
  BonusClause,
  InputClause,
} from './rubric/schema.js';
export type { RubricIssue, RubricIssueCode } from './rubric/issues.js';
export type { RubricParseResult } from './rubric/parse.js';
export type { LedgerEntry, VoidEntry, LedgerRecord, RejectedEntry, RejectionCode } from './ledger/entry.js';
export type { LedgerCounts } from './ledger/tally.js';
export type { ScoreMonthOptions, MonthInputs } from './scoring/score-month.js';
export type {
  MonthResult,
  WindowCard,
  CategoryScore,
  SectionScore,
  TraceItem,
  VetoHit,
  DisqualifyHit,
  InputProblem,
} from './scoring/types.js';
