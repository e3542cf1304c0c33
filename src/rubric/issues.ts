import type { z } from 'zod';
import { rubricIssueZh } from '../errors/messages.js';

/**
 * Every code a rubric validation issue can carry.
 * @example
 * RUBRIC_ISSUE_CODES.includes('duplicate-id') // true
 */
export const RUBRIC_ISSUE_CODES = [
  'invalid-json',
  'invalid-type',
  'missing-field',
  'unknown-field',
  'unknown-kind',
  'invalid-value',
  'invalid-format',
  'too-small',
  'too-big',
  'duplicate-id',
  'unknown-section',
  'unknown-clause',
  'mixed-input-category',
  'date-order',
] as const;

/** The closed set of rubric issue codes. */
export type RubricIssueCode = (typeof RUBRIC_ISSUE_CODES)[number];

/** One problem found in a rubric: what, where (a JSON path into the rubric) and why. */
export interface RubricIssue {
  readonly code: RubricIssueCode;
  readonly path: readonly (string | number)[];
  /** What is wrong, in English. */
  readonly message: string;
  /** Where, and the fix, in Chinese. */
  readonly messageZh: string;
}

const isCode = (v: unknown): v is RubricIssueCode =>
  typeof v === 'string' && (RUBRIC_ISSUE_CODES as readonly string[]).includes(v);

/** Turns zod's issues into the library's coded issues, in a stable order. */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[]): RubricIssue[] {
  const out: Omit<RubricIssue, 'messageZh'>[] = [];
  for (const i of issues) {
    const path = i.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    if ((i.code === 'invalid_type' || i.code === 'invalid_union') && i.input === undefined) {
      out.push({ code: 'missing-field', path, message: 'required field is missing' });
      continue;
    }
    switch (i.code) {
      case 'invalid_type':
        out.push({ code: 'invalid-type', path, message: i.message });
        break;
      case 'unrecognized_keys':
        for (const key of i.keys) {
          out.push({ code: 'unknown-field', path: [...path, key], message: `unknown field "${key}"` });
        }
        break;
      case 'invalid_union':
        out.push({
          code: 'discriminator' in i && i.discriminator !== undefined ? 'unknown-kind' : 'invalid-value',
          path,
          message: i.message,
        });
        break;
      case 'invalid_format':
        out.push({ code: 'invalid-format', path, message: i.message });
        break;
      case 'too_small':
        out.push({ code: 'too-small', path, message: i.message });
        break;
      case 'too_big':
        out.push({ code: 'too-big', path, message: i.message });
        break;
      case 'custom': {
        const code = i.params?.['code'];
        out.push({ code: isCode(code) ? code : 'invalid-value', path, message: i.message });
        break;
      }
      default:
        out.push({ code: 'invalid-value', path, message: i.message });
    }
  }
  return out.map((i) => ({ ...i, messageZh: rubricIssueZh(i.code, i.path) }));
}
