import { WindowScorecardError } from '../errors/errors.js';
import { rubricIssueZh } from '../errors/messages.js';
import { fromZodIssues, type RubricIssue } from './issues.js';
import { rubricSchema, type Rubric } from './schema.js';

/** The outcome of `safeParseRubric`: the rubric, or every issue found. */
export type RubricParseResult =
  | { readonly success: true; readonly data: Rubric }
  | { readonly success: false; readonly issues: readonly RubricIssue[] };

/**
 * Thrown by `parseRubric` when a rubric is invalid; `issues` lists every problem.
 *
 * @example
 * try { parseRubric({}) } catch (e) {
 *   if (e instanceof RubricValidationError) e.issues[0]
 *   // { code: 'missing-field', path: ['id'], message: 'required field is missing (expected string)' }
 * }
 */
export class RubricValidationError extends WindowScorecardError {
  override name = 'RubricValidationError';
  readonly issues: readonly RubricIssue[];
  constructor(issues: readonly RubricIssue[]) {
    const first = issues[0];
    const where = first === undefined ? '' : `${first.path.join('.') || '(root)'}: ${first.message}`;
    super(`invalid rubric (${issues.length} issue${issues.length === 1 ? '' : 's'}); ${where}`);
    this.issues = issues;
  }
}

/**
 * Validates a rubric (an object, or JSON text) and returns it with decimals as canonical
 * strings and defaults filled in, or every issue found. Never throws.
 *
 * @example
 * safeParseRubric({ id: 'r' })
 * // { success: false, issues: [{ code: 'missing-field', path: ['version'], ... }, ...] }
 */
export function safeParseRubric(input: unknown): RubricParseResult {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input) as unknown;
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      return { success: false, issues: [{ code: 'invalid-json', path: [], message: `not JSON: ${message}`, messageZh: rubricIssueZh('invalid-json', [], `不是 JSON: ${message}`) }] };
    }
  }
  const result = rubricSchema.safeParse(value, { reportInput: true });
  if (result.success) return { success: true, data: result.data };
  return { success: false, issues: fromZodIssues(result.error.issues) };
}

/**
 * Validates a rubric (an object, or JSON text) and returns it with decimals as canonical
 * strings and defaults filled in (`chiefRatio: '0.5'`).
 *
 * @throws {RubricValidationError} listing every issue, when the rubric is invalid.
 * @example
 * const rubric = parseRubric(json);
 * rubric.categories[0].clauses[0].points // '3' (a canonical decimal string)
 */
export function parseRubric(input: unknown): Rubric {
  const result = safeParseRubric(input);
  if (!result.success) throw new RubricValidationError(result.issues);
  return result.data;
}
