import { InvalidOptionsError } from '../errors/errors.js';
import type { RejectionCode } from '../ledger/entry.js';
import type { LedgerCounts } from '../ledger/tally.js';
import { clauseIndex, deductionRows, type DeductionRow } from './deductions.js';
import type { Escape } from './escape.js';
import { dateLabel, monthLabel } from './format.js';
import { tieRuleLabel } from './labels.js';
import { disqualifyRows, vetoRows, type DisqualifyRow, type VetoRow } from './outcomes.js';
import { nearlyAllNamed, nearlyAllNote, NO_SELECTION_NOTE } from './red-flag.js';
import { rank } from '../selection/rank.js';
import type { MonthlySelection } from '../selection/monthly.js';
import type { MonthlyBulletinInput } from './types.js';

/**
 * A place in the month's ranking, with what the bulletin says about the window.
 * @example
 * monthlyBulletinModel(input).ranking[0] // { rank: 1, tied: false, windowId: 'W01', score: '100', redFlag: true, vetoed: false, … }
 */
export interface RankingRow {
  readonly rank: number;
  readonly tied: boolean;
  readonly windowId: string;
  readonly score: string;
  readonly chiefDeduction: string;
  readonly redFlag: boolean;
  /** A whole-window veto zeroed the month (本月不得分). */
  readonly vetoed: boolean;
  /** Titles of sections a section veto zeroed. */
  readonly vetoedSections: readonly string[];
  readonly disqualified: boolean;
  /** The caller's reason for not naming the window (`selectMonthly`'s `exclude`). */
  readonly excludedFor?: string;
  readonly scoreBeforeVeto: string | null;
}

/**
 * A rejected ledger entry, for the appendix.
 * @example
 * const row: RejectedRow = { index: 5, line: 7, id: 'bad1', code: 'unknown-clause', messageZh: '条款 (clauseId): …' };
 */
export interface RejectedRow {
  readonly index: number;
  readonly line?: number;
  readonly id?: string;
  readonly code: RejectionCode;
  readonly messageZh: string;
}

/**
 * Everything a monthly bulletin prints, format-neutral: Markdown, HTML and the workbook render this.
 * @example
 * const m: MonthlyBulletinModel = monthlyBulletinModel(input);
 * m.cutoffRank // 18
 */
export interface MonthlyBulletinModel {
  /** `{centre} {YYYY年M月} 窗口考评通报`. */
  readonly title: string;
  readonly centre: string;
  readonly month: string;
  readonly rubric: { readonly title: string; readonly id: string; readonly version: string };
  readonly issuedOn?: string;
  /** Full marks of a window's month. */
  readonly max: string;
  /** Whether the rubric gives the chief representative a share (a column of its own). */
  readonly chief: boolean;
  /** How many the selection was to name; null when no selection was made (no 红旗窗口 claim at all). */
  readonly count: number | null;
  /**
   * The sentence above the list: `本月评选红旗窗口 18 个, 名单如下…`, or, without a
   * selection, that the rubric sets no count and how to give one.
   */
  readonly redFlagStatement: string;
  /** Set when the named windows are at least 80% of the ranked ones, with the sentence that says so. */
  readonly nearlyAll?: { readonly named: number; readonly of: number; readonly note: string };
  /** The named windows, in ranking order. */
  readonly redFlag: readonly RankingRow[];
  /** Notes on how the last place was settled: a tie kept whole, a tie-break, places left empty. */
  readonly selectionNotes: readonly string[];
  /** Rank of the last red-flag place, for the chart's cut-off line. */
  readonly cutoffRank?: number;
  readonly ranking: readonly RankingRow[];
  /** Windows with no score (an input missing). */
  readonly unscored: readonly { readonly windowId: string; readonly missing: readonly string[] }[];
  /** Windows with deductions, in ranking order (unscored ones last). */
  readonly deductions: readonly { readonly windowId: string; readonly score: string | null; readonly rows: readonly DeductionRow[] }[];
  readonly vetoes: readonly VetoRow[];
  readonly disqualified: readonly DisqualifyRow[];
  readonly rejected: readonly RejectedRow[];
  readonly counts: LedgerCounts;
}

function check(input: MonthlyBulletinInput): void {
  const { rubric, result, selection } = input;
  if (result.rubric.id !== rubric.id || result.rubric.version !== rubric.version) {
    throw new InvalidOptionsError(`the result was scored with ${result.rubric.id}@${result.rubric.version}, not ${rubric.id}@${rubric.version}`, ['rubric']);
  }
  if (selection !== undefined && selection.month !== result.month) {
    throw new InvalidOptionsError(`the selection is of ${selection.month}, the result of ${result.month}`, ['selection']);
  }
}

function selectionNotes(s: MonthlySelection | undefined): string[] {
  const notes: string[] = [];
  if (s === undefined) return notes;
  if (s.tiedAtBoundary && s.boundary !== undefined) notes.push(`第${s.boundary.rank}名并列, 共${s.selected.length}个`);
  if (s.tieBreak !== undefined && s.boundary !== undefined) {
    notes.push(`第${s.boundary.rank}名并列${s.boundary.tied.length}个, 按${s.tieBreak.rules.map(tieRuleLabel).join('、')}选定${s.tieBreak.slots}个`);
  }
  if (s.shortfall > 0) notes.push(`符合条件的窗口不足, 空缺${s.shortfall}个`);
  return notes;
}

/**
 * Gathers what a monthly bulletin prints. Throws `InvalidOptionsError` when the rubric or
 * the selection is not the result's.
 *
 * @example
 * const model = monthlyBulletinModel({ centre: '示范县政务服务中心', rubric, result, selection });
 * model.title // '示范县政务服务中心 2024年3月 窗口考评通报'
 */
export function monthlyBulletinModel(input: MonthlyBulletinInput): MonthlyBulletinModel {
  check(input);
  const { rubric, result, selection } = input;
  const clauses = clauseIndex(rubric);
  const sectionTitle = (id: string) => rubric.sections?.find((x) => x.id === id)?.title ?? id;
  const cards = new Map(result.cards.map((c) => [c.windowId, c] as const));
  const named = new Set(selection?.selected ?? []);
  const excludedFor = new Map((selection?.excluded ?? []).filter((x) => x.reason === 'excluded').map((x) => [x.windowId, x.detail] as const));
  const ranked = selection?.ranking ?? rank(result.cards.flatMap((c) => (c.score === null ? [] : [{ id: c.windowId, score: c.score }])));
  const ranking: RankingRow[] = ranked.map((r) => {
    const card = cards.get(r.id);
    const why = excludedFor.get(r.id);
    return {
      rank: r.rank,
      tied: r.tied,
      windowId: r.id,
      score: r.score,
      chiefDeduction: card?.chiefDeduction ?? '0',
      redFlag: named.has(r.id),
      vetoed: card?.vetoedBy.some((v) => v.scope === 'window') ?? false,
      vetoedSections: (card?.vetoedBy ?? []).flatMap((v) => (v.scope === 'window' ? [] : [sectionTitle(v.scope.section)])),
      disqualified: card?.disqualified ?? false,
      ...(why === undefined ? {} : { excludedFor: why }),
      scoreBeforeVeto: card?.scoreBeforeVeto ?? null,
    };
  });
  const inRanking = new Set(ranking.map((r) => r.windowId));
  const unscoredCards = result.cards.filter((c) => !inRanking.has(c.windowId));
  const ordered = [...ranking.flatMap((r) => cards.get(r.windowId) ?? []), ...unscoredCards];
  const lastNamed = ranking.filter((r) => r.redFlag).at(-1);
  const line = (index: number) => input.lineOf?.(index);
  const notes = selectionNotes(selection);
  const nearly = selection === undefined ? undefined : nearlyAllNamed(selection);
  return {
    title: `${input.centre} ${monthLabel(result.month)} 窗口考评通报`,
    centre: input.centre,
    month: monthLabel(result.month),
    rubric: { title: rubric.title, id: rubric.id, version: rubric.version },
    ...(input.issuedOn === undefined ? {} : { issuedOn: dateLabel(input.issuedOn) }),
    max: rubric.total,
    chief: rubric.chiefRatio !== '0',
    count: selection?.count ?? null,
    redFlagStatement: selection === undefined ? NO_SELECTION_NOTE : `本月评选红旗窗口 ${selection.count} 个, 名单如下${notes.length > 0 ? ` (${notes.join('; ')})` : ''}:`,
    ...(nearly === undefined || selection === undefined ? {} : { nearlyAll: { ...nearly, note: nearlyAllNote(nearly, selection.count) } }),
    redFlag: ranking.filter((r) => r.redFlag),
    selectionNotes: notes,
    ...(lastNamed === undefined ? {} : { cutoffRank: lastNamed.rank }),
    ranking,
    unscored: unscoredCards.map((c) => ({ windowId: c.windowId, missing: c.missingInputs.map((m) => m.clauseId) })),
    deductions: ordered.flatMap((c) => {
      const rows = deductionRows(c, clauses);
      return rows.length === 0 ? [] : [{ windowId: c.windowId, score: c.score, rows }];
    }),
    vetoes: ordered.flatMap((c) => vetoRows(c, clauses, rubric)),
    disqualified: ordered.flatMap((c) => disqualifyRows(c, clauses)),
    rejected: result.rejected.map((r) => {
      const at = line(r.index);
      return { index: r.index, ...(at === undefined ? {} : { line: at }), ...(r.id === undefined ? {} : { id: r.id }), code: r.code, messageZh: r.messageZh };
    }),
    counts: result.counts,
  };
}

/**
 * Where a rejected entry was: its file line when known, and its input index.
 *
 * @example
 * positionLabel({ index: 3, line: 12 }) // '第12行 (序号 3)'
 * positionLabel({ index: 3 })           // '序号 3'
 */
export function positionLabel(row: { readonly index: number; readonly line?: number }): string {
  return row.line === undefined ? `序号 ${row.index}` : `第${row.line}行 (序号 ${row.index})`;
}

/**
 * The accounting of every entry handed in: 收到 = 有效 + 退回 + 其他月份.
 *
 * @example
 * accountingLine({ received: 6, accepted: 4, rejected: 1, outOfPeriod: 1, live: 3, voided: 0, voids: 1 })
 * // '台账记录: 收到 6 = 有效 4 + 退回 1 + 其他月份 1 (有效记录中: 计分 3, 已撤销 0, 撤销记录 1)'
 */
export function accountingLine(c: LedgerCounts): string {
  return `台账记录: 收到 ${c.received} = 有效 ${c.accepted} + 退回 ${c.rejected} + 其他月份 ${c.outOfPeriod} (有效记录中: 计分 ${c.live}, 已撤销 ${c.voided}, 撤销记录 ${c.voids})`;
}

/**
 * What the ranking table says about a window besides its score, each piece of data escaped with `esc`.
 *
 * @example
 * rankingNotes({ vetoed: true, vetoedSections: [], scoreBeforeVeto: '96', disqualified: false }, (s) => s) // ['本月不得分 (否决前 96)']
 */
export function rankingNotes(row: Pick<RankingRow, 'vetoed' | 'vetoedSections' | 'scoreBeforeVeto' | 'disqualified' | 'excludedFor'>, esc: Escape): string[] {
  const notes: string[] = [];
  if (row.vetoed) notes.push(`本月不得分 (否决前 ${row.scoreBeforeVeto ?? '未定'})`);
  for (const s of row.vetoedSections) notes.push(`本月${esc(s)}不得分`);
  if (row.disqualified) notes.push('取消本年度各项评先选优资格');
  if (row.excludedFor !== undefined) notes.push(`不参评: ${esc(row.excludedFor)}`);
  return notes;
}
