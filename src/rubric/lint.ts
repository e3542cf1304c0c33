import { D, sum } from '../decimal/decimal.js';
import { parseRubric } from './parse.js';
import type { Clause, Rubric } from './schema.js';

/**
 * Every code the rubric linter reports.
 * @example LINT_CODES.includes('total-mismatch') // true
 */
export const LINT_CODES = [
  'total-mismatch',
  'section-mismatch',
  'input-mismatch',
  'duplicate-id',
  'chief-ratio',
  'never-binds',
  'unused-record',
] as const;

export type LintCode = (typeof LINT_CODES)[number];

/** A finding of the linter: an `error` makes a rubric unfit to publish, a `warning` asks for a look. */
export interface LintIssue {
  readonly code: LintCode;
  readonly severity: 'error' | 'warning';
  readonly path: readonly (string | number)[];
  readonly message: string;
}

function neverBinds(clause: Clause, categoryMax: D | undefined): string | undefined {
  if ('points' in clause && new D(clause.points).isZero()) return 'its points are 0';
  if (clause.kind === 'bonus' && clause.cap !== undefined && new D(clause.cap).isZero()) return 'its cap is 0';
  if (categoryMax !== undefined && categoryMax.isZero() && ['per-occurrence', 'flat', 'threshold', 'quota', 'external', 'bonus'].includes(clause.kind)) {
    return 'its category has a max of 0, so nothing it does can change a score';
  }
  return undefined;
}

/**
 * Checks what the schema cannot: the category maxima add up to `total`, section maxima
 * add up, input categories are worth their inputs, every id is unique, chief points are
 * `points x chiefRatio` unless the clause states an exception, and no clause is dead
 * (worth 0, capped at 0, or a record nothing reads).
 *
 * @example
 * lintRubric(parseRubric(json)) // { ok: true, issues: [] }
 */
export function lintRubric(input: Rubric): { readonly ok: boolean; readonly issues: readonly LintIssue[] } {
  const rubric = parseRubric(input);
  const issues: LintIssue[] = [];
  const add = (code: LintCode, severity: LintIssue['severity'], path: (string | number)[], message: string) => issues.push({ code, severity, path, message });
  const ratio = new D(rubric.chiefRatio);

  const maxima = rubric.categories.flatMap((c) => (c.max === undefined ? [] : [new D(c.max)]));
  // A template's categories are the county's to fill in: its total is checked once they are.
  if (rubric.template !== true && !sum(maxima).equals(rubric.total)) {
    add('total-mismatch', 'error', ['total'], `category maxima add up to ${sum(maxima).toString()}, total says ${rubric.total}`);
  }
  rubric.sections?.forEach((s, i) => {
    const mine = sum(rubric.categories.filter((c) => c.section === s.id && c.max !== undefined).map((c) => new D(c.max!)));
    if (!mine.equals(s.max)) add('section-mismatch', 'error', ['sections', i, 'max'], `section "${s.id}" is ${s.max}, its categories add up to ${mine.toString()}`);
  });

  const seen = new Set<string>();
  const read = new Set<string>();
  for (const c of rubric.categories) for (const k of c.clauses) if (k.kind === 'overflow') read.add(k.id).add(k.countsAs);
  for (const r of rubric.rates ?? []) for (const id of [...r.numerator, ...r.denominator]) read.add(id);
  for (const f of rubric.flags ?? []) for (const c of f.clauses) read.add(c.id);

  rubric.categories.forEach((c, ci) => {
    const max = c.max === undefined ? undefined : new D(c.max);
    if (c.clauses.some((k) => k.kind === 'input')) {
      const worth = sum(c.clauses.map((k) => ('points' in k ? new D(k.points) : new D(0))));
      if (max !== undefined && !worth.equals(max)) add('input-mismatch', 'error', ['categories', ci, 'max'], `inputs are worth ${worth.toString()}, the category's max is ${c.max}`);
    }
    c.clauses.forEach((k, ki) => {
      const at = ['categories', ci, 'clauses', ki];
      if (seen.has(k.id)) add('duplicate-id', 'error', [...at, 'id'], `clause id "${k.id}" is used twice`);
      seen.add(k.id);
      const dead = neverBinds(k, max);
      if (dead !== undefined) add('never-binds', 'error', at, `clause "${k.id}" can never change a score: ${dead}`);
      if (k.kind === 'record' && !read.has(k.id)) add('unused-record', 'warning', at, `record clause "${k.id}" is read by no rate, flag or overflow clause`);
      if ('chiefPoints' in k && k.chiefPoints !== undefined && k.chiefException === undefined) {
        const expected = new D(k.points).times(ratio);
        if (!expected.equals(k.chiefPoints)) {
          add('chief-ratio', 'error', [...at, 'chiefPoints'], `clause "${k.id}": chiefPoints ${k.chiefPoints} is not points x chiefRatio (${expected.toString()}); give chiefException with the source's reason if it is meant`);
        }
      }
    });
  });
  return { ok: issues.every((i) => i.severity !== 'error'), issues };
}
