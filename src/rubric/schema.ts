import { z } from 'zod';
import { canonical, DECIMAL_TEXT, D } from '../decimal/decimal.js';
import { outcomesSchema, selectionSchema } from './settings-schema.js';

/**
 * A non-negative decimal written as a JSON number (`2`, `0.5`) or a decimal string
 * (`"1.5"`). Parsed rubrics hold the canonical string (`"1.5"`), so no float ever
 * reaches the arithmetic.
 */
export const pointsSchema = z
  .union([z.number().finite().nonnegative(), z.string().max(200).regex(DECIMAL_TEXT)], {
    error: 'expected a non-negative decimal: a JSON number or a string such as "1.5"',
  })
  .transform((v, ctx) => {
    const d = new D(v);
    if (d.isNegative() && !d.isZero()) {
      ctx.addIssue({ code: 'custom', message: 'must not be negative', params: { code: 'too-small' } });
      return z.NEVER;
    }
    return canonical(d);
  });

const idSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^\S(?:.*\S)?$/u, { error: 'must not start or end with white space' })
  .refine((s) => s.normalize('NFC') === s, { error: 'must be in Unicode NFC form' });

const textSchema = z.string().min(1);

/** `YYYY-MM-DD`, a real calendar day. */
export const calendarDateSchema = z.iso.date({ error: 'expected a calendar date "YYYY-MM-DD"' });

const clauseBase = {
  /** Unique across the whole rubric, e.g. `"4.1"`. */
  id: idSchema,
  /** The source document's words, verbatim. */
  text: textSchema,
  /** The source's item heading the clause sits under, where the source groups clauses. */
  item: textSchema.optional(),
  /** What one occurrence is counted in: 人次, 件次, 项, 次 ... */
  unit: textSchema.optional(),
  /** 评定依据: where findings come from (办件抽查, 电子监察, 群众投诉 ...). */
  evidence: textSchema.optional(),
  /** Any live entry of this clause makes the window ineligible for the year's awards. */
  disqualify: z.boolean().optional(),
  /** Free notes, e.g. a scanning slip corrected in `text`. */
  notes: z.array(textSchema).optional(),
};

/** Points deducted per occurrence plus the chief representative's share. */
const deducting = {
  ...clauseBase,
  /** Points the window loses. */
  points: pointsSchema,
  /** Points the chief representative loses; defaults to `points x chiefRatio`. */
  chiefPoints: pointsSchema.optional(),
};

export const perOccurrenceClauseSchema = z.strictObject({
  kind: z.literal('per-occurrence'),
  ...deducting,
});

export const flatClauseSchema = z.strictObject({
  kind: z.literal('flat'),
  ...deducting,
});

export const thresholdClauseSchema = z.strictObject({
  kind: z.literal('threshold'),
  ...deducting,
  /** The month's count at which `points` are deducted, once. */
  threshold: z.int().min(1).max(Number.MAX_SAFE_INTEGER),
});

export const quotaClauseSchema = z.strictObject({
  kind: z.literal('quota'),
  ...deducting,
  /** Occurrences required each month. */
  required: z.int().min(1).max(1_000_000),
  /**
   * `per-missing`: `points` for each missing occurrence ("缺1次扣1分");
   * `below`: `points` once when the count is below `required` ("少于一次的扣3分").
   */
  mode: z.enum(['per-missing', 'below']),
});

export const externalClauseSchema = z.strictObject({
  kind: z.literal('external'),
  ...clauseBase,
  /** The chief representative's share of each amount; defaults to the rubric's `chiefRatio`. */
  chiefRatio: pointsSchema.optional(),
});

export const vetoClauseSchema = z.strictObject({
  kind: z.literal('veto'),
  ...clauseBase,
  /** What the veto zeroes: the whole window's month (default) or one section. */
  scope: z
    .union([z.literal('window'), z.strictObject({ section: idSchema })])
    .optional(),
});

export const bonusClauseSchema = z.strictObject({
  kind: z.literal('bonus'),
  ...clauseBase,
  /** Points added per occurrence. */
  points: pointsSchema,
  /** The most this clause adds in a month. */
  cap: pointsSchema.optional(),
});

export const inputClauseSchema = z.strictObject({
  kind: z.literal('input'),
  ...clauseBase,
  /** Points at full marks: the category gets `value / outOf x points`. */
  points: pointsSchema,
  /** The scale of the value fed in (100 for a 100-point score). */
  outOf: pointsSchema.refine((v) => v !== '0', { error: 'must be greater than 0' }),
});

/**
 * One scoring sentence of a rubric; `kind` decides how its entries count.
 * @example
 * clauseSchema.parse({ kind: 'flat', id: 'u3.1', text: '未实行首席代表制的扣3分', points: 3 }).points // '3'
 */
export const clauseSchema = z.discriminatedUnion('kind', [
  perOccurrenceClauseSchema,
  flatClauseSchema,
  thresholdClauseSchema,
  quotaClauseSchema,
  externalClauseSchema,
  vetoClauseSchema,
  bonusClauseSchema,
  inputClauseSchema,
]);

/**
 * A capped group of clauses (考核项目), e.g. 服务能力 (30分).
 * @example
 * categorySchema.parse({ id: '4', title: '服务能力', max: 30, clauses: [] }).max // '30'
 */
export const categorySchema = z.strictObject({
  id: idSchema,
  title: textSchema,
  /** The category's full marks; deductions stop at 0 (扣完为止). */
  max: pointsSchema,
  /** The section this category belongs to; required when the rubric has sections. */
  section: idSchema.optional(),
  clauses: z.array(clauseSchema),
});

/**
 * A part of the rubric made of categories, e.g. 工作窗口 (50分) / 窗口单位 (50分).
 * @example
 * sectionSchema.parse({ id: 'work', title: '工作窗口', max: 50 }) // { id: 'work', title: '工作窗口', max: '50' }
 */
export const sectionSchema = z.strictObject({
  id: idSchema,
  title: textSchema,
  max: pointsSchema,
});

export const sourceSchema = z.strictObject({
  /** The document's title as published. */
  document: textSchema,
  /** Its file or address, where known. */
  file: textSchema.optional(),
  /** True when the published copy stops before the document ends. */
  truncated: z.boolean().optional(),
  /** Where it stops, what is missing, which scanning slips were corrected. */
  notes: z.array(textSchema).optional(),
});

const rubricObject = z.strictObject({
  /** A JSON Schema reference, ignored by the library. */
  $schema: z.string().optional(),
  id: idSchema,
  version: idSchema,
  title: textSchema,
  total: pointsSchema,
  effectiveFrom: calendarDateSchema,
  effectiveTo: calendarDateSchema.optional(),
  source: sourceSchema,
  /** The chief representative's share of each deduction (首席代表扣一半: 0.5). */
  chiefRatio: pointsSchema.default('0.5'),
  sections: z.array(sectionSchema).optional(),
  categories: z.array(categorySchema).min(1),
  /** Selection rules the source states (monthly count, annual weights and share, stars). */
  selection: selectionSchema.optional(),
  /** Grade bands and ranking prizes the source states. */
  outcomes: outcomesSchema.optional(),
});

/**
 * The rubric format: the zod schema, with the cross-reference checks (unique ids, known
 * sections). Prefer `parseRubric`, which turns zod's issues into the library's codes.
 * @example
 * rubricSchema.safeParse(json).success // true or false
 */
export const rubricSchema = rubricObject.superRefine((r, ctx) => {
  const issue = (code: string, message: string, path: (string | number)[]) =>
    ctx.addIssue({ code: 'custom', message, path, params: { code } });

  if (r.effectiveTo !== undefined && r.effectiveTo < r.effectiveFrom) {
    issue('date-order', `effectiveTo ${r.effectiveTo} is before effectiveFrom ${r.effectiveFrom}`, ['effectiveTo']);
  }
  if (new D(r.chiefRatio).greaterThan(1)) {
    issue('too-big', 'chiefRatio must be between 0 and 1', ['chiefRatio']);
  }
  const annual = r.selection?.annual;
  if (annual !== undefined && !new D(annual.monthlyWeight).plus(annual.surveyWeight).equals(1)) {
    issue('invalid-value', 'monthlyWeight + surveyWeight must be 1', ['selection', 'annual']);
  }
  const stars = r.selection?.stars;
  if (stars !== undefined && stars.min > stars.max) issue('invalid-value', 'stars.min is above stars.max', ['selection', 'stars']);
  const bandIds = new Set<string>();
  r.outcomes?.bands?.forEach((b, i) => {
    if (bandIds.has(b.id)) issue('duplicate-id', `band id "${b.id}" is used twice`, ['outcomes', 'bands', i, 'id']);
    bandIds.add(b.id);
  });
  const sectionIds = new Set<string>();
  r.sections?.forEach((s, i) => {
    if (sectionIds.has(s.id)) issue('duplicate-id', `section id "${s.id}" is used twice`, ['sections', i, 'id']);
    sectionIds.add(s.id);
  });
  const categoryIds = new Set<string>();
  const clauseIds = new Set<string>();
  r.categories.forEach((c, ci) => {
    if (categoryIds.has(c.id)) issue('duplicate-id', `category id "${c.id}" is used twice`, ['categories', ci, 'id']);
    categoryIds.add(c.id);
    if (r.sections !== undefined) {
      if (c.section === undefined) {
        issue('unknown-section', 'the rubric has sections, so every category must name one', ['categories', ci, 'section']);
      } else if (!sectionIds.has(c.section)) {
        issue('unknown-section', `section "${c.section}" is not in sections`, ['categories', ci, 'section']);
      }
    } else if (c.section !== undefined) {
      issue('unknown-section', `section "${c.section}" is named but the rubric has no sections`, ['categories', ci, 'section']);
    }
    const inputs = c.clauses.filter((k) => k.kind === 'input').length;
    if (inputs > 0 && inputs < c.clauses.length) {
      issue('mixed-input-category', 'a category with input clauses may hold only input clauses', ['categories', ci, 'clauses']);
    }
    c.clauses.forEach((k, ki) => {
      const at = ['categories', ci, 'clauses', ki];
      if (clauseIds.has(k.id)) issue('duplicate-id', `clause id "${k.id}" is used twice`, [...at, 'id']);
      clauseIds.add(k.id);
      if (k.kind === 'veto' && typeof k.scope === 'object' && !sectionIds.has(k.scope.section)) {
        issue('unknown-section', `veto scope names section "${k.scope.section}", which is not in sections`, [...at, 'scope', 'section']);
      }
      if (k.kind === 'external' && k.chiefRatio !== undefined && new D(k.chiefRatio).greaterThan(1)) {
        issue('too-big', 'chiefRatio must be between 0 and 1', [...at, 'chiefRatio']);
      }
    });
  });
});

/** A rubric as `parseRubric` returns it: decimals as canonical strings, defaults filled in. */
export type Rubric = z.output<typeof rubricSchema>;
/** A rubric as written in JSON, before parsing (numbers or decimal strings for points). */
export type RubricInput = z.input<typeof rubricSchema>;
export type Category = Rubric['categories'][number];
export type Section = NonNullable<Rubric['sections']>[number];
export type Clause = Category['clauses'][number];
export type ClauseKind = Clause['kind'];
export type PerOccurrenceClause = z.output<typeof perOccurrenceClauseSchema>;
export type FlatClause = z.output<typeof flatClauseSchema>;
export type ThresholdClause = z.output<typeof thresholdClauseSchema>;
export type QuotaClause = z.output<typeof quotaClauseSchema>;
export type ExternalClause = z.output<typeof externalClauseSchema>;
export type VetoClause = z.output<typeof vetoClauseSchema>;
export type BonusClause = z.output<typeof bonusClauseSchema>;
export type InputClause = z.output<typeof inputClauseSchema>;
