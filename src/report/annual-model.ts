import { InvalidOptionsError } from '../errors/errors.js';
import type { AnnualRow } from '../selection/annual.js';
import type { MonthCoverage } from '../selection/coverage.js';
import { dateLabel, monthLabel, percent } from './format.js';
import { exclusionLabel, ignoredVoteLabel, incompleteLabel, roundingLabel, tieRuleLabel } from './labels.js';
import type { AnnualBulletinInput } from './types.js';

/**
 * A star candidate as printed: person, votes, rank.
 * @example
 * const p: StarRow = { personId: 'p1', votes: '40', rank: 1, tied: false };
 */
export interface StarRow {
  readonly personId: string;
  readonly votes: string;
  readonly rank: number;
  readonly tied: boolean;
}

/**
 * Everything an annual bulletin prints, format-neutral.
 * @example
 * const m: AnnualBulletinModel = annualBulletinModel({ centre: '示范县政务服务中心', year: '2024', annual });
 * m.selected.map((r) => r.windowId) // ['W02', 'W01']
 */
export interface AnnualBulletinModel {
  /** `{centre} {YYYY}年度 窗口考评通报`. */
  readonly title: string;
  readonly issuedOn?: string;
  /** How the composite and the count are computed, in words. */
  readonly method: readonly string[];
  /** Rows in ranking order, then the unranked by window id. */
  readonly rows: readonly AnnualRow[];
  /** The named windows, in ranking order. */
  readonly selected: readonly AnnualRow[];
  readonly selectionNotes: readonly string[];
  /** Windows not named, why (fixed text) and the detail (data: months, clause ids, the caller's reason). */
  readonly excluded: readonly { readonly windowId: string; readonly label: string; readonly detail: string }[];
  /** Windows sharing their rank with another. */
  readonly tied: ReadonlySet<string>;
  readonly unmatchedSurvey: readonly string[];
  readonly stars?: {
    readonly heading: string;
    readonly selected: readonly StarRow[];
    readonly tiedAtMax: readonly StarRow[];
    readonly notes: readonly string[];
    readonly ignored: readonly { readonly personId: string; readonly votes: number; readonly reason: string }[];
  };
}

function excludedDetail(row: AnnualRow | undefined, x: AnnualBulletinInput['annual']['excluded'][number]): string {
  if (x.reason === 'disqualified' && row !== undefined) return row.disqualifiedBy.map((d) => `${monthLabel(d.month)} 条款 ${d.clauseId}`).join(', ');
  if (x.reason === 'incomplete' && row?.incomplete !== undefined) return incompleteLabel(row.incomplete);
  return x.detail;
}

/**
 * What the bulletin says about months without ledger data (none when every month had entries).
 *
 * @example
 * coverageLines({ months: ['2024-01', '2024-02', '2024-03'], withEntries: ['2024-03'], declaredClean: [], uncovered: ['2024-01', '2024-02'] })
 * // ['月评均分只计有台账记录的月份: 2024年1月, 2024年2月 台账中没有任何有效记录, 未计入月评均分 (计分月数见下表)']
 */
export function coverageLines(c: MonthCoverage | undefined): string[] {
  if (c === undefined) return [];
  const months = (ms: readonly string[]) => ms.map(monthLabel).join(', ');
  return [
    ...(c.uncovered.length > 0 ? [`月评均分只计有台账记录的月份: ${months(c.uncovered)} 台账中没有任何有效记录, 未计入月评均分 (计分月数见下表)`] : []),
    ...(c.declaredClean.length > 0 ? [`${months(c.declaredClean)} 台账中没有记录, 经声明确无扣分, 按无扣分计入月评均分`] : []),
  ];
}

/**
 * Gathers what an annual bulletin prints. Throws `InvalidOptionsError` when `year` is not the result's.
 *
 * @example
 * annualBulletinModel({ centre: '示范县政务服务中心', year: '2024', annual }).method[0]
 * // '年度综合得分 = 月评均分 × 60% + 民主测评得分 × 40%'
 */
export function annualBulletinModel(input: AnnualBulletinInput): AnnualBulletinModel {
  const a = input.annual;
  if (a.year !== input.year) throw new InvalidOptionsError(`the annual result is of ${a.year}, not ${input.year}`, ['year']);
  const byId = new Map(a.rows.map((r) => [r.windowId, r] as const));
  const ranked = a.ranking.flatMap((r) => byId.get(r.id) ?? []);
  const rows = [...ranked, ...a.rows.filter((r) => r.rank === null)];
  const notes: string[] = [];
  if (a.tiedAtBoundary && a.boundary !== undefined) notes.push(`第${a.boundary.rank}名并列, 共${a.selected.length}个`);
  if (a.tieBreak !== undefined && a.boundary !== undefined) {
    notes.push(`第${a.boundary.rank}名并列${a.boundary.tied.length}个, 按${a.tieBreak.rules.map(tieRuleLabel).join('、')}选定${a.tieBreak.slots}个`);
  }
  if (a.shortfall > 0) notes.push(`符合条件的窗口不足, 空缺${a.shortfall}个`);
  const s = input.stars;
  const star = (r: { id: string; score: string; rank: number; tied: boolean }): StarRow => ({ personId: r.id, votes: r.score, rank: r.rank, tied: r.tied });
  const starOf = new Map((s?.ranking ?? []).map((r) => [r.id, star(r)] as const));
  return {
    title: `${input.centre} ${input.year}年度 窗口考评通报`,
    ...(input.issuedOn === undefined ? {} : { issuedOn: dateLabel(input.issuedOn) }),
    method: [
      `年度综合得分 = 月评均分 × ${percent(a.weights.monthly)} + 民主测评得分 × ${percent(a.weights.survey)}`,
      `年度红旗窗口按窗口总数 ${a.windows} 个的 ${percent(a.share)} 确定 (${roundingLabel(a.rounding)}), 共 ${a.count} 个`,
      ...coverageLines(a.coverage),
    ],
    rows,
    selected: a.selected.flatMap((id) => byId.get(id) ?? []),
    selectionNotes: notes,
    excluded: a.excluded.map((x) => ({ windowId: x.windowId, label: exclusionLabel(x.reason), detail: excludedDetail(byId.get(x.windowId), x) })),
    tied: new Set(a.ranking.filter((r) => r.tied).map((r) => r.id)),
    unmatchedSurvey: a.unmatchedSurvey,
    ...(s === undefined ? {} : {
      stars: {
        heading: `服务明星 (每年 ${s.min === s.max ? s.min : `${s.min}-${s.max}`} 人)`,
        selected: s.selected.flatMap((id) => starOf.get(id) ?? []),
        tiedAtMax: s.tiedAtMax.flatMap((id) => starOf.get(id) ?? []),
        notes: [
          ...(s.tiedAtMax.length > 0 ? [`第${starOf.get(s.tiedAtMax[0]!)?.rank ?? ''}名票数并列, 超出名额 (最多 ${s.max} 人), 由考评领导小组结合日常考核记录综合评定`] : []),
          ...(s.shortfall > 0 ? [`候选人不足最少人数 ${s.min} 人, 空缺 ${s.shortfall} 人`] : []),
        ],
        ignored: s.ignoredVotes.map((v) => ({ personId: v.personId, votes: v.votes, reason: ignoredVoteLabel(v.reason) })),
      },
    }),
  };
}

/**
 * The composite table's cells for a row (to be escaped by the renderer): rank, window,
 * monthly mean, months scored, survey, composite, selected, notes.
 *
 * @example
 * annualCells(row, model.tied.has(row.windowId)) // ['1', 'W01', '94.5', '12', '92', '93.5', '是', '']
 */
export function annualCells(row: AnnualRow, rankTied: boolean): string[] {
  const notes = [
    ...(row.incomplete === undefined ? [] : [incompleteLabel(row.incomplete)]),
    ...(row.disqualifiedBy.length > 0 ? [exclusionLabel('disqualified')] : []),
    ...(row.incompleteMonths.length > 0 ? [`成绩未定的月份: ${row.incompleteMonths.map(monthLabel).join(', ')}`] : []),
  ];
  return [
    row.rank === null ? '' : rankTied ? `${row.rank} (并列)` : String(row.rank),
    row.windowId,
    row.monthlyMean?.published ?? '',
    String(row.monthlyMean?.count ?? 0),
    row.survey ?? '',
    row.composite ?? '',
    row.selected ? '是' : '',
    notes.join('; '),
  ];
}

/**
 * Headers of the composite table.
 * @example
 * ANNUAL_HEAD[5] // '综合得分'
 */
export const ANNUAL_HEAD = ['名次', '窗口', '月评均分', '计分月数', '民主测评', '综合得分', '年度红旗窗口', '备注'] as const;
