// window-scorecard: the public surface. Named exports only; types apart.

export { parseRubric, safeParseRubric, RubricValidationError } from './rubric/parse.js';
export { RUBRIC_ISSUE_CODES } from './rubric/issues.js';
export { rubricSchema, categorySchema, sectionSchema } from './rubric/schema.js';
export { clauseSchema } from './rubric/clause-schema.js';
export { rubricJsonSchema } from './rubric/json-schema.js';
export { ledgerJsonSchema } from './ledger/json-schema.js';
export { lintRubric, LINT_CODES } from './rubric/lint.js';
export { loadRubric, builtinRubrics } from './rubric/builtin.js';
export { REJECTION_CODES } from './ledger/entry.js';
export { DEFAULT_TIME_ZONE } from './ledger/period.js';
export { scoreMonth, scoreMonthAsync } from './scoring/score-month.js';
export { scorePeriod, scorePeriodAsync, scorePeriodBounded, aggregate } from './scoring/score-period.js';
export { mergeAggregates, aggregateSchema } from './ledger/aggregate.js';
export { verifyResult } from './fingerprint/verify.js';
export { VERSION } from './version.js';
export { explain } from './scoring/explain.js';
export { WindowScorecardError, InvalidOptionsError, LedgerFileError } from './errors/errors.js';
export { REJECTION_HELP, RUBRIC_ISSUE_HELP } from './errors/messages.js';
export { rank } from './selection/rank.js';
export { selectMonthly, carryDisqualifications } from './selection/monthly.js';
export { quarterlyBulletin } from './selection/quarterly.js';
export { annualComposite } from './selection/annual.js';
export { selectServiceStars } from './selection/stars.js';
export { dualTargetScore } from './selection/dual-target.js';
export { selectShare, shareCount } from './selection/share.js';
export { gradeOutcomes } from './selection/bands.js';
export { scoreYear } from './selection/year.js';
export { monthCoverage, checkCoveredMonths } from './selection/coverage.js';

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
  RecordClause,
  OverflowClause,
} from './rubric/schema.js';
export type { RubricIssue, RubricIssueCode } from './rubric/issues.js';
export type { RubricParseResult } from './rubric/parse.js';
export type { LintIssue, LintCode } from './rubric/lint.js';
export type { BuiltinRubricName, BuiltinRubricInfo } from './rubric/builtin.js';
export type { LedgerEntry, VoidEntry, LedgerRecord, RejectedEntry, RejectionCode } from './ledger/entry.js';
export type { LedgerCounts } from './ledger/tally.js';
export type { ScoreMonthOptions, MonthInputs } from './scoring/score-month.js';
export type { ScorePeriodOptions, ScorePeriodBoundedOptions } from './scoring/score-period.js';
export type {
  PeriodResult,
  MonthResult,
  RateResult,
  FlagResult,
  WindowCard,
  CategoryScore,
  SectionScore,
  TraceItem,
  VetoHit,
  DisqualifyHit,
  InputProblem,
  LedgerFit,
} from './scoring/types.js';
export type { SelectionSettings, Outcomes, Band, Prize, ShareRounding, Shortfall, RateDefinition, FlagDefinition } from './rubric/settings-schema.js';
export type { RankEntry } from './selection/rank.js';
export type { TieBreakRule, TieBreakRecord, TieBreakRow } from './selection/tie-break.js';
export type { TopSelection, Boundary } from './selection/select-top.js';
export type { SelectMonthlyOptions, MonthlySelection, MonthlyExclusion, MonthlyExclusionReason } from './selection/monthly.js';
export type { QuarterlyBulletin, QuarterRow } from './selection/quarterly.js';
export type { AnnualOptions, AnnualResult, AnnualRow } from './selection/annual.js';
export type { ServiceStarOptions, ServiceStarSelection } from './selection/stars.js';
export type { DualTargetStatus, DualTargetResult } from './selection/dual-target.js';
export type { SelectShareOptions, ShareSelection } from './selection/share.js';
export type { OutcomeRow } from './selection/bands.js';
export type { ScoreYearOptions, YearResult, WindowSpan } from './selection/year.js';
export type { MonthCoverage } from './selection/coverage.js';
export type { Fingerprint } from './fingerprint/fingerprint.js';
export type { Verification, CardDifference } from './fingerprint/verify.js';
export type { LedgerAggregate, AggregateRow } from './ledger/aggregate.js';
export type { Help } from './errors/messages.js';
