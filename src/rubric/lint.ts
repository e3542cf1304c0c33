import { canonical, D, sum } from '../decimal/decimal.js';
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
  /** The clause the finding is about, by its id (`'4.4-red'`), when it is about one. */
  readonly clauseId?: string;
  /** The category the finding is about, by its id, when it is about one (and not a clause). */
  readonly categoryId?: string;
  /** What is wrong, in English, with the values at fault. */
  readonly message: string;
  /** What is wrong, in Chinese, with the same values. */
  readonly messageZh: string;
}

type Said = { readonly en: string; readonly zh: string };

function neverBinds(clause: Clause, categoryMax: D | undefined): Said | undefined {
  if ('points' in clause && new D(clause.points).isZero()) return { en: 'its points are 0', zh: '其分值为 0' };
  if (clause.kind === 'bonus' && clause.cap !== undefined && new D(clause.cap).isZero()) return { en: 'its cap is 0', zh: '其加分上限为 0' };
  if (categoryMax !== undefined && categoryMax.isZero() && ['per-occurrence', 'flat', 'threshold', 'quota', 'external', 'bonus'].includes(clause.kind)) {
    return { en: 'its category has a max of 0, so nothing it does can change a score', zh: '所在类别满分为 0,无论如何都不影响得分' };
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
  const add = (code: LintCode, severity: LintIssue['severity'], path: (string | number)[], said: Said, about: { clauseId?: string; categoryId?: string } = {}) =>
    issues.push({ code, severity, path, ...about, message: said.en, messageZh: said.zh });
  const ratio = new D(rubric.chiefRatio);

  const maxima = rubric.categories.flatMap((c) => (c.max === undefined ? [] : [new D(c.max)]));
  // A template's categories are the county's to fill in: its total is checked once they are.
  if (rubric.template !== true && !sum(maxima).equals(rubric.total)) {
    const all = sum(maxima).toString();
    add('total-mismatch', 'error', ['total'], { en: `category maxima add up to ${all}, total says ${rubric.total}`, zh: `各类别满分合计 ${all},总分 (total) 却为 ${rubric.total}` });
  }
  rubric.sections?.forEach((s, i) => {
    const mine = sum(rubric.categories.filter((c) => c.section === s.id && c.max !== undefined).map((c) => new D(c.max!)));
    if (!mine.equals(s.max)) {
      add('section-mismatch', 'error', ['sections', i, 'max'], { en: `section "${s.id}" is ${s.max}, its categories add up to ${mine.toString()}`, zh: `部分 "${s.id}" 满分为 ${s.max},其各类别满分合计 ${mine.toString()}` });
    }
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
      if (max !== undefined && !worth.equals(max)) {
        const w = worth.toString();
        add('input-mismatch', 'error', ['categories', ci, 'max'], { en: `category "${c.id}": inputs are worth ${w}, the category's max is ${c.max}`, zh: `类别 "${c.id}":输入项合计 ${w} 分,本类别满分却为 ${c.max}` }, { categoryId: c.id });
      }
    }
    c.clauses.forEach((k, ki) => {
      const at = ['categories', ci, 'clauses', ki];
      const about = { clauseId: k.id };
      if (seen.has(k.id)) add('duplicate-id', 'error', [...at, 'id'], { en: `clause id "${k.id}" is used twice`, zh: `条款编号 "${k.id}" 重复使用` }, about);
      seen.add(k.id);
      const dead = neverBinds(k, max);
      if (dead !== undefined) add('never-binds', 'error', at, { en: `clause "${k.id}" can never change a score: ${dead.en}`, zh: `条款 "${k.id}" 永远不会影响得分:${dead.zh}` }, about);
      if (k.kind === 'record' && !read.has(k.id)) {
        add('unused-record', 'warning', at, { en: `record clause "${k.id}" is read by no rate, flag or overflow clause`, zh: `记录条款 "${k.id}" 未被任何比率、标记或超限条款引用` }, about);
      }
      if ('chiefPoints' in k && k.chiefPoints !== undefined && k.chiefException === undefined) {
        const expected = canonical(new D(k.points).times(ratio));
        if (!new D(expected).equals(k.chiefPoints)) {
          add('chief-ratio', 'error', [...at, 'chiefPoints'], {
            en: `clause "${k.id}": chiefPoints ${k.chiefPoints} is not points ${k.points} x chiefRatio ${rubric.chiefRatio} = ${expected}; write ${expected}, or give chiefException with the source's reason if ${k.chiefPoints} is meant`,
            zh: `条款 "${k.id}":首席代表扣分 (chiefPoints) ${k.chiefPoints} 不等于 分值 ${k.points} × 首席代表比例 (chiefRatio) ${rubric.chiefRatio} = ${expected};请改为 ${expected},如原文确定为 ${k.chiefPoints},请填写 chiefException 并写明依据`,
          }, about);
        }
      }
    });
  });
  return { ok: issues.every((i) => i.severity !== 'error'), issues };
}
