import type { Rubric } from '../rubric/schema.js';
import type { WindowCard } from '../scoring/types.js';
import type { ClauseIndex } from './deductions.js';
import type { Escape } from './escape.js';

/**
 * A veto that zeroed a window's month (本月不得分), or a section of it.
 * @example
 * const row: VetoRow = { windowId: 'W04', clauseId: 'w6.6', clauseText: '吃、拿、卡、要、报的', entryIds: ['e4'], scoreBeforeVeto: '97' };
 */
export interface VetoRow {
  readonly windowId: string;
  readonly clauseId: string;
  readonly clauseText: string;
  /** The section's title for a section veto; undefined for the whole window. */
  readonly section?: string;
  readonly entryIds: readonly string[];
  /** What the month would have been. */
  readonly scoreBeforeVeto: string | null;
}

/**
 * A finding that bars a window from the year's awards (取消本年度各项评先选优资格).
 * @example
 * const row: DisqualifyRow = { windowId: 'W05', clauseId: 'w2.4', clauseText: '刁难、歧视服务对象发现一人次扣5分', entryIds: ['e5'] };
 */
export interface DisqualifyRow {
  readonly windowId: string;
  readonly clauseId: string;
  readonly clauseText: string;
  readonly entryIds: readonly string[];
}

/**
 * The vetoes of a card, with the clause text.
 *
 * @example
 * vetoRows(card, clauseIndex(rubric), rubric)
 * // [{ windowId: 'W05', clauseId: 'w6.6', clauseText: '吃、拿、卡、要、报的', entryIds: ['e7'], scoreBeforeVeto: '96' }]
 */
export function vetoRows(card: WindowCard, clauses: ClauseIndex, rubric: Rubric): VetoRow[] {
  return card.vetoedBy.map((v) => {
    const section = typeof v.scope === 'object' ? v.scope.section : undefined;
    const title = section === undefined ? undefined : (rubric.sections?.find((s) => s.id === section)?.title ?? section);
    return {
      windowId: card.windowId,
      clauseId: v.clauseId,
      clauseText: clauses.get(v.clauseId)?.text ?? v.clauseId,
      ...(title === undefined ? {} : { section: title }),
      entryIds: v.entryIds,
      scoreBeforeVeto: card.scoreBeforeVeto,
    };
  });
}

/**
 * The disqualifying findings of a card, with the clause text.
 *
 * @example
 * disqualifyRows(card, clauseIndex(rubric))
 * // [{ windowId: 'W06', clauseId: 'w2.4', clauseText: '刁难、歧视服务对象发现一人次扣5分', entryIds: ['e8'] }]
 */
export function disqualifyRows(card: WindowCard, clauses: ClauseIndex): DisqualifyRow[] {
  return card.disqualifiedBy.map((d) => ({
    windowId: card.windowId,
    clauseId: d.clauseId,
    clauseText: clauses.get(d.clauseId)?.text ?? d.clauseId,
    entryIds: d.entryIds,
  }));
}

const ids = (clauseId: string, entryIds: readonly string[], esc: Escape) =>
  `[条款 ${esc(clauseId)}${entryIds.length > 0 ? `; 条目 ${entryIds.map(esc).join(', ')}` : ''}]`;

/**
 * A veto as a line of the bulletin.
 *
 * @example
 * vetoLine(row, (s) => s) // 'W05 本月不得分 (否决前 96): 吃、拿、卡、要、报的 [条款 w6.6; 条目 e7]'
 */
export function vetoLine(row: VetoRow, esc: Escape): string {
  const what = row.section === undefined ? '本月不得分' : `本月${esc(row.section)}不得分`;
  return `${esc(row.windowId)} ${what} (否决前 ${row.scoreBeforeVeto ?? '未定'}): ${esc(row.clauseText)} ${ids(row.clauseId, row.entryIds, esc)}`;
}

/**
 * A disqualifying finding as a line of the bulletin.
 *
 * @example
 * disqualifyLine(row, (s) => s) // 'W06 取消本年度各项评先选优资格: 刁难、歧视服务对象发现一人次扣5分 [条款 w2.4; 条目 e8]'
 */
export function disqualifyLine(row: DisqualifyRow, esc: Escape): string {
  return `${esc(row.windowId)} 取消本年度各项评先选优资格: ${esc(row.clauseText)} ${ids(row.clauseId, row.entryIds, esc)}`;
}
