// Golden tests for the selection calculators (红旗窗口 monthly / quarterly / annual, 服务明星,
// 双目标, 千分制 outcomes, share selections). Every expected value below was worked out BY
// HAND from the sources and the scenario data, and the working is written next to it.
//
// Sources:
//   000 = test/fixtures/sources/000_a9c1555c7f05ee58.txt (行政服务中心窗口争星工作方案)
//   001 = test/fixtures/sources/001_f931799c83957d7c.txt (县政务服务中心窗口月度考评评分标准)
//   002 = test/fixtures/sources/002_96ac540ced578be8.txt (政务服务专员制度范文)
//   004 = test/fixtures/sources/004_b4eac5c211c5afbd.txt (窗口单位范文10篇, 篇5 千分制)
//
// How scores are controlled (rubrics/red-flag-window.json, two sections of 50 = 100):
//   w1.1 "…拖鞋上岗发现一人次扣2分"               2 points per 人次 (工作窗口)
//   w1.2 "工作台面脏乱…发现一次扣1分"              1 point per 次 (工作窗口)
//   w4.1 "未在承诺期限内办结事项的每件次扣3分"      3 points per 件次 (工作窗口)
//   An entry's `count` multiplies the points but is ONE entry (what fewer-entries counts).
//   Two quota clauses cost every window every month unless it has an entry for them:
//   u4.2 "分管领导每月到窗口办公少于一次的扣3分" (-3) and w5.3 "每月未按要求报送1篇工作信息的扣1分"
//   (-1). `dues(w, month)` gives a window both, so it starts the month from 100. Quota
//   entries are visits, not findings: they never count as deduction entries.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  annualComposite,
  dualTargetScore,
  gradeOutcomes,
  InvalidOptionsError,
  parseRubric,
  quarterlyBulletin,
  scoreMonth,
  scoreYear,
  selectMonthly,
  selectServiceStars,
  selectShare,
  shareCount,
} from '../../src/index.js';
import type { LedgerEntry, MonthResult, RubricInput } from '../../src/index.js';
import { builtin, cardOf } from './helpers.js';

const rfw = builtin('red-flag-window');

/** W01 … Wnn. */
const ids = (n: number) => Array.from({ length: n }, (_, i) => `W${String(i + 1).padStart(2, '0')}`);

/** The month's 工作信息 (w5.3) and the leader's day at the window (u4.2): no quota deduction. */
const dues = (windowId: string, month: string): LedgerEntry[] => [
  { id: `${windowId}-${month}-info`, windowId, clauseId: 'w5.3', date: `${month}-10` },
  { id: `${windowId}-${month}-lead`, windowId, clauseId: 'u4.2', date: `${month}-16` },
];

/** One finding (one entry), `count` occurrences. */
const finding = (windowId: string, month: string, clauseId: string, tag: string, count = 1): LedgerEntry => ({
  id: `${windowId}-${month}-${tag}`,
  windowId,
  clauseId,
  date: `${month}-12`,
  ...(count === 1 ? {} : { count }),
});

/** The months of 2024 from `from` to December, as YYYY-MM. */
const monthsOf2024 = (from = 1) => Array.from({ length: 13 - from }, (_, i) => `2024-${String(from + i).padStart(2, '0')}`);

const scores = (r: MonthResult) => Object.fromEntries(r.cards.map((c) => [c.windowId, c.score]));

// ---------------------------------------------------------------------------------------
// Monthly selection
// ---------------------------------------------------------------------------------------

describe('selectMonthly (000 二(二)1 月评比办法)', () => {
  const M = '2024-03';
  const windows = ids(20);

  /**
   * 20 windows. W01 … W17 lose k-1 points each through ONE w1.2 entry of count k-1:
   *   W01 100 (no entry), W02 99, W03 98, …, W17 100 - 16 = 84. Places 1 … 17.
   * W18 and W19 both lose 18 and both score 82 (places 18 and 19, tied):
   *   `pairDiffers`: W18 = 3 entries of w1.1 x count 3 = 3 x 3 x 2 = 18  (3 entries)
   *                  W19 = 2 entries of w4.1 x count 3 = 2 x 3 x 3 = 18  (2 entries)
   *   `pairEqual`:   W18 = 2 entries of w4.1 x count 3 = 2 x 9     = 18  (2 entries)
   *                  W19 = w1.1 x 4 + w1.1 x 5 = 8 + 10            = 18  (2 entries)
   * W20 loses 20 (one w1.1 entry of count 10) and scores 80: place 20.
   */
  function twentyWindows(pair: 'pairDiffers' | 'pairEqual'): MonthResult {
    const entries: LedgerEntry[] = windows.flatMap((w) => dues(w, M));
    for (let k = 2; k <= 17; k++) entries.push(finding(ids(17)[k - 1]!, M, 'w1.2', 'desk', k - 1));
    if (pair === 'pairDiffers') {
      entries.push(finding('W18', M, 'w1.1', 'badge-a', 3), finding('W18', M, 'w1.1', 'badge-b', 3), finding('W18', M, 'w1.1', 'badge-c', 3));
      entries.push(finding('W19', M, 'w4.1', 'late-a', 3), finding('W19', M, 'w4.1', 'late-b', 3));
    } else {
      entries.push(finding('W18', M, 'w4.1', 'late-a', 3), finding('W18', M, 'w4.1', 'late-b', 3));
      entries.push(finding('W19', M, 'w1.1', 'badge-a', 4), finding('W19', M, 'w1.1', 'badge-b', 5));
    }
    entries.push(finding('W20', M, 'w1.1', 'badge', 10));
    return scoreMonth(rfw, entries, { month: M, windows });
  }

  it('a tie at 18th place: kept whole (19 named) by default; a fewer-entries / window-id chain names exactly 18', () => {
    // 000: "根据考评得分情况,每月评选18个红旗窗口,评比结果在中心一楼公布。"
    const r = twentyWindows('pairDiffers');
    // Hand-worked scores (see twentyWindows): W01 100 … W17 84, W18 82, W19 82, W20 80.
    const expected: Record<string, string> = { W18: '82', W19: '82', W20: '80' };
    for (let k = 1; k <= 17; k++) expected[ids(17)[k - 1]!] = String(100 - (k - 1));
    expect(scores(r)).toEqual(expected);

    // Default: the rubric's count (18). Place 18 is shared by W18 and W19 (competition rank
    // 18 for both), only 18 - 17 = 1 slot is left, so the tie is kept whole: 19 names.
    const kept = selectMonthly(r);
    expect(kept.count).toBe(18);
    expect(kept.selected).toEqual(ids(19));
    expect(kept.selected).toHaveLength(19);
    expect(kept.tiedAtBoundary).toBe(true);
    expect(kept.boundary).toEqual({ score: '82', rank: 18, tied: ['W18', 'W19'], slots: 1 });
    expect(kept.tieBreak).toBeUndefined();
    expect(kept.shortfall).toBe(0);
    expect(kept.excluded).toEqual([]);

    // With the chain: fewer deduction entries first. W19 has 2 entries, W18 has 3, so W19
    // takes the one slot even though W18 comes first by id. Exactly 18 named.
    const broken = selectMonthly(r, { tieBreak: [{ by: 'fewer-entries' }, { by: 'window-id' }] });
    expect(broken.selected).toEqual([...ids(17), 'W19']);
    expect(broken.selected).toHaveLength(18);
    expect(broken.tiedAtBoundary).toBe(false);
    expect(broken.boundary).toEqual({ score: '82', rank: 18, tied: ['W18', 'W19'], slots: 1 });
    expect(broken.tieBreak).toEqual({
      rules: [{ by: 'fewer-entries' }, { by: 'window-id' }],
      slots: 1,
      rows: [
        { id: 'W19', keys: ['2', 'W19'], selected: true },
        { id: 'W18', keys: ['3', 'W18'], selected: false },
      ],
    });
  });

  it('a tie at 18th place with equal entry counts: window-id decides', () => {
    // 000: "根据考评得分情况,每月评选18个红旗窗口,评比结果在中心一楼公布。"
    // W18 and W19 both score 82 with 2 deduction entries each (see twentyWindows), so
    // fewer-entries cannot separate them; window-id puts W18 before W19 and W18 is named.
    const r = twentyWindows('pairEqual');
    expect(cardOf(r.cards, 'W18').score).toBe('82');
    expect(cardOf(r.cards, 'W19').score).toBe('82');
    const sel = selectMonthly(r, { tieBreak: [{ by: 'fewer-entries' }, { by: 'window-id' }] });
    expect(sel.selected).toEqual(ids(18));
    expect(sel.tieBreak?.rows).toEqual([
      { id: 'W18', keys: ['2', 'W18'], selected: true },
      { id: 'W19', keys: ['2', 'W19'], selected: false },
    ]);
  });

  it('a vetoed top scorer is excluded and the next 18 are named', () => {
    // 000: "有下列行为之一的本月工作窗口不得分:…吃、拿、卡、要、报的;…"
    // and "根据考评得分情况,每月评选18个红旗窗口"
    // W01 has no deduction (would score 100) but a w6.6 veto entry: the month scores 0.
    // W02 … W20 lose k-1 through w1.2: W02 99, W03 98, …, W20 81.
    // Eligible ranking: W02 … W20 (19 windows); the top 18 are W02 … W19; W20 (81) is 19th.
    const entries: LedgerEntry[] = ids(20).flatMap((w) => dues(w, M));
    entries.push(finding('W01', M, 'w6.6', 'veto'));
    ids(20).forEach((w, i) => {
      if (i >= 1) entries.push(finding(w, M, 'w1.2', 'desk', i));
    });
    const r = scoreMonth(rfw, entries, { month: M, windows: ids(20) });
    const w01 = cardOf(r.cards, 'W01');
    expect(w01).toMatchObject({ score: '0', scoreBeforeVeto: '100', vetoed: true });
    expect(cardOf(r.cards, 'W20').score).toBe('81');

    const sel = selectMonthly(r);
    expect(sel.excluded).toEqual([{ windowId: 'W01', reason: 'vetoed', detail: 'w6.6' }]);
    expect(sel.selected).toEqual(ids(19).slice(1));
    expect(sel.selected).toHaveLength(18);
    expect(sel.selected).not.toContain('W01');
    expect(sel.tiedAtBoundary).toBe(false);
    expect(sel.shortfall).toBe(0);
    // The vetoed window is still ranked, at 0: last of 20.
    expect(sel.ranking[19]).toEqual({ id: 'W01', score: '0', rank: 20, tied: false });
  });

  it('count override { count: 3 } and competition ranks 1, 2, 2, 4', () => {
    // 000: "根据考评得分情况,每月评选18个红旗窗口" (the count is the rubric's 18 unless overridden)
    // W01 100; W02 98 (w1.1 x1 = 2); W03 98 (w1.1 x1 = 2); W04 97 (w4.1 x1 = 3);
    // W05 95 (w1.1 + w4.1 = 5).
    // Competition ranks: W01 1, W02 2, W03 2 (tied), W04 4 (three windows ahead of it -> 3 + 1),
    // W05 5.
    const entries: LedgerEntry[] = ids(5).flatMap((w) => dues(w, M));
    entries.push(
      finding('W02', M, 'w1.1', 'badge'),
      finding('W03', M, 'w1.1', 'badge'),
      finding('W04', M, 'w4.1', 'late'),
      finding('W05', M, 'w1.1', 'badge'),
      finding('W05', M, 'w4.1', 'late'),
    );
    const r = scoreMonth(rfw, entries, { month: M, windows: ids(5) });
    const sel = selectMonthly(r, { count: 3 });
    expect(sel.ranking).toEqual([
      { id: 'W01', score: '100', rank: 1, tied: false },
      { id: 'W02', score: '98', rank: 2, tied: true },
      { id: 'W03', score: '98', rank: 2, tied: true },
      { id: 'W04', score: '97', rank: 4, tied: false },
      { id: 'W05', score: '95', rank: 5, tied: false },
    ]);
    // 3 places: W01, then the two tied at 2nd fill places 2 and 3 exactly: no boundary tie.
    expect(sel.count).toBe(3);
    expect(sel.selected).toEqual(['W01', 'W02', 'W03']);
    expect(sel.tiedAtBoundary).toBe(false);
    expect(sel.boundary).toBeUndefined();
    // With { count: 2 } the pair at 2nd shares one slot: kept whole, 3 names.
    const two = selectMonthly(r, { count: 2 });
    expect(two.selected).toEqual(['W01', 'W02', 'W03']);
    expect(two.boundary).toEqual({ score: '98', rank: 2, tied: ['W02', 'W03'], slots: 1 });
  });
});

// ---------------------------------------------------------------------------------------
// Annual composite
// ---------------------------------------------------------------------------------------

/**
 * Seven windows through 2024 on the red-flag rubric; W07 opened in June (7 months).
 * Every window has its dues every month it is open, so each month starts at 100.
 *   W01: nothing                           -> 12 months of 100, sum 1200
 *   W02: w4.1 in March (-3)                 -> sum 1197
 *   W03: w1.1 in Jan (-2), w4.1 in Feb (-3) -> sum 1195
 *   W04: w1.1 x5 in April (-10)             -> sum 1190
 *   W05: w4.1 x4 in May (-12), w1.1 in Dec (-2) -> sum 1186
 *   W06: nothing                            -> sum 1200
 *   W07: from June; w1.1 in July (-2)       -> 7 months, sum 700 - 2 = 698
 */
function sevenWindowYear() {
  const entries: LedgerEntry[] = [];
  for (const w of ids(6)) for (const m of monthsOf2024()) entries.push(...dues(w, m));
  for (const m of monthsOf2024(6)) entries.push(...dues('W07', m));
  entries.push(
    finding('W02', '2024-03', 'w4.1', 'late'),
    finding('W03', '2024-01', 'w1.1', 'badge'),
    finding('W03', '2024-02', 'w4.1', 'late'),
    finding('W04', '2024-04', 'w1.1', 'badge', 5),
    finding('W05', '2024-05', 'w4.1', 'late', 4),
    finding('W05', '2024-12', 'w1.1', 'badge'),
    finding('W07', '2024-07', 'w1.1', 'badge'),
  );
  return scoreYear([rfw], entries, { year: '2024', windows: [...ids(6), { id: 'W07', from: '2024-06' }] });
}

/** 民主测评 scores for sevenWindowYear. */
const sevenSurvey = { W01: 90, W02: 95, W03: 85, W04: '92.5', W05: '88.0125', W06: 70, W07: 80 };

describe('annualComposite (000 二(二)2 年“红旗窗口”评比办法)', () => {
  it('7 windows, share 0.5 -> floor 3.5 = 3; composite = mean x 0.6 + survey x 0.4, half-up to 2 places', () => {
    // 000: "月评实际得分占年评总分值的60%;民主测评得分占总分值的40%。年终根据总得分情况,
    //       按窗口总数的50%确定为年度“红旗窗口”。"
    // Hand working (mean = sum / months; for 12 months mean x 0.6 = sum x 0.05 exactly):
    //   W01: 1200/12 = 100;          100 x 0.6 = 60;       90 x 0.4 = 36      -> 96
    //   W02: 1197/12 = 99.75;        1197 x 0.05 = 59.85;  95 x 0.4 = 38      -> 97.85
    //   W03: 1195/12 = 99.58333…   (published 99.58); 1195 x 0.05 = 59.75; 85 x 0.4 = 34 -> 93.75
    //   W04: 1190/12 = 99.16666…   (published 99.17); 1190 x 0.05 = 59.5;  92.5 x 0.4 = 37 -> 96.5
    //   W05: 1186/12 = 98.83333…   (published 98.83); 1186 x 0.05 = 59.3;
    //        88.0125 x 0.4 = 35.205; 59.3 + 35.205 = 94.505 -> half-up 94.51 (half-even would give 94.50)
    //   W06: 100 x 0.6 = 60; 70 x 0.4 = 28 -> 88
    //   W07: 698/7 = 99.714285… (published 99.71); x 0.6 = 59.828571…; 80 x 0.4 = 32
    //        -> 91.828571… -> 91.83 (from the exact mean; the published mean gives 91.826 -> 91.83 too)
    // Ranking: W02 97.85 (1), W04 96.5 (2), W01 96 (3), W05 94.51 (4), W03 93.75 (5),
    //          W07 91.83 (6), W06 88 (7). Count: 7 x 0.5 = 3.5 -> floor 3. Named: W02, W04, W01.
    const year = sevenWindowYear();
    const a = annualComposite({ months: year.months, survey: sevenSurvey });
    expect(a.weights).toEqual({ monthly: '0.6', survey: '0.4' });
    expect(a.share).toBe('0.5');
    expect(a.rounding).toBe('floor');
    expect(a.windows).toBe(7);
    expect(a.count).toBe(3);

    const row = (id: string) => a.rows.find((r) => r.windowId === id)!;
    expect(row('W01')).toMatchObject({ monthlyMean: { sum: '1200', count: 12, published: '100' }, survey: '90', composite: '96', rank: 3, selected: true });
    expect(row('W02')).toMatchObject({ monthlyMean: { sum: '1197', count: 12, published: '99.75' }, survey: '95', composite: '97.85', rank: 1, selected: true });
    expect(row('W03')).toMatchObject({ monthlyMean: { sum: '1195', count: 12, published: '99.58' }, survey: '85', composite: '93.75', rank: 5, selected: false });
    expect(row('W04')).toMatchObject({ monthlyMean: { sum: '1190', count: 12, published: '99.17' }, survey: '92.5', composite: '96.5', rank: 2, selected: true });
    expect(row('W05')).toMatchObject({ monthlyMean: { sum: '1186', count: 12, published: '98.83' }, survey: '88.0125', composite: '94.51', rank: 4, selected: false });
    expect(row('W06')).toMatchObject({ monthlyMean: { sum: '1200', count: 12, published: '100' }, survey: '70', composite: '88', rank: 7, selected: false });
    expect(row('W07')).toMatchObject({ monthlyMean: { sum: '698', count: 7, published: '99.71' }, survey: '80', composite: '91.83', rank: 6, selected: false });
    expect(row('W07').months.map((m) => m.month)).toEqual(monthsOf2024(6));

    expect(a.ranking.map((r) => [r.id, r.score, r.rank])).toEqual([
      ['W02', '97.85', 1],
      ['W04', '96.5', 2],
      ['W01', '96', 3],
      ['W05', '94.51', 4],
      ['W03', '93.75', 5],
      ['W07', '91.83', 6],
      ['W06', '88', 7],
    ]);
    expect(a.selected).toEqual(['W02', 'W04', 'W01']);
    expect(a.excluded).toEqual([]);
    expect(a.unmatchedSurvey).toEqual([]);
    expect(a.stars).toEqual({ min: 4, max: 6 });
  });

  it('a disqualified window in the top half is ranked but not named; the next eligible one takes its place', () => {
    // 000: "年终根据总得分情况,按窗口总数的50%确定为年度“红旗窗口”。"
    // The disqualifying clause is 001's 服务监督 4 (verbatim):
    // "窗口被有关部门(媒体)明查暗访负面通报(曝光)的,每次扣15分、首席代表扣7.5分,取消本年度各项评先选优资格。"
    // Inline rubric: one category of 100, no quotas, so every month starts at 100.
    //   W01: 6.4 in March (-15): sum 1200 - 15 = 1185, mean 98.75; x 0.6 = 59.25; survey 100 x 0.4 = 40 -> 99.25
    //   W02: nothing: 60 + 95 x 0.4 = 60 + 38 -> 98
    //   W03: w1.1 x5 in Jan (-10): sum 1190, mean 99.1666… (99.17); x 0.6 = 59.5; 90 x 0.4 = 36 -> 95.5
    //   W04: 60 + 85 x 0.4 = 60 + 34 -> 94
    //   W05: 60 + 80 x 0.4 = 60 + 32 -> 92
    //   W06: 60 + 75 x 0.4 = 60 + 30 -> 90
    // Count 6 x 0.5 = 3. Ranking W01 1, W02 2, W03 3, W04 4, …; W01 is barred, so the three
    // named are W02, W03 and W04 (W04 takes W01's place).
    const dq = parseRubric({
      id: 'dq-demo',
      version: '1',
      title: '取消评先资格演示细则',
      total: 100,
      effectiveFrom: '2024-01-01',
      source: { document: '县政务服务中心窗口月度考评评分标准(节选)', file: '001_f931799c83957d7c.txt' },
      chiefRatio: 0,
      categories: [
        {
          id: 'all',
          title: '窗口考评',
          max: 100,
          clauses: [
            { kind: 'per-occurrence', id: 'w1.1', text: '不挂牌、不按规定着行业装、外着背心或超短装、拖鞋上岗发现一人次扣2分', unit: '人次', points: 2 },
            {
              kind: 'per-occurrence',
              id: '6.4',
              text: '窗口被有关部门(媒体)明查暗访负面通报(曝光)的,每次扣15分、首席代表扣7.5分,取消本年度各项评先选优资格。',
              unit: '次',
              points: 15,
              disqualify: true,
            },
          ],
        },
      ],
      selection: { annual: { monthlyWeight: 0.6, surveyWeight: 0.4, share: 0.5 } },
    });
    // Only January and March have ledger entries: the centre declares the other ten months
    // covered (kept, nothing found), so they count as clean months of 100.
    const year = scoreYear([dq], [finding('W01', '2024-03', '6.4', 'exposed'), finding('W03', '2024-01', 'w1.1', 'badge', 5)], {
      year: '2024',
      windows: ids(6),
      coveredMonths: monthsOf2024(),
    });
    expect(year.coverage).toMatchObject({ withEntries: ['2024-01', '2024-03'], uncovered: [] });
    expect(cardOf(year.months[2]!.cards, 'W01')).toMatchObject({ score: '85', disqualified: true });
    const a = annualComposite({ months: year.months, survey: { W01: 100, W02: 95, W03: 90, W04: 85, W05: 80, W06: 75 }, coveredMonths: monthsOf2024() });
    expect(a.count).toBe(3);
    expect(a.ranking.map((r) => [r.id, r.score, r.rank])).toEqual([
      ['W01', '99.25', 1],
      ['W02', '98', 2],
      ['W03', '95.5', 3],
      ['W04', '94', 4],
      ['W05', '92', 5],
      ['W06', '90', 6],
    ]);
    expect(a.selected).toEqual(['W02', 'W03', 'W04']);
    expect(a.excluded).toEqual([{ windowId: 'W01', reason: 'disqualified', detail: '2024-03 6.4' }]);
    const w01 = a.rows.find((r) => r.windowId === 'W01')!;
    expect(w01).toMatchObject({ rank: 1, selected: false, composite: '99.25', disqualifiedBy: [{ month: '2024-03', clauseId: '6.4' }] });
    expect(w01.monthlyMean).toEqual({ sum: '1185', count: 12, published: '98.75' });
  });

  it('a window without a survey score is incomplete (no-survey), not ranked, not named, not scored as 0; the count uses ALL windows', () => {
    // 000: "以民主测评表的形式征求服务对象等方面意见,实行综合评比。" and
    //      "按窗口总数的50%确定为年度“红旗窗口”。"
    // One month (January), six windows:
    //   W01 100; W02 98 (w1.1); W03 97 (w4.1); W04 96 (w1.1 x2); W05 94 (w1.1 x3); W06 100 (no survey).
    // Surveys of 90 for W01-W05 (x 0.4 = 36):
    //   W01 100 x 0.6 = 60 -> 96; W02 58.8 -> 94.8; W03 58.2 -> 94.2; W04 57.6 -> 93.6; W05 56.4 -> 92.4.
    // W06 has no survey: no composite (a 0 survey would have given it 60 and a rank).
    // Count = floor(6 x 0.5) = 3 (not floor(5 x 0.5) = 2): named W01, W02, W03.
    const J = '2024-01';
    const entries: LedgerEntry[] = ids(6).flatMap((w) => dues(w, J));
    entries.push(
      finding('W02', J, 'w1.1', 'badge'),
      finding('W03', J, 'w4.1', 'late'),
      finding('W04', J, 'w1.1', 'badge', 2),
      finding('W05', J, 'w1.1', 'badge', 3),
    );
    const jan = scoreMonth(rfw, entries, { month: J, windows: ids(6) });
    expect(scores(jan)).toEqual({ W01: '100', W02: '98', W03: '97', W04: '96', W05: '94', W06: '100' });
    const a = annualComposite({ months: [jan], survey: { W01: 90, W02: 90, W03: 90, W04: 90, W05: 90 } });
    expect(a.windows).toBe(6);
    expect(a.count).toBe(3);
    expect(a.ranking.map((r) => [r.id, r.score, r.rank])).toEqual([
      ['W01', '96', 1],
      ['W02', '94.8', 2],
      ['W03', '94.2', 3],
      ['W04', '93.6', 4],
      ['W05', '92.4', 5],
    ]);
    expect(a.selected).toEqual(['W01', 'W02', 'W03']);
    expect(a.excluded).toEqual([{ windowId: 'W06', reason: 'incomplete', detail: 'no-survey' }]);
    expect(a.rows.find((r) => r.windowId === 'W06')).toMatchObject({
      monthlyMean: { sum: '100', count: 1, published: '100' },
      survey: null,
      composite: null,
      incomplete: 'no-survey',
      rank: null,
      selected: false,
    });
  });
});

// ---------------------------------------------------------------------------------------
// scoreYear: window spans and rubric versions
// ---------------------------------------------------------------------------------------

describe('scoreYear', () => {
  it('a window opened in June has cards June-December only; its annual mean is over seven months', () => {
    // 000: "年度“红旗窗口”评比在月评的基础上,…月评实际得分占年评总分值的60%;民主测评得分占总分值的40%。"
    // W01 serves all year, nothing found: 12 x 100 = 1200, mean 100; survey 80 x 0.4 = 32 -> 60 + 32 = 92.
    // W02 opens 2024-06: 7 months; w4.1 in August (-3): sum 700 - 3 = 697, mean 697/7 = 99.571428…
    //   published 99.57; x 0.6 = 59.742857…; survey 90 x 0.4 = 36 -> 95.742857… -> 95.74.
    // Count floor(2 x 0.5) = 1: W02.
    const entries: LedgerEntry[] = [];
    for (const m of monthsOf2024()) entries.push(...dues('W01', m));
    for (const m of monthsOf2024(6)) entries.push(...dues('W02', m));
    entries.push(finding('W02', '2024-08', 'w4.1', 'late'));
    const year = scoreYear([rfw], entries, { year: '2024', windows: ['W01', { id: 'W02', from: '2024-06' }] });
    expect(year.months.map((m) => m.month)).toEqual(monthsOf2024());
    expect(year.months.map((m) => m.cards.map((c) => c.windowId))).toEqual([
      ...Array.from({ length: 5 }, () => ['W01']),
      ...Array.from({ length: 7 }, () => ['W01', 'W02']),
    ]);
    expect(cardOf(year.months[7]!.cards, 'W02').score).toBe('97');
    const a = annualComposite({ months: year.months, survey: { W01: 80, W02: 90 } });
    const w02 = a.rows.find((r) => r.windowId === 'W02')!;
    expect(w02.months.map((m) => m.month)).toEqual(monthsOf2024(6));
    expect(w02.monthlyMean).toEqual({ sum: '697', count: 7, published: '99.57' });
    expect(w02.composite).toBe('95.74');
    expect(a.rows.find((r) => r.windowId === 'W01')).toMatchObject({ monthlyMean: { sum: '1200', count: 12, published: '100' }, composite: '92' });
    expect(a.count).toBe(1);
    expect(a.selected).toEqual(['W02']);
  });

  describe('a rubric change on 1 July', () => {
    const version = (v: string, from: string, to: string | undefined, points: number): RubricInput => ({
      id: 'change-demo',
      version: v,
      title: '版本切换演示细则',
      total: 100,
      effectiveFrom: from,
      ...(to === undefined ? {} : { effectiveTo: to }),
      source: { document: '行政服务中心窗口争星工作方案(节选)', file: '000_a9c1555c7f05ee58.txt' },
      chiefRatio: 0,
      categories: [
        {
          id: 'work',
          title: '工作窗口',
          max: 100,
          clauses: [{ kind: 'per-occurrence', id: 'c1', text: '未在承诺期限内办结事项的每件次扣3分', unit: '件次', points }],
        },
      ],
    });
    const entries: LedgerEntry[] = [finding('W01', '2024-06', 'c1', 'late'), finding('W01', '2024-07', 'c1', 'late')];
    const run = (versions: RubricInput[]) =>
      scoreYear(versions.map((v) => parseRubric(v)), entries, { year: '2024', windows: ['W01'] });

    it('months 1-6 use version A (2 points), 7-12 version B (4 points)', () => {
      // 000 states no change; the months are scored "根据考评得分情况" with the rules in force.
      // A: 2024-01-01 … 2024-06-30, c1 = 2 points; B: from 2024-07-01, c1 = 4 points.
      // One c1 entry in June -> 100 - 2 = 98; one in July -> 100 - 4 = 96; other months 100.
      const year = run([version('A', '2024-01-01', '2024-06-30', 2), version('B', '2024-07-01', undefined, 4)]);
      expect(year.months.map((m) => m.rubric.version)).toEqual([...Array(6).fill('A'), ...Array(6).fill('B')]);
      expect(year.months.map((m) => cardOf(m.cards).score)).toEqual(['100', '100', '100', '100', '100', '98', '96', '100', '100', '100', '100', '100']);
    });

    it('overlapping versions, a gap, and a version starting mid-month each throw, naming the months', () => {
      // Overlap: A runs to 2024-07-31 and B starts 2024-07-01 -> both cover all of July
      //   (and only July): "versions overlap in 2024-07 (A, B)".
      expect(() => run([version('A', '2024-01-01', '2024-07-31', 2), version('B', '2024-07-01', undefined, 4)])).toThrow(InvalidOptionsError);
      expect(() => run([version('A', '2024-01-01', '2024-07-31', 2), version('B', '2024-07-01', undefined, 4)])).toThrow(
        /versions overlap in 2024-07 \(A, B\)/,
      );
      // Gap: A ends 2024-05-31, B starts 2024-07-01 -> June has no version.
      expect(() => run([version('A', '2024-01-01', '2024-05-31', 2), version('B', '2024-07-01', undefined, 4)])).toThrow(InvalidOptionsError);
      expect(() => run([version('A', '2024-01-01', '2024-05-31', 2), version('B', '2024-07-01', undefined, 4)])).toThrow(
        /no version in force in 2024-06(?!,)/,
      );
      // Mid-month: A to 2024-07-14, B from 2024-07-15 -> July would need two versions.
      expect(() => run([version('A', '2024-01-01', '2024-07-14', 2), version('B', '2024-07-15', undefined, 4)])).toThrow(InvalidOptionsError);
      expect(() => run([version('A', '2024-01-01', '2024-07-14', 2), version('B', '2024-07-15', undefined, 4)])).toThrow(
        /starts or ends mid-month in 2024-07 \(A, B\)/,
      );
    });
  });
});

// ---------------------------------------------------------------------------------------
// Quarterly bulletin
// ---------------------------------------------------------------------------------------

describe('quarterlyBulletin', () => {
  it('January-March: averages, red-flag months, deductions by category, vetoes', () => {
    // 000: "每月评选18个红旗窗口,评比结果在中心一楼公布。每季度一通报。"
    // Three windows; { count: 1 } so the red flag is not automatic (18 > 3 would name all).
    //   Jan: W01 100; W02 98 (w1.1, work -2); W03 vetoed by w6.5 (违规收费的) -> 0.
    //   Feb: W01 97 (w4.1, work -3); W02 100; W03 95 (u3.4 空岗半天以上 5 points, unit -5).
    //   Mar: W01 100; W02 96 (no dues: u4.2 -3 unit, w5.3 -1 work); W03 99 (w1.2, work -1).
    // Red flag (top 1): Jan W01 (100), Feb W02 (100), Mar W01 (100).
    // Averages: W01 (100 + 97 + 100) = 297 / 3 = 99;  W02 (98 + 100 + 96) = 294 / 3 = 98;
    //           W03 (0 + 95 + 99) = 194 / 3 = 64.666… -> 64.67 (the vetoed month counts as 0).
    // Deductions: W01 work 3, unit 0; W02 work 2 + 1 = 3, unit 3; W03 work 1 (the veto
    //   month has no deduction), unit 5.
    const month = (m: string, extra: LedgerEntry[], withDues: string[]) =>
      scoreMonth(rfw, [...withDues.flatMap((w) => dues(w, m)), ...extra], { month: m, windows: ids(3) });
    const jan = month('2024-01', [finding('W02', '2024-01', 'w1.1', 'badge'), finding('W03', '2024-01', 'w6.5', 'fee')], ids(3));
    const feb = month('2024-02', [finding('W01', '2024-02', 'w4.1', 'late'), finding('W03', '2024-02', 'u3.4', 'empty')], ids(3));
    const mar = month('2024-03', [finding('W03', '2024-03', 'w1.2', 'desk')], ['W01', 'W03']);
    expect(scores(jan)).toEqual({ W01: '100', W02: '98', W03: '0' });
    expect(scores(feb)).toEqual({ W01: '97', W02: '100', W03: '95' });
    expect(scores(mar)).toEqual({ W01: '100', W02: '96', W03: '99' });

    const q = quarterlyBulletin([mar, jan, feb], { select: { count: 1 } });
    expect(q.quarter).toBe('2024-Q1');
    expect(q.months).toEqual(['2024-01', '2024-02', '2024-03']);
    const row = (id: string) => q.rows.find((r) => r.windowId === id)!;
    expect(row('W01').average).toEqual({ sum: '297', count: 3, published: '99' });
    expect(row('W02').average).toEqual({ sum: '294', count: 3, published: '98' });
    expect(row('W03').average).toEqual({ sum: '194', count: 3, published: '64.67' });
    expect(row('W01').redFlagMonths).toEqual(['2024-01', '2024-03']);
    expect(row('W02').redFlagMonths).toEqual(['2024-02']);
    expect(row('W03').redFlagMonths).toEqual([]);
    // Ranks: Jan W01 1, W02 2, W03 3 (0); Feb W02 1, W01 2, W03 3; Mar W01 1, W03 2, W02 3.
    expect(row('W03').months).toEqual([
      { month: '2024-01', score: '0', rank: 3, redFlag: false, vetoed: true },
      { month: '2024-02', score: '95', rank: 3, redFlag: false, vetoed: false },
      { month: '2024-03', score: '99', rank: 2, redFlag: false, vetoed: false },
    ]);
    expect(row('W02').months.map((m) => m.rank)).toEqual([2, 1, 3]);
    expect(row('W01').deductions).toEqual([
      { categoryId: 'work', title: '工作窗口', deducted: '3' },
      { categoryId: 'unit', title: '窗口单位', deducted: '0' },
    ]);
    expect(row('W02').deductions).toEqual([
      { categoryId: 'work', title: '工作窗口', deducted: '3' },
      { categoryId: 'unit', title: '窗口单位', deducted: '3' },
    ]);
    expect(row('W03').deductions).toEqual([
      { categoryId: 'work', title: '工作窗口', deducted: '1' },
      { categoryId: 'unit', title: '窗口单位', deducted: '5' },
    ]);
    expect(row('W03').vetoes).toEqual([{ month: '2024-01', clauseId: 'w6.5', entryIds: ['W03-2024-01-fee'] }]);
    expect(row('W01').vetoes).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------
// Service stars
// ---------------------------------------------------------------------------------------

describe('selectServiceStars', () => {
  // The annual result of sevenWindowYear names W02, W04 and W01 (worked out above); its
  // rubric states 服务明星 4-6人.
  const annual = annualComposite({ months: sevenWindowYear().months, survey: sevenSurvey });
  const staff = [
    { personId: 'p01', windowId: 'W01' },
    { personId: 'p02', windowId: 'W01' },
    { personId: 'p03', windowId: 'W02' },
    { personId: 'p04', windowId: 'W02' },
    { personId: 'p05', windowId: 'W04' },
    { personId: 'p06', windowId: 'W04' },
    { personId: 'p07', windowId: 'W04' },
    { personId: 'p08', windowId: 'W03' },
  ];

  it('candidates only from red-flag windows; a tie at 6th is left to the committee; min/max from the rubric', () => {
    // 000: "服务明星每年评选一次,每次4-6人,…服务明星在获得红旗窗口的工作人员中投票推选,
    //       “窗口争星”活动考评领导小组结合日常考核记录综合评定,结果对外公示。"
    // and 三(一): "只有被评为“红旗窗口”的工作人员才能作为候选人参加评先评优和“服务明星”的评选。"
    // Red-flag windows: W01, W02, W04. p08 (W03) and p99 (on no staff list) cannot count.
    // Candidates by votes: p01 50 (1), p02 45 (2), p03 40 (3), p04 35 (4), p05 30 (5),
    //   p06 25 (6), p07 25 (6). Max 6: p06 and p07 share 6th with one place left, so
    //   neither is named: selected p01 … p05 (5 <= 6), tiedAtMax [p06, p07]; 5 >= 4, no shortfall.
    expect(annual.selected).toEqual(['W02', 'W04', 'W01']);
    const s = selectServiceStars({
      annual,
      staff,
      votes: { p01: 50, p02: 45, p03: 40, p04: 35, p05: 30, p06: 25, p07: 25, p08: 60, p99: 70 },
    });
    expect(s.min).toBe(4);
    expect(s.max).toBe(6);
    expect(s.ranking.map((r) => [r.id, r.rank])).toEqual([
      ['p01', 1],
      ['p02', 2],
      ['p03', 3],
      ['p04', 4],
      ['p05', 5],
      ['p06', 6],
      ['p07', 6],
    ]);
    expect(s.selected).toEqual(['p01', 'p02', 'p03', 'p04', 'p05']);
    expect(s.selected.length).toBeLessThanOrEqual(6);
    expect(s.tiedAtMax).toEqual(['p06', 'p07']);
    expect(s.shortfall).toBe(0);
    expect(s.ignoredVotes).toEqual([
      { personId: 'p08', votes: 60, reason: 'not-on-a-red-flag-window' },
      { personId: 'p99', votes: 70, reason: 'not-on-staff-list' },
    ]);
  });

  it('too few candidates: a shortfall, never padded', () => {
    // 000: "服务明星每年评选一次,每次4-6人"
    // Only p01 (10), p03 (8) and p05 (6) are voted for among red-flag staff; p08's 50 votes
    // do not count. 3 named, min 4 -> shortfall 4 - 3 = 1; nobody is added.
    const s = selectServiceStars({ annual, staff, votes: { p01: 10, p03: 8, p05: 6, p08: 50 } });
    expect(s.selected).toEqual(['p01', 'p03', 'p05']);
    expect(s.shortfall).toBe(1);
    expect(s.tiedAtMax).toEqual([]);
    expect(s.ignoredVotes).toEqual([{ personId: 'p08', votes: 50, reason: 'not-on-a-red-flag-window' }]);
  });
});

// ---------------------------------------------------------------------------------------
// 双目标
// ---------------------------------------------------------------------------------------

describe('dualTargetScore (000 一(三) 结合政府“双目标”责任制考核评分说明)', () => {
  // The source with the web page-chunk markers ("\n\n9、") taken out, so a rule split by a
  // page break reads as one sentence.
  const source000 = readFileSync(new URL('../fixtures/sources/000_a9c1555c7f05ee58.txt', import.meta.url), 'utf8').replace(/\n\n\d+、/g, '');

  it('full / partial (1/2) / advice-only (1/4) / missing-window (0) / no approval functions (no score)', () => {
    // 000: "1、行政审批服务职能应进尽进中心,在中心窗口为办事者受理办件的县直部门据实评分。" -> 88 x 1 = 88
    const full = dualTargetScore('88', 'full');
    expect(full).toMatchObject({ status: 'full', factor: '1', score: '88' });
    // 000: "3、…能纳入中心的职能没有完全纳入中心受理办理的县直部门,…该单位得总分的二分之一。"
    //   88 x 1/2 = 44; 88.5 x 1/2 = 44.25
    const partial = dualTargetScore('88', 'partial');
    expect(partial).toMatchObject({ status: 'partial', factor: '0.5', score: '44' });
    expect(dualTargetScore('88.5', 'partial').score).toBe('44.25');
    // 000: "4、…只能提供咨询服务的县直部门,…该单位得总分的四分之一。" -> 88 x 1/4 = 22
    const advice = dualTargetScore(88, 'advice-only');
    expect(advice).toMatchObject({ status: 'advice-only', factor: '0.25', score: '22' });
    // 000: "5、…政府明确应在中心设窗口而未在设置窗口的县直部门,…不得分。" -> 0
    const missing = dualTargetScore('88', 'missing-window');
    expect(missing).toMatchObject({ status: 'missing-window', factor: '0', score: '0' });
    // 000: "2、没有行政审批职能或审批服务职能少且不面对公众的县直部门,…依照政府综合意见评分。" -> no score
    const none = dualTargetScore('88', 'no-approval-functions');
    expect(none).toMatchObject({ status: 'no-approval-functions', factor: null, score: null });

    for (const r of [full, partial, advice, missing, none]) expect(source000).toContain(r.rule);
  });
});

// ---------------------------------------------------------------------------------------
// 千分制 outcomes (004 篇5)
// ---------------------------------------------------------------------------------------

describe('gradeOutcomes (004 篇5 千分制)', () => {
  it('合格 from 900, 优胜 to the top three ranks (a tie at 3rd: both), 100 yuan per person either way', () => {
    // 004: "得分900分以上为合格单位;得分前三名为优胜单位,按人平100元给予奖励,并作为年度评先依据;
    //       得分少于900分单位每人扣款100元"
    // 900分以上 includes 900 (以上 counts the number itself; 少于900 is the complement).
    // Units: A 980 (rank 1), B 950 (2), C 900 (3), D 900 (3, tied), E 899.5 (5).
    //   A-D: 合格, prize (competition rank <= 3): 0 + 100 = 100 per person.
    //   E:   不合格, rank 5: no prize: -100 per person.
    // Totals: A 12 x 100 = 1200; B 8 x 100 = 800; C 10 x 100 = 1000; D 5 x 100 = 500;
    //         E 9 x -100 = -900. F has no headcount: total null.
    const rows = gradeOutcomes({
      scores: [
        { id: 'A', score: '980' },
        { id: 'B', score: '950' },
        { id: 'C', score: '900' },
        { id: 'D', score: '900' },
        { id: 'E', score: '899.5' },
        { id: 'F', score: '760' },
      ],
      outcomes: {
        bands: [
          { id: 'pass', label: '合格', min: '900' },
          { id: 'fail', label: '不合格', min: '0', yuanPerPerson: '-100' },
        ],
        prizes: [{ id: 'top3', label: '优胜单位', top: 3, yuanPerPerson: '100' }],
      },
      headcount: { A: 12, B: 8, C: 10, D: 5, E: 9 },
    });
    const pass = { id: 'pass', label: '合格' };
    const fail = { id: 'fail', label: '不合格' };
    const top3 = { id: 'top3', label: '优胜单位' };
    expect(rows).toEqual([
      { id: 'A', score: '980', rank: 1, band: pass, prize: top3, shortfall: null, yuan: { perPerson: '100', total: '1200' } },
      { id: 'B', score: '950', rank: 2, band: pass, prize: top3, shortfall: null, yuan: { perPerson: '100', total: '800' } },
      { id: 'C', score: '900', rank: 3, band: pass, prize: top3, shortfall: null, yuan: { perPerson: '100', total: '1000' } },
      { id: 'D', score: '900', rank: 3, band: pass, prize: top3, shortfall: null, yuan: { perPerson: '100', total: '500' } },
      { id: 'E', score: '899.5', rank: 5, band: fail, prize: null, shortfall: null, yuan: { perPerson: '-100', total: '-900' } },
      { id: 'F', score: '760', rank: 6, band: fail, prize: null, shortfall: null, yuan: { perPerson: '-100', total: null } },
    ]);
  });
});

// ---------------------------------------------------------------------------------------
// Share selections
// ---------------------------------------------------------------------------------------

describe('selectShare / shareCount', () => {
  // S01 … S30 with distinct scores 100, 99, …, 71 (S_k scores 101 - k).
  const staff30 = Array.from({ length: 30 }, (_, i) => ({ id: `S${String(i + 1).padStart(2, '0')}`, score: String(100 - i) }));

  it('15% of 30 = 4 (floor of 4.5); a cap of 0.2 allows 0.2 (6) and rejects 0.25', () => {
    // 002: "政务服务中心工作人员的年度考核优秀等次比例一般掌握在15%以内,工作实绩突出,可适当提高,
    //       最高不超过20%。"  (000 uses the same share rule for windows: "按窗口总数的50%确定")
    // 30 x 0.15 = 4.5 -> floor 4: S01 … S04.  30 x 0.2 = 6: S01 … S06.
    expect(shareCount('0.15', 30)).toBe(4);
    expect(shareCount('0.5', 7)).toBe(3);
    const s15 = selectShare({ scores: staff30, share: '0.15', cap: '0.2' });
    expect(s15.count).toBe(4);
    expect(s15.selected).toEqual(['S01', 'S02', 'S03', 'S04']);
    expect(s15.population).toBe(30);
    const s20 = selectShare({ scores: staff30, share: '0.2', cap: '0.2' });
    expect(s20.count).toBe(6);
    expect(s20.selected).toEqual(['S01', 'S02', 'S03', 'S04', 'S05', 'S06']);
    expect(() => selectShare({ scores: staff30, share: '0.25', cap: '0.2' })).toThrow(InvalidOptionsError);
  });

  it("a tie at the boundary: 'leave-out' names fewer and reports the shortfall; keep-whole names more", () => {
    // 002: "…优秀等次比例一般掌握在15%以内…最高不超过20%。" — a ceiling, so a tie for the
    // last place may not push the count over it.
    // S04 and S05 both score 97 (places 4 and 5); count 4 leaves 1 slot for 2 tied.
    //   leave-out: S01, S02, S03 named; shortfall 4 - 3 = 1.
    //   keep-whole (default): S01 … S05 named, tiedAtBoundary.
    const tiedScores = staff30.map((s) => (s.id === 'S05' ? { id: 'S05', score: '97' } : s));
    const out = selectShare({ scores: tiedScores, share: '0.15', cap: '0.2', ties: 'leave-out' });
    expect(out.count).toBe(4);
    expect(out.selected).toEqual(['S01', 'S02', 'S03']);
    expect(out.shortfall).toBe(1);
    expect(out.tiedAtBoundary).toBe(false);
    expect(out.boundary).toEqual({ score: '97', rank: 4, tied: ['S04', 'S05'], slots: 1 });
    const whole = selectShare({ scores: tiedScores, share: '0.15' });
    expect(whole.selected).toEqual(['S01', 'S02', 'S03', 'S04', 'S05']);
    expect(whole.tiedAtBoundary).toBe(true);
    expect(whole.shortfall).toBe(0);
  });
});
