import { z } from 'zod';
import { canonical, DECIMAL_TEXT, D } from '../decimal/decimal.js';

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

export const idSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^\S(?:.*\S)?$/u, { error: 'must not start or end with white space' })
  .refine((s) => s.normalize('NFC') === s, { error: 'must be in Unicode NFC form' });

export const textSchema = z.string().min(1);

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
  /** Why `chiefPoints` is not `points x chiefRatio`, where the source says so (the linter asks). */
  chiefException: textSchema.optional(),
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

/** `record`: counted and traced, worth no points (leave requests, sick-leave days, rated cases). */
export const recordClauseSchema = z.strictObject({
  kind: z.literal('record'),
  ...clauseBase,
});

/**
 * `overflow`: occurrences allowed up to `allowance` a month; each one beyond it counts as an
 * occurrence of `countsAs` ("凡请假次数月累计超过5次的,一律视为旷工").
 */
export const overflowClauseSchema = z.strictObject({
  kind: z.literal('overflow'),
  ...clauseBase,
  /** Occurrences allowed each month ("每人每月累计不能超过5次"). */
  allowance: z.int().min(0).max(1_000_000),
  /** The clause each occurrence beyond the allowance counts as ("一律视为旷工"). */
  countsAs: idSchema,
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
  recordClauseSchema,
  overflowClauseSchema,
]);


export type PerOccurrenceClause = z.output<typeof perOccurrenceClauseSchema>;
export type FlatClause = z.output<typeof flatClauseSchema>;
export type ThresholdClause = z.output<typeof thresholdClauseSchema>;
export type QuotaClause = z.output<typeof quotaClauseSchema>;
export type ExternalClause = z.output<typeof externalClauseSchema>;
export type VetoClause = z.output<typeof vetoClauseSchema>;
export type BonusClause = z.output<typeof bonusClauseSchema>;
export type InputClause = z.output<typeof inputClauseSchema>;
export type RecordClause = z.output<typeof recordClauseSchema>;
export type OverflowClause = z.output<typeof overflowClauseSchema>;
