// Golden cards for rubrics/red-flag-window.json, worked out BY HAND from source 000
// (test/fixtures/sources/000_a9c1555c7f05ee58.txt, 行政服务中心窗口争星工作方案, 红旗窗口评选内容).
//
// Two sections of 50 (工作窗口 50, 窗口单位 50), one category each. No chief representative
// share (chiefRatio 0): chiefDeduction is always '0'.
//
// Two quota clauses apply to every window every month, even with no entries:
//   w5.3 "每月未按要求报送1篇工作信息的扣1分"  (工作窗口 -1 without a w5.3 entry)
//   u4.2 "分管领导每月到窗口办公少于一次的扣3分" (窗口单位 -3 without a u4.2 entry)
// Unless a scenario is about them, each window gets one of each (`dues`) so that the
// scenario's numbers stand alone.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRubric, scoreMonth } from '../../src/index.js';
import { cardOf, cat, traceOf } from './helpers.js';
import type { LedgerRecord, WindowCard } from '../../src/index.js';

const rubric = parseRubric(readFileSync(new URL('../../rubrics/red-flag-window.json', import.meta.url), 'utf8'));

/** The month's 工作信息 (w5.3) and the leader's day at the window (u4.2). */
const dues = (windowId = 'W01'): LedgerRecord[] => [
  { id: `${windowId}-info`, windowId, clauseId: 'w5.3', date: '2024-05-10' },
  { id: `${windowId}-lead`, windowId, clauseId: 'u4.2', date: '2024-05-16' },
];

const score = (entries: readonly LedgerRecord[], windows?: string[]) =>
  scoreMonth(rubric, entries, { month: '2024-05', ...(windows === undefined ? {} : { windows }) });

const sections = (c: WindowCard) => c.sections.map((s) => [s.id, s.score]);

describe('red-flag-window golden cards (source 000)', () => {
  it('w1.1 per 人次: 3 人次 x 2 = 6', () => {
    // 000: "(不挂牌、不按规定着行业装、外着背心或超短装、拖鞋上岗发现一人次扣2分;..."
    // P1 once + P2 twice = 3 人次: 工作窗口 = 50 - 2 x 3 = 44; 窗口单位 50
    // total = 44 + 50 = 94
    const c = cardOf(
      score([
        { id: 'e1', windowId: 'W01', clauseId: 'w1.1', date: '2024-05-06', personId: 'P1' },
        { id: 'e2', windowId: 'W01', clauseId: 'w1.1', date: '2024-05-07', personId: 'P2', count: 2 },
        ...dues(),
      ]).cards,
    );
    expect(traceOf(c, 'w1.1')).toMatchObject({ count: '3', points: '6', applied: '6', entryIds: ['e1', 'e2'] });
    expect(sections(c)).toEqual([['work', '44'], ['unit', '50']]);
    expect(c.score).toBe('94');
    expect(c.chiefDeduction).toBe('0');
  });

  it('u3.1 / u3.2 flat: counted once, whatever the count or the number of entries', () => {
    // 000: "(未实行首席代表制的扣3分;窗口首席代表不是单位中层干部的扣1分;..."
    // u3.1 with count 3 -> 3 once; u3.2 in two entries -> 1 once
    // 窗口单位 = 50 - 3 - 1 = 46; 工作窗口 50; total = 96
    const c = cardOf(
      score([
        { id: 'f1', windowId: 'W01', clauseId: 'u3.1', date: '2024-05-03', count: 3 },
        { id: 'f2', windowId: 'W01', clauseId: 'u3.2', date: '2024-05-03' },
        { id: 'f3', windowId: 'W01', clauseId: 'u3.2', date: '2024-05-24' },
        ...dues(),
      ]).cards,
    );
    expect(traceOf(c, 'u3.1')).toMatchObject({ kind: 'flat', count: '3', points: '3' });
    expect(traceOf(c, 'u3.2')).toMatchObject({ kind: 'flat', count: '2', points: '1' });
    expect(cat(c, 'unit')).toMatchObject({ score: '46', deducted: '4' });
    expect(sections(c)).toEqual([['work', '50'], ['unit', '46']]);
    expect(c.score).toBe('96');
    expect(c.chiefDeduction).toBe('0');
  });

  it('w3.5 threshold: 2 times in the month -> 0; 3 times -> 5; 6 times -> still 5 once', () => {
    // 000: "请假半天无人顶岗的、每月累计达3次扣5分"
    // W01: 1 + 1 = 2 次 < 3 -> 0; total 100
    // W02: 2 + 1 = 3 次 -> 工作窗口 = 50 - 5 = 45; total 95
    // W03: 6 次 -> 5 once (the encoding note: 原文未说明累计达6次是否再扣); total 95
    const r = score([
      { id: 'a1', windowId: 'W01', clauseId: 'w3.5', date: '2024-05-02' },
      { id: 'a2', windowId: 'W01', clauseId: 'w3.5', date: '2024-05-20' },
      { id: 'b1', windowId: 'W02', clauseId: 'w3.5', date: '2024-05-02', count: 2 },
      { id: 'b2', windowId: 'W02', clauseId: 'w3.5', date: '2024-05-29' },
      { id: 'c1', windowId: 'W03', clauseId: 'w3.5', date: '2024-05-13', count: 6 },
      ...dues('W01'),
      ...dues('W02'),
      ...dues('W03'),
    ]);
    const w1 = cardOf(r.cards, 'W01');
    expect(traceOf(w1, 'w3.5')).toMatchObject({ kind: 'threshold', count: '2', points: '0' });
    expect(w1.score).toBe('100');
    const w2 = cardOf(r.cards, 'W02');
    expect(traceOf(w2, 'w3.5')).toMatchObject({ count: '3', points: '5' });
    expect(sections(w2)).toEqual([['work', '45'], ['unit', '50']]);
    expect(w2.score).toBe('95');
    const w3 = cardOf(r.cards, 'W03');
    expect(traceOf(w3, 'w3.5')).toMatchObject({ count: '6', points: '5' });
    expect(w3.score).toBe('95');
  });

  it('u4.2 / w5.3 quota: no entry -> -3 / -1 even for a window with no entries; one entry -> 0', () => {
    // 000: "分管领导每月到窗口办公少于一次的扣3分"
    // 000: "每月未按要求报送1篇工作信息的扣1分"
    // W01 (in `windows`, no entries): 工作窗口 = 50 - 1 = 49; 窗口单位 = 50 - 3 = 47; total 96
    // W02 (one u4.2 and one w5.3 entry): 100
    const r = score(dues('W02'), ['W01', 'W02']);
    const w1 = cardOf(r.cards, 'W01');
    expect(traceOf(w1, 'u4.2')).toMatchObject({ kind: 'quota', count: '0', missing: '1', points: '3' });
    expect(traceOf(w1, 'w5.3')).toMatchObject({ kind: 'quota', count: '0', missing: '1', points: '1' });
    expect(sections(w1)).toEqual([['work', '49'], ['unit', '47']]);
    expect(w1.score).toBe('96');
    expect(w1.chiefDeduction).toBe('0');
    const w2 = cardOf(r.cards, 'W02');
    expect(traceOf(w2, 'u4.2')).toMatchObject({ count: '1', missing: '0', points: '0' });
    expect(w2.score).toBe('100');
  });

  it('u7.1 external: 电子监察 amounts summed ("1.5" + 2 = 3.5)', () => {
    // 000: "7、落实“电子监察”。结合县监察局“电子监察系统”扣分情况,在窗口评分时相应扣除。"
    // 窗口单位 = 50 - (1.5 + 2) = 46.5; 工作窗口 50; total 96.5; no chief share
    const c = cardOf(
      score([
        { id: 'm1', windowId: 'W01', clauseId: 'u7.1', date: '2024-05-09', amount: '1.5' },
        { id: 'm2', windowId: 'W01', clauseId: 'u7.1', date: '2024-05-23', amount: 2 },
        ...dues(),
      ]).cards,
    );
    expect(traceOf(c, 'u7.1')).toMatchObject({ kind: 'external', amount: '3.5', points: '3.5', chiefPoints: '0' });
    expect(sections(c)).toEqual([['work', '50'], ['unit', '46.5']]);
    expect(c.score).toBe('96.5');
    expect(c.chiefDeduction).toBe('0');
  });

  it('w6.5 veto: the whole window scores 0 this month; a voided veto entry vetoes nothing', () => {
    // 000: "6、做勤政廉政模范。依法行政、勤政廉政。有下列行为之一的本月工作窗口不得分:...违规收费的;..."
    // W01: w1.1 x1 -> 工作窗口 48, 窗口单位 50 -> before veto 98; w6.5 -> score 0 (scope: window)
    // W02: w6.1 entry voided on appeal -> not vetoed; 100
    const r = score([
      { id: 'd1', windowId: 'W01', clauseId: 'w1.1', date: '2024-05-06' },
      { id: 'fee1', windowId: 'W01', clauseId: 'w6.5', date: '2024-05-14', evidence: { source: '群众举报' } },
      { id: 'n1', windowId: 'W02', clauseId: 'w6.1', date: '2024-05-15' },
      { id: 'n1-void', voids: 'n1', date: '2024-06-03' },
      ...dues('W01'),
      ...dues('W02'),
    ]);
    const w1 = cardOf(r.cards, 'W01');
    expect(w1.score).toBe('0');
    expect(w1.scoreBeforeVeto).toBe('98');
    expect(w1.vetoed).toBe(true);
    expect(w1.vetoedBy).toEqual([{ clauseId: 'w6.5', scope: 'window', entryIds: ['fee1'] }]);
    expect(w1.sections).toEqual([
      { id: 'work', title: '工作窗口', max: '50', score: '0', vetoed: true },
      { id: 'unit', title: '窗口单位', max: '50', score: '0', vetoed: true },
    ]);
    expect(cat(w1, 'work')).toMatchObject({ score: '0', scoreBeforeVeto: '48', vetoed: true });
    expect(cat(w1, 'unit')).toMatchObject({ score: '0', scoreBeforeVeto: '50', vetoed: true });
    expect(traceOf(w1, 'w6.5')).toMatchObject({ effect: 'veto', triggered: true });
    expect(w1.chiefDeduction).toBe('0');
    expect(w1.disqualified).toBe(false);

    const w2 = cardOf(r.cards, 'W02');
    expect(traceOf(w2, 'w6.1')).toMatchObject({ triggered: false, voided: [{ entryId: 'n1', voidedBy: 'n1-void' }] });
    expect(w2.vetoed).toBe(false);
    expect(w2.vetoedBy).toEqual([]);
    expect(w2.score).toBe('100');
  });

  it('工作窗口 floor: deductions past 50 stop at 0, 窗口单位 untouched', () => {
    // 000: "工作窗口(50分)"; "刁难、歧视服务对象发现一人次扣5分"; "所办事项出现差错造成不良后果和影响的每件次扣5分";
    //      "不虚心听取服务对象提出的意见、建议和批评并与之发生争吵的一人次扣5分"; "每月未按要求报送1篇工作信息的扣1分"
    // w2.4 x5 = 25, w3.6 x2 = 10, w4.2 x4 = 20, w5.3 missing = 1 -> 56 > 50 -> 工作窗口 0 (deducted 50)
    //   rubric order: w2.4 25, w3.6 10, w4.2 15 of 20, w5.3 0 of 1
    // 窗口单位: u4.2 entry present -> 50
    // total = 0 + 50 = 50
    const c = cardOf(
      score([
        { id: 'h1', windowId: 'W01', clauseId: 'w2.4', date: '2024-05-02', count: 5 },
        { id: 'h2', windowId: 'W01', clauseId: 'w4.2', date: '2024-05-12', count: 4 },
        { id: 'h3', windowId: 'W01', clauseId: 'w3.6', date: '2024-05-21', count: 2 },
        { id: 'lead', windowId: 'W01', clauseId: 'u4.2', date: '2024-05-16' },
      ]).cards,
    );
    expect(cat(c, 'work')).toMatchObject({ score: '0', deducted: '50', capped: true });
    expect(traceOf(c, 'w2.4')).toMatchObject({ points: '25', applied: '25', capped: false });
    expect(traceOf(c, 'w3.6')).toMatchObject({ points: '10', applied: '10', capped: false });
    expect(traceOf(c, 'w4.2')).toMatchObject({ points: '20', applied: '15', capped: true });
    expect(traceOf(c, 'w5.3')).toMatchObject({ points: '1', applied: '0', capped: true });
    expect(cat(c, 'unit')).toMatchObject({ score: '50', deducted: '0', capped: false });
    expect(sections(c)).toEqual([['work', '0'], ['unit', '50']]);
    expect(c.score).toBe('50');
    expect(c.chiefDeduction).toBe('0');
  });

  it('sections[]: a mixed month, both sections deducted', () => {
    // 000 工作窗口: "工作台面脏乱,办公设备、资料摆放杂乱发现一次扣1分"; "未完成单位和组织交给的工作任务的扣4分";
    //               "每月未按要求报送1篇工作信息的扣1分"
    // 000 窗口单位: "未按要求成立行政审批股室或行政审批专班的扣5分"; "未落实窗口顶岗制度、窗口空岗半天以上的每次扣5分";
    //               "分管领导每月到窗口办公少于一次的扣3分"; "结合县监察局“电子监察系统”扣分情况,在窗口评分时相应扣除。"
    // 工作窗口 = 50 - (1 x 2 + 4 (flat, count 2) + 1 (w5.3 missing)) = 50 - 7 = 43
    // 窗口单位 = 50 - (5 + 5 x 2 + 3 (u4.2 missing) + 0.5) = 50 - 18.5 = 31.5
    // total = 43 + 31.5 = 74.5
    const c = cardOf(
      score([
        { id: 'k1', windowId: 'W01', clauseId: 'w1.2', date: '2024-05-07', count: 2 },
        { id: 'k2', windowId: 'W01', clauseId: 'w4.4', date: '2024-05-17', count: 2 },
        { id: 'k3', windowId: 'W01', clauseId: 'u1.1', date: '2024-05-01' },
        { id: 'k4', windowId: 'W01', clauseId: 'u3.4', date: '2024-05-22', count: 2 },
        { id: 'k5', windowId: 'W01', clauseId: 'u7.1', date: '2024-05-31T23:00:00+08:00', amount: 0.5 },
      ]).cards,
    );
    expect(c.sections).toEqual([
      { id: 'work', title: '工作窗口', max: '50', score: '43', vetoed: false },
      { id: 'unit', title: '窗口单位', max: '50', score: '31.5', vetoed: false },
    ]);
    expect(cat(c, 'work').deducted).toBe('7');
    expect(cat(c, 'unit').deducted).toBe('18.5');
    expect(c.score).toBe('74.5');
    expect(c.scoreBeforeVeto).toBe('74.5');
    expect(c.max).toBe('100');
    expect(c.chiefDeduction).toBe('0');
    expect(c.categories.map((k) => k.chiefDeducted)).toEqual(['0', '0']);
    expect(c.complete).toBe(true);
  });
});
