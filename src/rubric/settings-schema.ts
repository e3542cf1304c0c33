import { z } from 'zod';
import { canonical, D, DECIMAL_TEXT } from '../decimal/decimal.js';

/** A decimal that may be negative (yuan amounts: a deduction is negative). */
export const signedDecimalSchema = z
  .union([z.number().finite(), z.string().max(200).regex(DECIMAL_TEXT)], {
    error: 'expected a decimal: a JSON number or a string such as "-100"',
  })
  .transform((v) => canonical(new D(v)));

const ratioSchema = z
  .union([z.number().finite().min(0).max(1), z.string().max(200).regex(DECIMAL_TEXT)], {
    error: 'expected a decimal from 0 to 1, e.g. 0.6',
  })
  .transform((v, ctx) => {
    const d = new D(v);
    if (d.isNegative() || d.greaterThan(1)) {
      ctx.addIssue({ code: 'custom', message: 'must be from 0 to 1', params: { code: 'too-big' } });
      return z.NEVER;
    }
    return canonical(d);
  });

const label = z.string().min(1);
const slug = z.string().min(1).max(200);

/** How a share of a population becomes a whole count: 50% of 41 windows is 20 (floor) or 21 (ceil / round). */
export const shareRoundingSchema = z.enum(['floor', 'ceil', 'round']);

/**
 * What the rubric's own document says about selection: how many red-flag windows a month,
 * how the annual composite is weighted and what share of windows it names, how many
 * service stars a year. The selection calculators read these; every one can be overridden.
 */
export const selectionSchema = z.strictObject({
  /** 每月评选18个红旗窗口. */
  monthly: z.strictObject({ count: z.int().min(1).max(100_000) }).optional(),
  /** 月评实际得分占60%, 民主测评得分占40%, 按窗口总数的50%确定为年度红旗窗口. */
  annual: z
    .strictObject({
      monthlyWeight: ratioSchema,
      surveyWeight: ratioSchema,
      share: ratioSchema,
      rounding: shareRoundingSchema.optional(),
    })
    .optional(),
  /** 服务明星每年评选一次, 每次4-6人. */
  stars: z.strictObject({ min: z.int().min(0), max: z.int().min(1) }).optional(),
  /** The source's own words for these rules, verbatim. */
  text: z.array(label).optional(),
});

/** A grade band: scores from `min` (inclusive) up to the next band's `min` get `label`. */
export const bandSchema = z.strictObject({
  id: slug,
  label,
  min: signedDecimalSchema,
  /** Money per person of the unit, in yuan: positive is a reward, negative a deduction. */
  yuanPerPerson: signedDecimalSchema.optional(),
  text: label.optional(),
});

/** A prize for the top `top` ranks (competition ranks, so ties share a prize). */
export const prizeSchema = z.strictObject({
  id: slug,
  label,
  top: z.int().min(1),
  yuanPerPerson: signedDecimalSchema.optional(),
  text: label.optional(),
});

/** Money for each point below a mark ("凡年度考勤分未达到90分的,每少一分,扣年终目标管理奖100元"). */
export const shortfallSchema = z.strictObject({
  below: signedDecimalSchema,
  /** Yuan per point short: negative for a deduction. */
  yuanPerPoint: signedDecimalSchema,
  text: label.optional(),
});

/** Outcomes of a score: grade bands (合格 / 不合格), ranking prizes (前三名为优胜单位), money per point short. */
export const outcomesSchema = z.strictObject({
  bands: z.array(bandSchema).optional(),
  prizes: z.array(prizeSchema).optional(),
  shortfall: shortfallSchema.optional(),
});

/** A rate shown on each card: the counts of `numerator` clauses over those of `denominator` clauses. */
export const rateSchema = z.strictObject({
  id: slug,
  label,
  numerator: z.array(slug).min(1),
  denominator: z.array(slug).min(1),
  /** The rate the source asks for ("评价率要达到80%以上": 0.8). */
  target: ratioSchema.optional(),
  text: label.optional(),
});

/**
 * A condition raised on a card when the weighted count of some clauses reaches a bound
 * ("全年迟到早退累计20次以上" → late + early, atLeast 20), over the period or in any month.
 */
export const flagSchema = z.strictObject({
  id: slug,
  label,
  clauses: z.array(z.strictObject({ id: slug, weight: signedDecimalSchema.optional() })).min(1),
  atLeast: signedDecimalSchema.optional(),
  moreThan: signedDecimalSchema.optional(),
  per: z.enum(['period', 'month']).default('period'),
  text: label.optional(),
});

export type SelectionSettings = z.output<typeof selectionSchema>;
export type Outcomes = z.output<typeof outcomesSchema>;
export type Band = z.output<typeof bandSchema>;
export type Prize = z.output<typeof prizeSchema>;
export type ShareRounding = z.output<typeof shareRoundingSchema>;
export type Shortfall = z.output<typeof shortfallSchema>;
export type RateDefinition = z.output<typeof rateSchema>;
export type FlagDefinition = z.output<typeof flagSchema>;
