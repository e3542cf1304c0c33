// Golden cards for the two attendance rubrics of source 002 篇二 (中心窗口工作人员考勤及请假制度),
// test/fixtures/sources/002_96ac540ced578be8.txt lines 47-117, worked out BY HAND:
//
//   rubrics/centre-attendance.json       九 (中心办公室工作人员, 百分制, one card per person per year)
//   rubrics/window-staff-attendance.json 一-八 (窗口工作人员: deductions off the home unit's
//                                        年度政务公开工作考核成绩, 退回原单位 flags)
//
// Both are `subject: 'person'` rubrics: every entry carries personId, every card is one person
// at one window. Years and months are cut in Asia/Shanghai (the default time zone).
//
// centre-attendance points (九): 9.1.1 迟到/早退/离岗 0.5; 9.1.2 旷工 1; 9.1.5 请假 overflow
// (allowance 5 a month, each one beyond = one 9.1.2); 9.2.1-false 0.5; 9.2.1-missing 0.5;
// 9.2.2 0.5 per 人次; 9.3 0.2; bonus 9.4-province 5, 9.4-city 3, 9.4-county 1 per 篇.
// Score = 100 - deductions + bonus, kept within [0, 100]. Shortfall: below 90, -100 yuan per point.
//
// window-staff-attendance points (六(五)): 6.5-late 1, 6.5-early 1, 6.5-overleave 1, 6.5-absent 2,
// summed uncapped in the tally category `unit`; 6.3-leave and 8.1-sick are records (no points).
// The card's score is always '0' (total 0, no scored category).

import { describe, expect, it } from 'vitest';
import { explain, gradeOutcomes, scorePeriod } from '../../src/index.js';
import { lintRubric } from '../../src/rubric/lint.js';
import { builtin, cat, traceOf } from './helpers.js';
import type { LedgerRecord, PeriodResult, WindowCard } from '../../src/index.js';

const centre = builtin('centre-attendance');
const staff = builtin('window-staff-attendance');

/** The card of one person at one window (helpers' cardOf looks at the window only). */
function personCard(r: PeriodResult, windowId: string, personId: string): WindowCard {
  const c = r.cards.find((k) => k.windowId === windowId && k.personId === personId);
  if (c === undefined) throw new Error(`no card for ${windowId} / ${personId}`);
  return c;
}

function flagOf(c: WindowCard, id: string) {
  const f = c.flags.find((x) => x.id === id);
  if (f === undefined) throw new Error(`no flag ${id}`);
  return f;
}

/** `n` entries of one clause for one person, one per day from `day` of `month` (each count 1). */
function daily(prefix: string, clauseId: string, month: string, n: number, personId = 'P1', windowId = 'OFFICE', day = 1): LedgerRecord[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `${prefix}${i + 1}`,
    windowId,
    personId,
    clauseId,
    date: `${month}-${String(day + i).padStart(2, '0')}`,
  }));
}

describe('centre-attendance golden cards (002 篇二 九)', () => {
  const OFFICE = 'OFFICE';
  const people = [{ windowId: OFFICE, personId: 'P1' }];
  const year = (entries: readonly LedgerRecord[], period = '2024') => scorePeriod(centre, entries, { period, people });
  const p1 = (r: PeriodResult) => personCard(r, OFFICE, 'P1');
  const shortfall = (score: string) => gradeOutcomes({ scores: [{ id: 'P1', score }], outcomes: centre.outcomes! })[0]!;

  it('lints clean and holds the clauses of 九', () => {
    expect(lintRubric(centre)).toEqual({ ok: true, issues: [] });
    expect(centre.categories.map((c) => [c.id, c.max, c.clauses.map((k) => `${k.id}:${k.kind}`)])).toEqual([
      ['attendance', '100', [
        '9.1.1:per-occurrence', '9.1.2:per-occurrence', '9.1.5:overflow', '9.2.1-false:per-occurrence', '9.2.1-missing:per-occurrence',
        '9.2.2:per-occurrence', '9.3:per-occurrence', '9.4-province:bonus', '9.4-city:bonus', '9.4-county:bonus',
      ]],
    ]);
    expect(centre.outcomes?.shortfall).toEqual({ below: '90', yuanPerPoint: '-100', text: '凡年度考勤分未达到90分的,每少一分,扣年终目标管理奖100元' });
  });

  it('a clean year scores 100 and costs nothing', () => {
    // 002 九: "中心办公室工作人员的考勤与年终目标管理奖挂钩,实行百分制"
    // no entries: 100 - 0 = 100; 100 is not below 90, so no shortfall, 0 yuan
    const r = year([]);
    const c = p1(r);
    expect(c.score).toBe('100');
    expect(c.max).toBe('100');
    expect(cat(c, 'attendance')).toMatchObject({ max: '100', score: '100', deducted: '0', bonus: '0', capped: false });
    expect(c.trace).toEqual([]);
    expect(shortfall('100')).toMatchObject({ shortfall: null, yuan: { perPerson: '0', total: null } });
  });

  it('9.1.1 + 9.1.2: late x3 and absent x2', () => {
    // 002 九(一)1: "无故迟到、早退、离岗的每次扣0.5分;"
    // 002 九(一)2: "无故旷工(含半天)的每次扣1分;"
    // 100 - 3 x 0.5 - 2 x 1 = 100 - 1.5 - 2 = 96.5
    const r = year([
      ...daily('late', '9.1.1', '2024-02', 3),
      { id: 'abs1', windowId: OFFICE, personId: 'P1', clauseId: '9.1.2', date: '2024-06-03' },
      { id: 'abs2', windowId: OFFICE, personId: 'P1', clauseId: '9.1.2', date: '2024-09-10T09:00:00+08:00' },
    ]);
    const c = p1(r);
    expect(traceOf(c, '9.1.1')).toMatchObject({ count: '3', points: '1.5', applied: '1.5' });
    expect(traceOf(c, '9.1.2')).toMatchObject({ count: '2', points: '2', applied: '2' });
    expect(cat(c, 'attendance').deducted).toBe('3.5');
    expect(c.score).toBe('96.5');
    expect(r.counts).toMatchObject({ received: 5, accepted: 5, live: 5, rejected: 0, outOfPeriod: 0 });
  });

  it('9.1.5: 7 leave requests in March and 6 in May become 2 + 1 absences; 5 in July become none', () => {
    // 002 九(一)5: "凡请假次数月累计超过5次的,一律视为旷工。"
    // March 7 - 5 = 2, May 6 - 5 = 1, July 5 - 5 = 0 -> 3 converted 旷工 (九(一)2 "每次扣1分")
    // 100 - 3 x 1 = 97
    const r = year([...daily('mar', '9.1.5', '2024-03', 7), ...daily('may', '9.1.5', '2024-05', 6), ...daily('jul', '9.1.5', '2024-07', 5)]);
    const c = p1(r);
    expect(traceOf(c, '9.1.5')).toMatchObject({ effect: 'record', count: '18', converted: '3', points: '0' });
    expect(traceOf(c, '9.1.2')).toMatchObject({ count: '3', points: '3', applied: '3', entryIds: [], convertedFrom: [{ clauseId: '9.1.5', count: '3' }] });
    expect(c.score).toBe('97');
  });

  it('9.1.5: a leave request voided on appeal un-does the overflow it caused', () => {
    // 002 九(一)5: "凡请假次数月累计超过5次的,一律视为旷工。"
    // April: 6 requests -> 6 - 5 = 1 旷工 -> 100 - 1 = 99
    // one request voided -> 5 live -> 5 - 5 = 0 -> 100
    const six = daily('apr', '9.1.5', '2024-04', 6);
    expect(p1(year(six)).score).toBe('99');
    const r = year([...six, { id: 'v1', voids: 'apr6', date: '2024-05-02', note: '申诉成立: 该次为值班人员误记' }]);
    const c = p1(r);
    expect(c.score).toBe('100');
    expect(traceOf(c, '9.1.5')).toMatchObject({ count: '5', voided: [{ entryId: 'apr6', voidedBy: 'v1' }] });
    expect(traceOf(c, '9.1.5').converted).toBeUndefined();
    expect(c.trace.some((t) => t.clauseId === '9.1.2')).toBe(false);
    expect(r.counts).toMatchObject({ received: 7, accepted: 7, live: 5, voided: 1, voids: 1 });
  });

  it('9.1.5: a request at 00:30 on 1 April (Shanghai) counts in April, not March', () => {
    // 002 九(一)5: "凡请假次数月累计超过5次的,一律视为旷工。"
    // '2024-03-31T16:30:00Z' = 2024-04-01 00:30 in Asia/Shanghai.
    // March: 5 requests (not beyond 5); April: 1 -> 0 converted -> 100.
    // Had it been March: 6 - 5 = 1 -> 99. It is not.
    const r = year([...daily('mar', '9.1.5', '2024-03', 5), { id: 'edge', windowId: OFFICE, personId: 'P1', clauseId: '9.1.5', date: '2024-03-31T16:30:00Z' }]);
    const c = p1(r);
    expect(traceOf(c, '9.1.5')).toMatchObject({ count: '6' });
    expect(traceOf(c, '9.1.5').converted).toBeUndefined();
    expect(c.score).toBe('100');
  });

  it('9.2.1 / 9.2.2 / 9.3: duty log, attendance tally and post checks', () => {
    // 002 九(二)1: "如实记录值班日志,不如实填写的,每次扣0.5分,每少记录一次扣0.5分。"
    // 002 九(二)2: "2如实做好值班期间的考勤统计,未如实统计的,每人次扣0.5分。"
    // 002 九(三): "少查岗一次扣查岗人员0.2分。"
    // 9.2.1-false x2 = 1; 9.2.1-missing x3 = 1.5; 9.2.2 4 人次 = 2; 9.3 x5 = 1.0
    // deductions = 1 + 1.5 + 2 + 1 = 5.5 -> 100 - 5.5 = 94.5
    const r = year([
      { id: 'f1', windowId: OFFICE, personId: 'P1', clauseId: '9.2.1-false', date: '2024-01-08', count: 2 },
      ...daily('m', '9.2.1-missing', '2024-02', 3),
      { id: 's1', windowId: OFFICE, personId: 'P1', clauseId: '9.2.2', date: '2024-03-12', count: 4 },
      ...daily('q', '9.3', '2024-11', 5),
    ]);
    const c = p1(r);
    expect(traceOf(c, '9.2.1-false')).toMatchObject({ count: '2', points: '1' });
    expect(traceOf(c, '9.2.1-missing')).toMatchObject({ count: '3', points: '1.5' });
    expect(traceOf(c, '9.2.2')).toMatchObject({ count: '4', points: '2' });
    expect(traceOf(c, '9.3')).toMatchObject({ count: '5', points: '1' });
    expect(c.score).toBe('94.5');
  });

  it('9.4: articles +5 / +3 / +1 net against deductions', () => {
    // 002 九(四): "工作人员投稿凡被省、市、县采纳的,每篇分别加5分、3分、1分。"
    // 旷工 x9 = 9 (九(一)2 "每次扣1分"); city 1 篇 = +3; county 1 篇 = +1
    // 100 - 9 + 3 + 1 = 95 (within [0, 100], no cap)
    const r = year([
      { id: 'a1', windowId: OFFICE, personId: 'P1', clauseId: '9.1.2', date: '2024-04-01', count: 9 },
      { id: 'b1', windowId: OFFICE, personId: 'P1', clauseId: '9.4-city', date: '2024-05-20' },
      { id: 'b2', windowId: OFFICE, personId: 'P1', clauseId: '9.4-county', date: '2024-08-20' },
    ]);
    const c = p1(r);
    expect(cat(c, 'attendance')).toMatchObject({ score: '95', deducted: '9', bonus: '4', capped: false });
    expect(traceOf(c, '9.4-city')).toMatchObject({ effect: 'bonus', count: '1', points: '3', applied: '3' });
    expect(traceOf(c, '9.4-county')).toMatchObject({ effect: 'bonus', count: '1', points: '1', applied: '1' });
  });

  it('9.4: a province article never lifts the score past 100', () => {
    // 002 九(四): "工作人员投稿凡被省、市、县采纳的,每篇分别加5分、3分、1分。"
    // late x4 = 2 (九(一)1 0.5 each) + 旷工 x1 = 1 -> deductions 3; province 1 篇 = +5
    // 100 - 3 + 5 = 102 -> kept at 100 (百分制); bonus applied = 3 (only what offsets the deductions)
    const r = year([
      ...daily('late', '9.1.1', '2024-03', 4),
      { id: 'a1', windowId: OFFICE, personId: 'P1', clauseId: '9.1.2', date: '2024-03-20' },
      { id: 'p1', windowId: OFFICE, personId: 'P1', clauseId: '9.4-province', date: '2024-10-15' },
    ]);
    const c = p1(r);
    expect(c.score).toBe('100');
    expect(cat(c, 'attendance')).toMatchObject({ score: '100', deducted: '3', bonus: '3', capped: true });
    expect(traceOf(c, '9.4-province')).toMatchObject({ points: '5', applied: '3', capped: true });
  });

  it('deductions past 100 stop at 0, and the shortfall is then 90 points', () => {
    // 002 九(一)2: "无故旷工(含半天)的每次扣1分;" x120 = 120 > 100
    // 100 - 120 < 0 -> 0 (the library's 扣完为止 floor; 002 itself does not say whether the score can go below 0)
    // applied 100, not 120. Shortfall 90 - 0 = 90 points -> 90 x -100 = -9000 yuan
    const r = year([{ id: 'a1', windowId: OFFICE, personId: 'P1', clauseId: '9.1.2', date: '2024-07-01', count: 120 }]);
    const c = p1(r);
    expect(c.score).toBe('0');
    expect(cat(c, 'attendance')).toMatchObject({ score: '0', deducted: '100', capped: true });
    expect(traceOf(c, '9.1.2')).toMatchObject({ count: '120', points: '120', applied: '100', capped: true });
    expect(shortfall(c.score!)).toMatchObject({ shortfall: { points: '90', yuanPerPerson: '-9000' }, yuan: { perPerson: '-9000' } });
  });

  it('shortfall: 88.5 costs 150 yuan, 89.8 costs 20, exactly 90 costs nothing', () => {
    // 002 九: "凡年度考勤分未达到90分的,每少一分,扣年终目标管理奖100元。"
    // A: 旷工 x11 (11) + late x1 (0.5) = 11.5 -> 100 - 11.5 = 88.5 -> short 90 - 88.5 = 1.5 -> 1.5 x -100 = -150
    // B: 旷工 x10 (10) + 少查岗 x1 (0.2) = 10.2 -> 89.8 -> short 0.2 -> -20
    // C: 旷工 x10 = 10 -> 90 -> not "未达到90分" -> no shortfall, 0 yuan
    const people3 = [{ windowId: OFFICE, personId: 'A' }, { windowId: OFFICE, personId: 'B' }, { windowId: OFFICE, personId: 'C' }];
    const r = scorePeriod(centre, [
      { id: 'a1', windowId: OFFICE, personId: 'A', clauseId: '9.1.2', date: '2024-02-01', count: 11 },
      { id: 'a2', windowId: OFFICE, personId: 'A', clauseId: '9.1.1', date: '2024-02-02' },
      { id: 'b1', windowId: OFFICE, personId: 'B', clauseId: '9.1.2', date: '2024-02-01', count: 10 },
      { id: 'b2', windowId: OFFICE, personId: 'B', clauseId: '9.3', date: '2024-02-02' },
      { id: 'c1', windowId: OFFICE, personId: 'C', clauseId: '9.1.2', date: '2024-02-01', count: 10 },
    ], { period: '2024', people: people3 });
    const scores = r.cards.map((c) => ({ id: c.personId!, score: c.score! }));
    expect(scores).toEqual([{ id: 'A', score: '88.5' }, { id: 'B', score: '89.8' }, { id: 'C', score: '90' }]);
    // gradeOutcomes returns rows in rank order (C 90, B 89.8, A 88.5); sorted by id here
    const out = gradeOutcomes({ scores, outcomes: centre.outcomes! }).slice().sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(out.map((o) => [o.id, o.shortfall, o.yuan.perPerson])).toEqual([
      ['A', { points: '1.5', yuanPerPerson: '-150' }, '-150'],
      ['B', { points: '0.2', yuanPerPerson: '-20' }, '-20'],
      ['C', null, '0'],
    ]);
  });

  it('Asia/Shanghai year edge: 2024-12-31T16:30:00Z belongs to 2025', () => {
    // 002 九: "凡年度考勤分未达到90分的" — the year is cut in Asia/Shanghai.
    // '2024-12-31T16:30:00Z' = 2025-01-01 00:30 (UTC+8) -> out of 2024, in 2025.
    // '2024-12-31T15:59:59Z' = 2024-12-31 23:59:59 (UTC+8) -> in 2024.
    // 2024: one 旷工 (九(一)2, 1) -> 99; 2025: one 旷工 -> 99
    const entries: LedgerRecord[] = [
      { id: 'late-night', windowId: OFFICE, personId: 'P1', clauseId: '9.1.2', date: '2024-12-31T15:59:59Z' },
      { id: 'new-year', windowId: OFFICE, personId: 'P1', clauseId: '9.1.2', date: '2024-12-31T16:30:00Z' },
    ];
    const y24 = year(entries, '2024');
    expect(p1(y24).score).toBe('99');
    expect(traceOf(p1(y24), '9.1.2').entryIds).toEqual(['late-night']);
    expect(y24.counts).toMatchObject({ received: 2, accepted: 1, outOfPeriod: 1 });
    const y25 = year(entries, '2025');
    expect(p1(y25).score).toBe('99');
    expect(traceOf(p1(y25), '9.1.2').entryIds).toEqual(['new-year']);
  });

  it('one card per person; an entry without personId is rejected (person-required)', () => {
    // 002 九: "中心办公室工作人员的考勤与年终目标管理奖挂钩" — a score per person.
    // P1: late x1 = 0.5 -> 99.5; P2: no entries -> 100; the entry without personId counts for nobody
    const r = scorePeriod(centre, [
      { id: 'ok', windowId: OFFICE, personId: 'P1', clauseId: '9.1.1', date: '2024-05-05' },
      { id: 'who', windowId: OFFICE, clauseId: '9.1.2', date: '2024-05-06' },
    ], { period: '2024', people: [{ windowId: OFFICE, personId: 'P1' }, { windowId: OFFICE, personId: 'P2' }] });
    expect(r.cards.map((c) => [c.personId, c.score])).toEqual([['P1', '99.5'], ['P2', '100']]);
    expect(r.rejected).toEqual([expect.objectContaining({ index: 1, id: 'who', code: 'person-required', path: ['personId'] })]);
    expect(r.counts).toMatchObject({ received: 2, accepted: 1, rejected: 1 });
  });

  it('explain: overflow, deductions and a bonus on one card', () => {
    // 九(一)1 late x2 = 1; 九(一)5 March 6 requests -> 1 旷工 (1) + 九(一)2 旷工 x1 (1) -> 旷工 x2 = 2;
    // 九(四) county 1 篇 = +1. 100 - 1 - 2 + 1 = 98
    const r = year([
      ...daily('late', '9.1.1', '2024-01', 2),
      ...daily('lv', '9.1.5', '2024-03', 6),
      { id: 'abs', windowId: OFFICE, personId: 'P1', clauseId: '9.1.2', date: '2024-06-11' },
      { id: 'art', windowId: OFFICE, personId: 'P1', clauseId: '9.4-county', date: '2024-09-09' },
    ]);
    const c = p1(r);
    expect(c.score).toBe('98');
    expect(explain(c, centre)).toMatchInlineSnapshot(`
      "OFFICE P1 得分 98 / 100
      考勤分 -1: 无故迟到、早退、离岗的每次扣0.5分 x2次 [条款 9.1.1; 条目 late1, late2]
      考勤分 -2: 无故旷工(含半天)的每次扣1分 x2次 (含条款 9.1.5 超出部分 1次) [条款 9.1.2; 条目 abs]
      考勤分 记录: 凡请假次数月累计超过5次的,一律视为旷工。 x6次 (超出部分 1次 计入 条款 9.1.2) [条款 9.1.5; 条目 lv1, lv2, lv3, lv4, lv5, lv6]
      考勤分 +1: 工作人员投稿凡被省、市、县采纳的,每篇分别加5分、3分、1分。 x1篇 [条款 9.4-county; 条目 art]"
    `);
  });
});

describe('window-staff-attendance golden cards (002 篇二 一-八)', () => {
  const TAX = 'TAX';
  const LAND = 'LAND';
  const year = (entries: readonly LedgerRecord[], people: { windowId: string; personId: string }[] = [{ windowId: TAX, personId: 'A' }], period = '2024') =>
    scorePeriod(staff, entries, { period, people });
  const flagsOf = (c: WindowCard) => c.flags.map((f) => [f.id, f.value, f.raised]);

  it('lints clean and holds 六(五) and the records', () => {
    expect(lintRubric(staff)).toEqual({ ok: true, issues: [] });
    expect(staff.total).toBe('0');
    expect(staff.categories.map((c) => [c.id, c.max, c.clauses.map((k) => `${k.id}:${k.kind}`)])).toEqual([
      ['unit', undefined, ['6.5-late:per-occurrence', '6.5-early:per-occurrence', '6.5-overleave:per-occurrence', '6.5-absent:per-occurrence']],
      ['records', undefined, ['6.3-leave:record', '8.1-sick:record']],
    ]);
    expect(staff.flags?.map((f) => [f.id, f.per, f.atLeast ?? null, f.moreThan ?? null])).toEqual([
      ['6.3-leave-monthly', 'month', null, '5'],
      ['8.1-sick-days', 'period', null, '90'],
      ['8.2-late-early', 'period', '20', null],
      ['8.3-absent', 'period', '5', null],
    ]);
  });

  it('a clean year: nothing deducted, no flag raised', () => {
    // 002 六(五): "工作人员每迟到、早退、超假一次各扣所属单位年度政务公开工作考核成绩1分;..."
    // no entries -> unit deducted 0; card score is '0' (total 0, no scored category); all flags 0, not raised
    const c = personCard(year([]), TAX, 'A');
    expect(c.score).toBe('0');
    expect(c.max).toBe('0');
    expect(cat(c, 'unit')).toMatchObject({ max: null, score: null, deducted: '0' });
    expect(flagsOf(c)).toEqual([
      ['6.3-leave-monthly', '0', false],
      ['8.1-sick-days', '0', false],
      ['8.2-late-early', '0', false],
      ['8.3-absent', '0', false],
    ]);
  });

  it('六(五): late 3, early 2, over-leave 1, absent 2 -> 10 points off the home unit', () => {
    // 002 六(五): "工作人员每迟到、早退、超假一次各扣所属单位年度政务公开工作考核成绩1分;旷工每次扣所属单位年度政务公开工作考核成绩2分。"
    // 3 x 1 + 2 x 1 + 1 x 1 + 2 x 2 = 3 + 2 + 1 + 4 = 10 (uncapped tally, no score of its own)
    const c = personCard(year([
      ...daily('l', '6.5-late', '2024-03', 3, 'A', TAX),
      ...daily('e', '6.5-early', '2024-04', 2, 'A', TAX),
      { id: 'o1', windowId: TAX, personId: 'A', clauseId: '6.5-overleave', date: '2024-05-06' },
      { id: 'x1', windowId: TAX, personId: 'A', clauseId: '6.5-absent', date: '2024-06-03', count: 2 },
    ]), TAX, 'A');
    expect(cat(c, 'unit')).toMatchObject({ max: null, score: null, deducted: '10', capped: false });
    expect(traceOf(c, '6.5-late')).toMatchObject({ count: '3', points: '3' });
    expect(traceOf(c, '6.5-early')).toMatchObject({ count: '2', points: '2' });
    expect(traceOf(c, '6.5-overleave')).toMatchObject({ count: '1', points: '1' });
    expect(traceOf(c, '6.5-absent')).toMatchObject({ count: '2', points: '4' });
    expect(c.score).toBe('0');
  });

  it('六(五): deductions per unit = the sum of its people\'s cards, uncapped', () => {
    // 002 六(五): "...各扣所属单位年度政务公开工作考核成绩1分;旷工每次扣所属单位年度政务公开工作考核成绩2分。"
    // TAX/A: late x2 = 2; TAX/B: absent x3 = 6, early x1 = 1 -> 7; TAX = 2 + 7 = 9
    // LAND/C: over-leave x1 = 1; LAND/D: absent x60 = 120 (no cap: a tally) -> LAND = 121
    const r = year([
      ...daily('al', '6.5-late', '2024-02', 2, 'A', TAX),
      ...daily('bx', '6.5-absent', '2024-03', 3, 'B', TAX),
      { id: 'be', windowId: TAX, personId: 'B', clauseId: '6.5-early', date: '2024-03-20' },
      { id: 'co', windowId: LAND, personId: 'C', clauseId: '6.5-overleave', date: '2024-08-08' },
      { id: 'dx', windowId: LAND, personId: 'D', clauseId: '6.5-absent', date: '2024-09-02', count: 60 },
    ], [{ windowId: TAX, personId: 'A' }, { windowId: TAX, personId: 'B' }, { windowId: LAND, personId: 'C' }, { windowId: LAND, personId: 'D' }]);
    expect(r.cards.map((c) => [c.windowId, c.personId, cat(c, 'unit').deducted])).toEqual([
      [LAND, 'C', '1'],
      [LAND, 'D', '120'],
      [TAX, 'A', '2'],
      [TAX, 'B', '7'],
    ]);
    const perUnit = (w: string) => r.cards.filter((c) => c.windowId === w).reduce((n, c) => n + Number(cat(c, 'unit').deducted), 0);
    expect(perUnit(TAX)).toBe(9);
    expect(perUnit(LAND)).toBe(121);
  });

  it('八(一): 90 sick days do not raise the flag, 91 do', () => {
    // 002 八(一): "全年病假累计超过90个工作日的;" — 超过90 excludes 90
    // 90 -> not raised; 90 + 1 = 91 -> raised. Sick days deduct nothing (record): unit deducted 0.
    const ninety: LedgerRecord[] = [
      { id: 's1', windowId: TAX, personId: 'A', clauseId: '8.1-sick', date: '2024-02-01', count: 60 },
      { id: 's2', windowId: TAX, personId: 'A', clauseId: '8.1-sick', date: '2024-09-01', count: 30 },
    ];
    const at90 = personCard(year(ninety), TAX, 'A');
    expect(flagOf(at90, '8.1-sick-days')).toMatchObject({ value: '90', raised: false });
    const at91 = personCard(year([...ninety, { id: 's3', windowId: TAX, personId: 'A', clauseId: '8.1-sick', date: '2024-11-04' }]), TAX, 'A');
    expect(flagOf(at91, '8.1-sick-days')).toMatchObject({ value: '91', raised: true });
    expect(cat(at91, 'unit').deducted).toBe('0');
    expect(traceOf(at91, '8.1-sick')).toMatchObject({ effect: 'record', count: '91', points: '0' });
  });

  it('八(二): 19 late + early do not raise the flag, 20 do (以上 inclusive)', () => {
    // 002 八(二): "全年迟到早退累计20次以上;"
    // 12 late + 7 early = 19 -> not raised (deducts 19 x 1 = 19)
    // + 1 early -> 12 + 8 = 20 -> raised (deducts 20); over-leave and absence do not count here
    const base: LedgerRecord[] = [
      ...daily('l', '6.5-late', '2024-01', 12, 'A', TAX),
      ...daily('e', '6.5-early', '2024-02', 7, 'A', TAX),
      { id: 'o1', windowId: TAX, personId: 'A', clauseId: '6.5-overleave', date: '2024-03-01', count: 3 },
      { id: 'x1', windowId: TAX, personId: 'A', clauseId: '6.5-absent', date: '2024-03-02' },
    ];
    const at19 = personCard(year(base), TAX, 'A');
    expect(flagOf(at19, '8.2-late-early')).toMatchObject({ value: '19', raised: false });
    // 19 + 3 x 1 + 1 x 2 = 24
    expect(cat(at19, 'unit').deducted).toBe('24');
    const at20 = personCard(year([...base, { id: 'e8', windowId: TAX, personId: 'A', clauseId: '6.5-early', date: '2024-12-30' }]), TAX, 'A');
    expect(flagOf(at20, '8.2-late-early')).toMatchObject({ value: '20', raised: true });
    expect(cat(at20, 'unit').deducted).toBe('25');
  });

  it('八(二): a void brings 20 back to 19; an entry of 1 January 2025 (Shanghai) is not 全年 2024', () => {
    // 002 八(二): "全年迟到早退累计20次以上;"
    // 19 late in 2024 + 1 late at '2024-12-31T16:30:00Z' (= 2025-01-01 00:30 UTC+8) -> 2024 value 19, not raised
    // 20 late in 2024, one voided -> 19, not raised
    const nineteen = daily('l', '6.5-late', '2024-05', 19, 'A', TAX);
    const edge = personCard(year([...nineteen, { id: 'ny', windowId: TAX, personId: 'A', clauseId: '6.5-late', date: '2024-12-31T16:30:00Z' }]), TAX, 'A');
    expect(flagOf(edge, '8.2-late-early')).toMatchObject({ value: '19', raised: false });
    const twenty = daily('l', '6.5-late', '2024-05', 20, 'A', TAX);
    expect(flagOf(personCard(year(twenty), TAX, 'A'), '8.2-late-early')).toMatchObject({ value: '20', raised: true });
    const voided = personCard(year([...twenty, { id: 'v1', voids: 'l20', date: '2024-06-30' }]), TAX, 'A');
    expect(flagOf(voided, '8.2-late-early')).toMatchObject({ value: '19', raised: false });
    // 19 live late x 1 = 19
    expect(cat(voided, 'unit').deducted).toBe('19');
  });

  it('八(三): 4 days absent do not raise the flag, 5 do (one 旷工 entry per day)', () => {
    // 002 八(三): "累计旷工5天以上的。" with 六(五) "旷工每次扣所属单位年度政务公开工作考核成绩2分"
    // 3-day absence (count 3) + 1 day = 4 -> not raised, deducts 4 x 2 = 8
    // + 1 day = 5 -> raised, deducts 5 x 2 = 10
    const four: LedgerRecord[] = [
      { id: 'x1', windowId: TAX, personId: 'A', clauseId: '6.5-absent', date: '2024-04-08', count: 3 },
      { id: 'x2', windowId: TAX, personId: 'A', clauseId: '6.5-absent', date: '2024-10-14' },
    ];
    const at4 = personCard(year(four), TAX, 'A');
    expect(flagOf(at4, '8.3-absent')).toMatchObject({ value: '4', raised: false });
    expect(cat(at4, 'unit').deducted).toBe('8');
    const at5 = personCard(year([...four, { id: 'x3', windowId: TAX, personId: 'A', clauseId: '6.5-absent', date: '2024-11-18' }]), TAX, 'A');
    expect(flagOf(at5, '8.3-absent')).toMatchObject({ value: '5', raised: true });
    expect(cat(at5, 'unit').deducted).toBe('10');
  });

  it('六(三): more than 5 leave requests in a month raise the monthly flag, naming the month; nothing is deducted', () => {
    // 002 六(三): "工作人员请假(含临时请假)每人每月累计不能超过5次。"
    // March 6 -> > 5 -> raised for 2024-03; May 5 -> not > 5; the value is the largest month, 6.
    // No points: the source sets none for window staff -> unit deducted 0, no 旷工 conversion.
    const c = personCard(year([...daily('m', '6.3-leave', '2024-03', 6, 'A', TAX), ...daily('y', '6.3-leave', '2024-05', 5, 'A', TAX)]), TAX, 'A');
    expect(flagOf(c, '6.3-leave-monthly')).toMatchObject({ value: '6', raised: true, months: ['2024-03'] });
    expect(cat(c, 'unit').deducted).toBe('0');
    expect(c.trace.some((t) => t.clauseId === '6.5-absent')).toBe(false);
    expect(traceOf(c, '6.3-leave')).toMatchObject({ effect: 'record', count: '11' });
  });

  it('六(三): 5 + 5 in two months is not raised; a monthly period sees only its own month', () => {
    // 002 六(三): "工作人员请假(含临时请假)每人每月累计不能超过5次。"
    // Jan 5, Feb 5 -> no month > 5 -> not raised over the year (value 5)
    // period '2024-02' with Feb 6 -> raised, months ['2024-02']
    const r = year([...daily('j', '6.3-leave', '2024-01', 5, 'A', TAX), ...daily('f', '6.3-leave', '2024-02', 5, 'A', TAX)]);
    expect(flagOf(personCard(r, TAX, 'A'), '6.3-leave-monthly')).toMatchObject({ value: '5', raised: false, months: [] });
    const feb = year(daily('f', '6.3-leave', '2024-02', 6, 'A', TAX), [{ windowId: TAX, personId: 'A' }], '2024-02');
    expect(flagOf(personCard(feb, TAX, 'A'), '6.3-leave-monthly')).toMatchObject({ value: '6', raised: true, months: ['2024-02'] });
  });

  it('an entry without personId is rejected (person-required) and counts for nobody', () => {
    // 002 八: "工作人员因违反本考勤制度,有下列情况之一的,退回原单位。" — per person, so every entry names one.
    // A: absent x1 = 2; the unnamed entry (absent, 2) is rejected -> TAX total stays 2
    const r = year([
      { id: 'ok', windowId: TAX, personId: 'A', clauseId: '6.5-absent', date: '2024-03-04' },
      { id: 'anon', windowId: TAX, clauseId: '6.5-absent', date: '2024-03-05' },
    ]);
    expect(r.rejected).toEqual([expect.objectContaining({ index: 1, id: 'anon', code: 'person-required', path: ['personId'] })]);
    expect(r.cards.map((c) => [c.windowId, c.personId, cat(c, 'unit').deducted])).toEqual([[TAX, 'A', '2']]);
  });

  it('explain: unit deductions and the raised flags', () => {
    // late 12 + early 8 = 20 (八(二) raised); absent 5 days (八(三) raised); sick 91 days (八(一) raised);
    // leave 6 in March (六(三) raised for 2024-03)
    // unit: 12 x 1 + 8 x 1 + 5 x 2 = 12 + 8 + 10 = 30
    const c = personCard(year([
      { id: 'l', windowId: TAX, personId: 'A', clauseId: '6.5-late', date: '2024-01-15', count: 12 },
      { id: 'e', windowId: TAX, personId: 'A', clauseId: '6.5-early', date: '2024-02-15', count: 8 },
      { id: 'x', windowId: TAX, personId: 'A', clauseId: '6.5-absent', date: '2024-04-01', count: 5 },
      { id: 's', windowId: TAX, personId: 'A', clauseId: '8.1-sick', date: '2024-06-03', count: 91 },
      ...daily('lv', '6.3-leave', '2024-03', 6, 'A', TAX),
    ]), TAX, 'A');
    expect(cat(c, 'unit').deducted).toBe('30');
    expect(c.flags.every((f) => f.raised)).toBe(true);
    expect(explain(c, staff)).toMatchInlineSnapshot(`
      "TAX A (本评分标准不计分, 见下列记录、比率与标记)
      扣所属单位年度政务公开工作考核成绩 -12: 工作人员每迟到、早退、超假一次各扣所属单位年度政务公开工作考核成绩1分;旷工每次扣所属单位年度政务公开工作考核成绩2分。 x12次 [条款 6.5-late; 条目 l]
      扣所属单位年度政务公开工作考核成绩 -8: 工作人员每迟到、早退、超假一次各扣所属单位年度政务公开工作考核成绩1分;旷工每次扣所属单位年度政务公开工作考核成绩2分。 x8次 [条款 6.5-early; 条目 e]
      扣所属单位年度政务公开工作考核成绩 -10: 工作人员每迟到、早退、超假一次各扣所属单位年度政务公开工作考核成绩1分;旷工每次扣所属单位年度政务公开工作考核成绩2分。 x5次 [条款 6.5-absent; 条目 x]
      请假与病假记录 记录: 工作人员请假(含临时请假)每人每月累计不能超过5次。 x6次 [条款 6.3-leave; 条目 lv1, lv2, lv3, lv4, lv5, lv6]
      请假与病假记录 记录: 全年病假累计超过90个工作日的 x91工作日 [条款 8.1-sick; 条目 s]
      扣所属单位年度政务公开工作考核成绩: 合计扣 30 (不封顶, 计入他处成绩)
      请假(含临时请假)每人每月累计超过5次: 6 (2024-03)
      退回原单位:全年病假累计超过90个工作日: 91
      退回原单位:全年迟到早退累计20次以上: 20
      退回原单位:累计旷工5天以上: 5"
    `);
  });
});
