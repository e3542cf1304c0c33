import { shown } from '../../errors/errors.js';
import { D, readDecimal } from '../../decimal/decimal.js';
import type { CompiledClause } from '../../rubric/compile.js';

/** An input value that could not be used. */
export interface InputProblem {
  readonly clauseId: string;
  readonly reason: 'missing' | 'invalid';
  readonly message: string;
  /** The message in Chinese, naming the same clause and value. */
  readonly messageZh: string;
}

/**
 * `input` (001's 基础分: "窗口首席代表月度考评基础分占10分"): value / outOf x points,
 * where the value comes from outside (the chief representative's own monthly score).
 */
export function inputContribution(c: CompiledClause, value: unknown): D | InputProblem {
  if (c.clause.kind !== 'input') throw new TypeError(`clause ${c.clause.id} is not an input clause`);
  const clauseId = c.clause.id;
  if (value === undefined) return { clauseId, reason: 'missing', message: `no value given for input "${clauseId}"`, messageZh: `输入条款“${clauseId}”未提供值` };
  const v = readDecimal(value);
  const outOf = new D(c.clause.outOf);
  if (v === undefined || v.isNegative() || v.greaterThan(outOf)) {
    return {
      clauseId,
      reason: 'invalid',
      message: `input "${clauseId}" must be a decimal from 0 to ${c.clause.outOf}, got ${shown(value)}`,
      messageZh: `输入条款“${clauseId}”的值应为 0 至 ${c.clause.outOf} 的数, 实为 ${shown(value)}`,
    };
  }
  return v.times(c.points).dividedBy(outOf);
}
