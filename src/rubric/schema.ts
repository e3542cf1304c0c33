import { z } from 'zod';
import { D } from '../decimal/decimal.js';
import { calendarDateSchema, clauseSchema, idSchema, pointsSchema, textSchema } from './clause-schema.js';
import { flagSchema, outcomesSchema, rateSchema, selectionSchema } from './settings-schema.js';

/**
 * A capped group of clauses (考核项目), e.g. 服务能力 (30分).
 * @example
 * categorySchema.parse({ id: '4', title: '服务能力', max: 30, clauses: [] }).max // '30'
 */
export const categorySchema = z.strictObject({
  id: idSchema,
  title: textSchema,
  /**
   * The category's full marks; deductions stop at 0 (扣完为止). Without `max` the category
   * is a tally: its deductions are summed uncapped (for a score kept elsewhere, such as a
   * unit's 政务公开 assessment) and it adds nothing to the card's score.
   */
  max: pointsSchema.optional(),
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
  /**
   * Who a card scores: a window (default), or a person at a window (attendance rules),
   * in which case every entry must carry `personId`.
   */
  subject: z.enum(['window', 'person']).default('window'),
  /** The chief representative's share of each deduction (首席代表扣一半: 0.5). */
  chiefRatio: pointsSchema.default('0.5'),
  sections: z.array(sectionSchema).optional(),
  /**
   * True for a template whose categories a county fills in (the source gives only the
   * outcome rules): it validates with no categories, and cannot be scored as it is.
   */
  template: z.boolean().optional(),
  categories: z.array(categorySchema),
  /** Selection rules the source states (monthly count, annual weights and share, stars). */
  selection: selectionSchema.optional(),
  /** Grade bands, ranking prizes and money rules the source states. */
  outcomes: outcomesSchema.optional(),
  /** Rates shown on each card (评价率 = rated / handled). */
  rates: z.array(rateSchema).optional(),
  /** Conditions raised on a card when counts reach a bound (退回原单位). */
  flags: z.array(flagSchema).optional(),
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
  if (r.categories.length === 0 && r.template !== true) {
    issue('too-small', 'a rubric needs at least one category (only a template may have none)', ['categories']);
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
    if (inputs > 0 && c.max === undefined) {
      issue('mixed-input-category', 'a category with input clauses needs a max', ['categories', ci, 'max']);
    }
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
  const kinds = new Map(r.categories.flatMap((c) => c.clauses.map((k) => [k.id, k.kind] as const)));
  r.categories.forEach((c, ci) =>
    c.clauses.forEach((k, ki) => {
      if (k.kind !== 'overflow') return;
      const target = kinds.get(k.countsAs);
      if (target !== 'per-occurrence' && target !== 'flat' && target !== 'threshold') {
        issue('unknown-clause', `countsAs "${k.countsAs}" must name a per-occurrence, flat or threshold clause of this rubric`, ['categories', ci, 'clauses', ki, 'countsAs']);
      }
    }),
  );
  r.rates?.forEach((rate, i) =>
    (['numerator', 'denominator'] as const).forEach((side) =>
      rate[side].forEach((id, j) => {
        if (!kinds.has(id)) issue('unknown-clause', `rate "${rate.id}" names clause "${id}", which is not in the rubric`, ['rates', i, side, j]);
      }),
    ),
  );
  r.flags?.forEach((flag, i) => {
    if ((flag.atLeast === undefined) === (flag.moreThan === undefined)) {
      issue('invalid-value', `flag "${flag.id}" needs exactly one of atLeast and moreThan`, ['flags', i]);
    }
    flag.clauses.forEach((c, j) => {
      if (!kinds.has(c.id)) issue('unknown-clause', `flag "${flag.id}" names clause "${c.id}", which is not in the rubric`, ['flags', i, 'clauses', j, 'id']);
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
export type {
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
} from './clause-schema.js';
