import type { MonthlySelection } from '../selection/monthly.js';

/**
 * A month's selection that names nearly every window: at least 80% of the windows ranked
 * that month (every window with a score, a vetoed one at 0 included; windows whose score
 * is unknown are not ranked). Worked out in whole numbers (`named x 5 >= ranked x 4`), so
 * 16 of 20 is nearly every window and 15 of 20 is not.
 *
 * @example
 * nearlyAllNamed({ selected: Array(18).fill('W'), ranking: Array(20).fill({}) }) // { named: 18, of: 20 }
 * nearlyAllNamed({ selected: Array(15).fill('W'), ranking: Array(20).fill({}) }) // undefined
 */
export function nearlyAllNamed(selection: Pick<MonthlySelection, 'selected' | 'ranking'>): { readonly named: number; readonly of: number } | undefined {
  const named = selection.selected.length;
  const of = selection.ranking.length;
  return named > 0 && named * 5 >= of * 4 ? { named, of } : undefined;
}

/** The sentence a bulletin prints when the month's selection names nearly every window. */
export function nearlyAllNote(n: { readonly named: number; readonly of: number }, count: number): string {
  const who = n.named === n.of ? `全部 ${n.of} 个参加排名的窗口均被评为红旗窗口` : `参加排名的 ${n.of} 个窗口中 ${n.named} 个被评为红旗窗口 (不少于八成)`;
  return `注意: 本月${who}, ${n.named === n.of ? '评选未作区分' : '几乎没有区分'}; 评选个数为 ${count} 个, 请核对该个数是否适合本中心的窗口数。`;
}

/** What a bulletin says when no red-flag windows were chosen: the rubric sets no count, and how to give one. */
export const NO_SELECTION_NOTE =
  '本评分标准未规定每月红旗窗口个数, 本月未评选红旗窗口。如需评选, 请指定个数 (命令行 --count N; 程序中 selectMonthly 的 count)。';
