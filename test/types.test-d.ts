import { describe, expectTypeOf, it } from 'vitest';
import {
  explain,
  parseRubric,
  safeParseRubric,
  scoreMonth,
  type Clause,
  type ClauseKind,
  type MonthResult,
  type RejectionCode,
  type Rubric,
  type RubricIssueCode,
  type WindowCard,
} from '../src/index.js';

describe('public types', () => {
  it('parseRubric returns a Rubric with decimal strings', () => {
    expectTypeOf(parseRubric).returns.toEqualTypeOf<Rubric>();
    expectTypeOf<Rubric['total']>().toEqualTypeOf<string>();
    expectTypeOf<Rubric['chiefRatio']>().toEqualTypeOf<string>();
  });

  it('safeParseRubric narrows on success', () => {
    const r = safeParseRubric({});
    if (r.success) expectTypeOf(r.data).toEqualTypeOf<Rubric>();
    else expectTypeOf(r.issues[0]!.code).toEqualTypeOf<RubricIssueCode>();
  });

  it('clause kinds form a closed discriminated union', () => {
    expectTypeOf<ClauseKind>().toEqualTypeOf<'per-occurrence' | 'flat' | 'threshold' | 'quota' | 'external' | 'veto' | 'bonus' | 'input' | 'record' | 'overflow'>();
    const narrow = (c: Clause) => (c.kind === 'threshold' ? c.threshold : c.kind === 'quota' ? c.mode : undefined);
    expectTypeOf(narrow).returns.toEqualTypeOf<number | 'per-missing' | 'below' | undefined>();
  });

  it('scores are strings or null, never numbers', () => {
    expectTypeOf<WindowCard['score']>().toEqualTypeOf<string | null>();
    expectTypeOf<WindowCard['chiefDeduction']>().toEqualTypeOf<string>();
    expectTypeOf(scoreMonth).returns.toEqualTypeOf<MonthResult>();
    expectTypeOf(explain).returns.toEqualTypeOf<string>();
  });

  it('scoreMonth requires a month', () => {
    // @ts-expect-error month is required
    scoreMonth({} as Rubric, [], {});
  });

  it('rejection codes are a closed union', () => {
    expectTypeOf<'duplicate-id'>().toMatchTypeOf<RejectionCode>();
    expectTypeOf<'made-up'>().not.toMatchTypeOf<RejectionCode>();
  });
});
