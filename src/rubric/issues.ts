import type { z } from 'zod';
import { shown } from '../errors/errors.js';
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

type Found = Omit<RubricIssue, 'messageZh'> & { readonly found?: string };

/** The value at fault as messages show it, when zod reported one (not for a missing field). */
function valueOf(i: z.core.$ZodIssue): string | undefined {
  const input: unknown = i.input;
  if (input === undefined) return undefined;
  if (i.code === 'invalid_union' && 'discriminator' in i && typeof i.discriminator === 'string' && typeof input === 'object' && input !== null) {
    return shown((input as Record<string, unknown>)[i.discriminator]);
  }
  return shown(input);
}

/** zod's message with the value it found, in English, and that value said in Chinese. */
function withValue(i: z.core.$ZodIssue): { message: string; found?: string } {
  const v = valueOf(i);
  return v === undefined ? { message: i.message } : { message: `${i.message} (got ${v})`, found: `实为 ${v}` };
}

/** Turns zod's issues into the library's coded issues, in a stable order; each Chinese message names the values its English one does. */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[]): RubricIssue[] {
  const out: Found[] = [];
  for (const i of issues) {
    const path = i.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    if ((i.code === 'invalid_type' || i.code === 'invalid_union') && i.input === undefined) {
      out.push({ code: 'missing-field', path, message: 'required field is missing' });
      continue;
    }
    switch (i.code) {
      case 'invalid_type':
        out.push({ code: 'invalid-type', path, ...withValue(i) });
        break;
      case 'unrecognized_keys':
        for (const key of i.keys) {
          out.push({ code: 'unknown-field', path: [...path, key], message: `unknown field ${shown(key)}`, found: `没有字段 ${shown(key)}` });
        }
        break;
      case 'invalid_union':
        out.push({ code: 'discriminator' in i && i.discriminator !== undefined ? 'unknown-kind' : 'invalid-value', path, ...withValue(i) });
        break;
      case 'invalid_format':
        out.push({ code: 'invalid-format', path, ...withValue(i) });
        break;
      case 'too_small':
        out.push({ code: 'too-small', path, ...withValue(i) });
        break;
      case 'too_big':
        out.push({ code: 'too-big', path, ...withValue(i) });
        break;
      case 'custom': {
        const code = i.params?.['code'];
        const zh = i.params?.['zh'];
        out.push({ code: isCode(code) ? code : 'invalid-value', path, ...(typeof zh === 'string' ? { message: i.message, found: zh } : withValue(i)) });
        break;
      }
      case 'invalid_value': {
        const w = withValue(i);
        const allowed = i.values.map((v) => shown(v)).join('|');
        out.push({ code: 'invalid-value', path, message: w.message, found: `${w.found ?? ''}${w.found === undefined ? '' : ','}可选 ${allowed}` });
        break;
      }
      default:
        out.push({ code: 'invalid-value', path, ...withValue(i) });
    }
  }
  return out.map(({ found, ...i }) => ({ ...i, messageZh: rubricIssueZh(i.code, i.path, found) }));
}
