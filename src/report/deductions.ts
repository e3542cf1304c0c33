import type { Rubric } from '../rubric/schema.js';
import type { TraceItem, WindowCard } from '../scoring/types.js';
import type { Escape } from './escape.js';

/**
 * One clause that cost a window points this month, with the clause's words.
 * @example
 * const row: DeductionRow = deductionRows(card, clauseIndex(rubric))[0]!;
 * row.clauseText // '不挂牌、不按规定着行业装、外着背心或超短装、拖鞋上岗发现一人次扣2分'
 */
export interface DeductionRow
  extends Pick<
    TraceItem,
    'clauseId' | 'categoryId' | 'kind' | 'count' | 'missing' | 'amount' | 'points' | 'applied' | 'capped' | 'chiefPoints' | 'chiefApplied' | 'chiefCapped' | 'entryIds'
  > {
  readonly windowId: string;
  /** The category's title (考核项目), or its id when the rubric does not know it. */
  readonly categoryTitle: string;
  /** The clause text, verbatim from the rubric. */
  readonly clauseText: string;
  /** What one occurrence is counted in (人次, 件次 …); default 次. */
  readonly unit: string;
  /** Occurrences counted here from overflow clauses (一律视为旷工). */
  readonly convertedFrom: readonly { readonly clauseId: string; readonly count: string }[];
}

/**
 * Clause and category of every clause id of a rubric.
 * @example
 * const index: ClauseIndex = clauseIndex(rubric);
 */
export type ClauseIndex = ReadonlyMap<string, { readonly text: string; readonly unit: string; readonly categoryTitle: string }>;

/**
 * Indexes a rubric's clauses by id, with their category's title.
 *
 * @example
 * clauseIndex(loadRubric('red-flag-window')).get('w1.1')?.categoryTitle // '工作窗口'
 */
export function clauseIndex(rubric: Rubric): ClauseIndex {
  return new Map(rubric.categories.flatMap((c) => c.clauses.map((k) => [k.id, { text: k.text, unit: k.unit ?? '次', categoryTitle: c.title }] as const)));
}

/**
 * The clauses that deducted points from a card, in rubric order: every trace item whose
 * effect is a deduction of more than 0 before the cap (one cut to 0 by 扣完为止 is kept,
 * with the cap shown).
 *
 * @example
 * deductionRows(card, clauseIndex(rubric))
 * // [{ windowId: 'W02', categoryTitle: '工作窗口', clauseId: 'w1.1', clauseText: '不挂牌、…扣2分', count: '1', applied: '2', entryIds: ['e1'], … }]
 */
export function deductionRows(card: WindowCard, clauses: ClauseIndex): DeductionRow[] {
  return card.trace.flatMap((t) => {
    if (t.effect !== 'deduct' || t.points === '0') return [];
    const clause = clauses.get(t.clauseId);
    return [{
      windowId: card.windowId,
      categoryId: t.categoryId,
      categoryTitle: clause?.categoryTitle ?? t.categoryId,
      clauseId: t.clauseId,
      clauseText: clause?.text ?? t.clauseId,
      unit: clause?.unit ?? '次',
      kind: t.kind,
      count: t.count,
      ...(t.missing === undefined ? {} : { missing: t.missing }),
      ...(t.amount === undefined ? {} : { amount: t.amount }),
      points: t.points,
      applied: t.applied,
      capped: t.capped,
      chiefPoints: t.chiefPoints,
      chiefApplied: t.chiefApplied,
      chiefCapped: t.chiefCapped,
      entryIds: t.entryIds,
      convertedFrom: t.convertedFrom ?? [],
    }];
  });
}

const neg = (p: string) => (p === '0' ? '0' : `-${p}`);

/**
 * One deduction as a line of the bulletin, worded as `explain()` words it: the category,
 * the points, the clause text quoted, the count, the chief representative's share, the
 * cap, and the clause and entry ids. `esc` escapes every piece of data for the output format.
 *
 * @example
 * deductionLine(row, (s) => s)
 * // '工作窗口 -4: 不挂牌、不按规定着行业装、外着背心或超短装、拖鞋上岗发现一人次扣2分 x2人次 [条款 w1.1; 条目 e1]'
 */
export function deductionLine(row: DeductionRow, esc: Escape): string {
  const unit = esc(row.unit);
  const ids = ` [条款 ${esc(row.clauseId)}${row.entryIds.length > 0 ? `; 条目 ${row.entryIds.map(esc).join(', ')}` : ''}]`;
  const chief = row.chiefApplied !== '0' ? ` (首席代表 -${row.chiefApplied}${row.chiefCapped ? `, 封顶前 -${row.chiefPoints}` : ''})` : '';
  const cut = row.capped ? ` (扣完为止: 应扣 ${row.points}, 实扣 ${row.applied})` : '';
  const head = `${esc(row.categoryTitle)} ${neg(row.applied)}: ${esc(row.clauseText)}`;
  if (row.kind === 'quota') return `${head} 缺${row.missing ?? '0'}${unit} (本月记录 ${row.count})${chief}${cut}${ids}`;
  if (row.kind === 'external') return `${head} (外部扣分合计 ${row.amount ?? '0'})${chief}${cut}${ids}`;
  const times = row.kind === 'per-occurrence' ? ` x${row.count}${unit}` : '';
  const from = row.convertedFrom.map((f) => ` (含条款 ${esc(f.clauseId)} 超出部分 ${f.count}${unit})`).join('');
  return `${head}${times}${from}${chief}${cut}${ids}`;
}
