import type { ShareRounding } from '../rubric/settings-schema.js';
import type { AnnualRow } from '../selection/annual.js';
import type { MonthlyExclusionReason } from '../selection/monthly.js';
import type { ServiceStarSelection } from '../selection/stars.js';
import type { TieBreakRule } from '../selection/tie-break.js';

/**
 * Why a window was not named this month, in Chinese.
 *
 * @example
 * exclusionLabel('vetoed') // '本月不得分'
 */
export function exclusionLabel(reason: MonthlyExclusionReason | 'disqualified' | 'incomplete' | 'excluded'): string {
  switch (reason) {
    case 'vetoed': return '本月不得分';
    case 'incomplete': return '成绩未定';
    case 'disqualified': return '取消本年度各项评先选优资格';
    case 'excluded': return '不参评';
  }
}

/**
 * Why a window has no annual composite, in Chinese.
 *
 * @example
 * incompleteLabel('no-survey') // '缺少民主测评得分'
 */
export function incompleteLabel(reason: NonNullable<AnnualRow['incomplete']>): string {
  switch (reason) {
    case 'no-survey': return '缺少民主测评得分';
    case 'invalid-survey': return '民主测评得分无效';
    case 'no-scored-months': return '全年无计分月份';
  }
}

/**
 * A tie-break rule, in Chinese.
 *
 * @example
 * tieRuleLabel({ by: 'fewer-entries' }) // '扣分条目少者优先'
 */
export function tieRuleLabel(rule: TieBreakRule): string {
  switch (rule.by) {
    case 'fewer-entries': return '扣分条目少者优先';
    case 'section': return `部分 ${rule.id} 得分高者优先`;
    case 'category': return `项目 ${rule.id} 得分高者优先`;
    case 'monthly-score': return '月评均分高者优先';
    case 'survey': return '民主测评得分高者优先';
    case 'window-id': return '按窗口编号顺序';
    case 'order': return '按指定顺序 (如抽签结果)';
  }
}

/**
 * How a share becomes a count, in Chinese.
 *
 * @example
 * roundingLabel('floor') // '向下取整'
 */
export function roundingLabel(rounding: ShareRounding): string {
  switch (rounding) {
    case 'floor': return '向下取整';
    case 'ceil': return '向上取整';
    case 'round': return '四舍五入';
  }
}

/**
 * Why a service-star vote could not count, in Chinese.
 *
 * @example
 * ignoredVoteLabel('not-on-a-red-flag-window') // '不是年度红旗窗口的工作人员'
 */
export function ignoredVoteLabel(reason: ServiceStarSelection['ignoredVotes'][number]['reason']): string {
  return reason === 'not-on-staff-list' ? '不在工作人员名单中' : '不是年度红旗窗口的工作人员';
}
