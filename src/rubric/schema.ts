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
  // `zh` says in Chinese what `message` says, naming the same values (the issue's messageZh).
  const issue = (code: string, message: string, path: (string | number)[], zh: string) =>
    ctx.addIssue({ code: 'custom', message, path, params: { code, zh } });

  if (r.effectiveTo !== undefined && r.effectiveTo < r.effectiveFrom) {
    issue('date-order', `effectiveTo ${r.effectiveTo} is before effectiveFrom ${r.effectiveFrom}`, ['effectiveTo'], `失效日期 ${r.effectiveTo} 早于生效日期 ${r.effectiveFrom}`);
  }
  if (new D(r.chiefRatio).greaterThan(1)) {
    issue('too-big', `chiefRatio ${r.chiefRatio} must be between 0 and 1`, ['chiefRatio'], `首席代表比例 ${r.chiefRatio} 须在 0 到 1 之间`);
  }
  if (r.categories.length === 0 && r.template !== true) {
    issue('too-small', 'a rubric needs at least one category (only a template may have none)', ['categories'], '评分标准至少需要一个类别(只有模板可以没有)');
  }
  const annual = r.selection?.annual;
  if (annual !== undefined && !new D(annual.monthlyWeight).plus(annual.surveyWeight).equals(1)) {
    issue('invalid-value', `monthlyWeight ${annual.monthlyWeight} + surveyWeight ${annual.surveyWeight} must be 1`, ['selection', 'annual'], `月评权重 ${annual.monthlyWeight} + 民主测评权重 ${annual.surveyWeight} 须等于 1`);
  }
  const stars = r.selection?.stars;
  if (stars !== undefined && stars.min > stars.max) issue('invalid-value', `stars.min ${stars.min} is above stars.max ${stars.max}`, ['selection', 'stars'], `服务明星人数下限 ${stars.min} 大于上限 ${stars.max}`);
  const bandIds = new Set<string>();
  r.outcomes?.bands?.forEach((b, i) => {
    if (bandIds.has(b.id)) issue('duplicate-id', `band id "${b.id}" is used twice`, ['outcomes', 'bands', i, 'id'], `等次编号 "${b.id}" 重复使用`);
    bandIds.add(b.id);
  });
  const sectionIds = new Set<string>();
  r.sections?.forEach((s, i) => {
    if (sectionIds.has(s.id)) issue('duplicate-id', `section id "${s.id}" is used twice`, ['sections', i, 'id'], `部分编号 "${s.id}" 重复使用`);
    sectionIds.add(s.id);
  });
  const categoryIds = new Set<string>();
  const clauseIds = new Set<string>();
  r.categories.forEach((c, ci) => {
    if (categoryIds.has(c.id)) issue('duplicate-id', `category id "${c.id}" is used twice`, ['categories', ci, 'id'], `类别编号 "${c.id}" 重复使用`);
    categoryIds.add(c.id);
    if (r.sections !== undefined) {
      if (c.section === undefined) {
        issue('unknown-section', `the rubric has sections, so category "${c.id}" must name one`, ['categories', ci, 'section'], `评分标准分了部分,类别 "${c.id}" 须写明所属部分`);
      } else if (!sectionIds.has(c.section)) {
        issue('unknown-section', `section "${c.section}" is not in sections`, ['categories', ci, 'section'], `部分 "${c.section}" 不在 sections 中`);
      }
    } else if (c.section !== undefined) {
      issue('unknown-section', `section "${c.section}" is named but the rubric has no sections`, ['categories', ci, 'section'], `写了部分 "${c.section}",但评分标准没有 sections`);
    }
    const inputs = c.clauses.filter((k) => k.kind === 'input').length;
    if (inputs > 0 && c.max === undefined) {
      issue('mixed-input-category', `category "${c.id}" has input clauses, so it needs a max`, ['categories', ci, 'max'], `类别 "${c.id}" 含输入项,须有满分 (max)`);
    }
    if (inputs > 0 && inputs < c.clauses.length) {
      issue('mixed-input-category', `category "${c.id}" has input clauses, so it may hold only input clauses`, ['categories', ci, 'clauses'], `类别 "${c.id}" 含输入项,只能包含输入项`);
    }
    c.clauses.forEach((k, ki) => {
      const at = ['categories', ci, 'clauses', ki];
      if (clauseIds.has(k.id)) issue('duplicate-id', `clause id "${k.id}" is used twice`, [...at, 'id'], `条款编号 "${k.id}" 重复使用`);
      clauseIds.add(k.id);
      if (k.kind === 'veto' && typeof k.scope === 'object' && !sectionIds.has(k.scope.section)) {
        issue('unknown-section', `veto "${k.id}" scope names section "${k.scope.section}", which is not in sections`, [...at, 'scope', 'section'], `否决条款 "${k.id}" 的范围写的部分 "${k.scope.section}" 不在 sections 中`);
      }
      if (k.kind === 'external' && k.chiefRatio !== undefined && new D(k.chiefRatio).greaterThan(1)) {
        issue('too-big', `clause "${k.id}": chiefRatio ${k.chiefRatio} must be between 0 and 1`, [...at, 'chiefRatio'], `条款 "${k.id}" 的首席代表比例 ${k.chiefRatio} 须在 0 到 1 之间`);
      }
    });
  });
  const kinds = new Map(r.categories.flatMap((c) => c.clauses.map((k) => [k.id, k.kind] as const)));
  r.categories.forEach((c, ci) =>
    c.clauses.forEach((k, ki) => {
      if (k.kind !== 'overflow') return;
      const target = kinds.get(k.countsAs);
      if (target !== 'per-occurrence' && target !== 'flat' && target !== 'threshold') {
        issue('unknown-clause', `countsAs "${k.countsAs}" must name a per-occurrence, flat or threshold clause of this rubric`, ['categories', ci, 'clauses', ki, 'countsAs'], `countsAs "${k.countsAs}" 须为本评分标准中的按次、一次性或达次数扣分条款`);
      }
    }),
  );
  r.rates?.forEach((rate, i) =>
    (['numerator', 'denominator'] as const).forEach((side) =>
      rate[side].forEach((id, j) => {
        if (!kinds.has(id)) issue('unknown-clause', `rate "${rate.id}" names clause "${id}", which is not in the rubric`, ['rates', i, side, j], `比率 "${rate.id}" 引用的条款 "${id}" 不在评分标准中`);
      }),
    ),
  );
  r.flags?.forEach((flag, i) => {
    if ((flag.atLeast === undefined) === (flag.moreThan === undefined)) {
      issue('invalid-value', `flag "${flag.id}" needs exactly one of atLeast and moreThan`, ['flags', i], `标记 "${flag.id}" 须且只须填写 atLeast 或 moreThan 之一`);
    }
    flag.clauses.forEach((c, j) => {
      if (!kinds.has(c.id)) issue('unknown-clause', `flag "${flag.id}" names clause "${c.id}", which is not in the rubric`, ['flags', i, 'clauses', j, 'id'], `标记 "${flag.id}" 引用的条款 "${c.id}" 不在评分标准中`);
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
