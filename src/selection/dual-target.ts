import { canonical, readDecimal } from '../decimal/decimal.js';
import { InvalidOptionsError, shown } from '../errors/errors.js';

/**
 * How far a county department moved its approval functions into the centre (双目标):
 * - `full`: 应进尽进中心 — scored as earned;
 * - `partial`: 有窗口, 职能没有完全纳入 — 得总分的二分之一;
 * - `advice-only`: 有窗口, 只能提供咨询服务 — 得总分的四分之一;
 * - `missing-window`: 应在中心设窗口而未设置 — 不得分;
 * - `no-approval-functions`: 没有行政审批职能或审批服务职能少且不面对公众 — 依照政府综合意见评分.
 */
export type DualTargetStatus = 'full' | 'partial' | 'advice-only' | 'missing-window' | 'no-approval-functions';

/** A 双目标 score, or the statement that none is computed. */
export type DualTargetResult =
  | { readonly status: Exclude<DualTargetStatus, 'no-approval-functions'>; readonly factor: string; readonly score: string; readonly rule: string }
  | { readonly status: 'no-approval-functions'; readonly factor: null; readonly score: null; readonly rule: string };

const RULES: Record<DualTargetStatus, { factor: string | null; rule: string }> = {
  full: { factor: '1', rule: '行政审批服务职能应进尽进中心,在中心窗口为办事者受理办件的县直部门据实评分。' },
  partial: { factor: '0.5', rule: '在行政服务中心设置有窗口,能纳入中心的职能没有完全纳入中心受理办理的县直部门,年终政府“双目标”责任制考核时该单位得总分的二分之一。' },
  'advice-only': { factor: '0.25', rule: '在行政服务中心设置有窗口,但未将任何审批服务职能纳入中心受理办理、只能提供咨询服务的县直部门,年终政府“双目标”责任制考核时该单位得总分的四分之一。' },
  'missing-window': { factor: '0', rule: '具有行政审批职能,政府明确应在中心设窗口而未在设置窗口的县直部门,年终政府“双目标”责任制考核时不得分。' },
  'no-approval-functions': { factor: null, rule: '没有行政审批职能或审批服务职能少且不面对公众的县直部门,在年终政府“双目标”责任制考核时,依照政府综合意见评分。' },
};

/**
 * The 双目标 score of a department from its earned total and its status, quoting the
 * scheme's rule (000 三). A department with no approval functions gets no computed score:
 * the government's overall opinion decides, and the result says so.
 *
 * @example
 * dualTargetScore('88', 'partial') // { status: 'partial', factor: '0.5', score: '44', rule: '…得总分的二分之一。' }
 * dualTargetScore('88', 'no-approval-functions').score // null (依照政府综合意见评分)
 */
export function dualTargetScore(total: number | string, status: DualTargetStatus): DualTargetResult {
  const r = RULES[status];
  if (r === undefined) throw new InvalidOptionsError(`unknown status ${shown(status)}`, ['status']);
  if (r.factor === null) return { status: 'no-approval-functions', factor: null, score: null, rule: r.rule };
  const t = readDecimal(total);
  if (t === undefined || t.isNegative()) throw new InvalidOptionsError(`total must be a non-negative decimal, got ${String(total)}`, ['total']);
  return { status: status as Exclude<DualTargetStatus, 'no-approval-functions'>, factor: r.factor, score: canonical(t.times(r.factor)), rule: r.rule };
}
