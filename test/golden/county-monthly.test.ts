// Golden cards for rubrics/county-monthly.json, worked out BY HAND from source 001
// (test/fixtures/sources/001_f931799c83957d7c.txt, 县人民政府政务服务中心窗口月度考评评分标准).
//
// Category maxima (001): 基础分 20, 人员选派 10, 进驻授权 10, 服务能力 30, 工作联动 15, 服务监督 15.
// Chief representative cap per category = max x 0.5 (chiefRatio of the encoding, not of 001):
// 人员选派 5, 进驻授权 5, 服务能力 15, 工作联动 7.5, 服务监督 7.5.
//
// 5.8 is a quota clause ("每月至少1次 ... 缺1次扣1分"): a window with no 5.8 entry in the month
// loses 1 in 工作联动 (chief 0.5). Unless a scenario is about 5.8, each ledger carries one 5.8
// entry (a visit by the department's leadership) so that the scenario's numbers stand alone.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { explain, parseRubric, scoreMonth } from '../../src/index.js';
import { cardOf, cat, traceOf } from './helpers.js';
import type { LedgerRecord, MonthInputs, WindowCard } from '../../src/index.js';

const rubric = parseRubric(readFileSync(new URL('../../rubrics/county-monthly.json', import.meta.url), 'utf8'));

const FULL = { '1.chief': 100, '1.staff': 100 } as const;

/** A 5.8 record: the department's leadership came to the window this month. */
const visit = (id: string, windowId = 'W01', date = '2024-03-20'): LedgerRecord => ({ id, windowId, clauseId: '5.8', date });

function score(entries: readonly LedgerRecord[], opts: { month?: string; windows?: string[]; inputs?: MonthInputs; timeZone?: string } = {}) {
  return scoreMonth(rubric, entries, {
    month: opts.month ?? '2024-03',
    inputs: opts.inputs ?? { W01: FULL },
    ...(opts.windows === undefined ? {} : { windows: opts.windows }),
    ...(opts.timeZone === undefined ? {} : { timeZone: opts.timeZone }),
  });
}


/** [id, score] of every category, in rubric order: 1 基础分, 2 人员选派, 3 进驻授权, 4 服务能力, 5 工作联动, 6 服务监督. */
const catScores = (c: WindowCard) => c.categories.map((k) => [k.id, k.score]);

describe('county-monthly golden cards (source 001)', () => {
  it('1.chief / 1.staff + 4.1: inputs scaled value/100 x 10, 4.1 per 件次', () => {
    // 001: "1.基础分(20分)窗口首席代表月度考评基础分占10分月度考评得分窗口工作人员月度考评基础分占10分月度考评得分"
    // 001: "L办件抽查中,不能提供相应事项办件卷宗的,每件次扣2分、首席代表扣1分。" (L = 项号 1.)
    // 基础分 = 90/100 x 10 + 85/100 x 10 = 9 + 8.5 = 17.5
    // 服务能力 = 30 - 2 x 2 = 26; chief = 1 x 2 = 2
    // total = 17.5 + 10 + 10 + 26 + 15 + 15 = 93.5
    const r = score([{ id: 'e1', windowId: 'W01', clauseId: '4.1', date: '2024-03-05', count: 2 }, visit('v58')], {
      inputs: { W01: { '1.chief': 90, '1.staff': 85 } },
    });
    const c = cardOf(r.cards);
    expect(c.score).toBe('93.5');
    expect(c.complete).toBe(true);
    expect(catScores(c)).toEqual([['1', '17.5'], ['2', '10'], ['3', '10'], ['4', '26'], ['5', '15'], ['6', '15']]);
    expect(cat(c, '4').deducted).toBe('4');
    expect(cat(c, '4').chiefDeducted).toBe('2');
    expect(c.chiefDeduction).toBe('2');
    expect(c.vetoed).toBe(false);
    expect(c.disqualified).toBe(false);
    expect(traceOf(c, '1.chief')).toMatchObject({ inputValue: '90', applied: '9' });
    expect(traceOf(c, '1.staff')).toMatchObject({ inputValue: '85', applied: '8.5' });
  });

  it('1.chief / 1.staff: decimal-string inputs and the 0 boundary', () => {
    // 001: "窗口首席代表月度考评基础分占10分 ... 窗口工作人员月度考评基础分占10分"
    // 基础分 = 0/100 x 10 + 72.5/100 x 10 = 0 + 7.25 = 7.25
    // total = 7.25 + 10 + 10 + 30 + 15 + 15 = 87.25
    const r = score([visit('v58')], { inputs: { W01: { '1.chief': 0, '1.staff': '72.5' } } });
    const c = cardOf(r.cards);
    expect(cat(c, '1').score).toBe('7.25');
    expect(c.score).toBe('87.25');
    expect(c.complete).toBe(true);
    expect(c.chiefDeduction).toBe('0');
  });

  it('4.4-yellow / 4.4-red: yellow and red cards in one month', () => {
    // 001: "4.业务办理超出承诺或法定时限未办结的,每出现一次黄牌扣2分、首席代表扣1分;每出现一次红牌扣3分、首席代表扣L 5分。" (L 5 = 1.5)
    // 2 yellow + 1 red: 服务能力 = 30 - (2 x 2 + 3 x 1) = 30 - 7 = 23
    // chief = 1 x 2 + 1.5 x 1 = 3.5
    // total = 20 + 10 + 10 + 23 + 15 + 15 = 93
    const r = score([
      { id: 'y1', windowId: 'W01', clauseId: '4.4-yellow', date: '2024-03-04' },
      { id: 'y2', windowId: 'W01', clauseId: '4.4-yellow', date: '2024-03-18' },
      { id: 'r1', windowId: 'W01', clauseId: '4.4-red', date: '2024-03-25' },
      visit('v58'),
    ]);
    const c = cardOf(r.cards);
    expect(cat(c, '4')).toMatchObject({ score: '23', deducted: '7', chiefDeducted: '3.5', capped: false, chiefCapped: false });
    expect(traceOf(c, '4.4-yellow')).toMatchObject({ count: '2', points: '4', chiefPoints: '2', entryIds: ['y1', 'y2'] });
    expect(traceOf(c, '4.4-red')).toMatchObject({ count: '1', points: '3', chiefPoints: '1.5', entryIds: ['r1'] });
    expect(c.chiefDeduction).toBe('3.5');
    expect(c.score).toBe('93');
  });

  it('4.4-red x 11: 服务能力 30 capped at 0 (扣完为止), chief capped at 15; x 10 is exactly 0 and not capped', () => {
    // 001: "每出现一次红牌扣3分、首席代表扣L 5分" (L 5 = 1.5); 服务能力(30分)
    // x11: 3 x 11 = 33 > 30 -> 服务能力 = 0, deducted 30 (3 points cut)
    //      chief 1.5 x 11 = 16.5 > 30 x 0.5 = 15 -> chief 15
    //      total = 20 + 10 + 10 + 0 + 15 + 15 = 70
    const r11 = score([{ id: 'r1', windowId: 'W01', clauseId: '4.4-red', date: '2024-03-10', count: 11 }, visit('v58')]);
    const c11 = cardOf(r11.cards);
    expect(cat(c11, '4')).toMatchObject({ score: '0', deducted: '30', capped: true, chiefDeducted: '15', chiefCapped: true });
    expect(traceOf(c11, '4.4-red')).toMatchObject({ points: '33', applied: '30', capped: true, chiefPoints: '16.5', chiefApplied: '15', chiefCapped: true });
    expect(c11.chiefDeduction).toBe('15');
    expect(c11.score).toBe('70');

    // x10: 3 x 10 = 30 -> 服务能力 = 0 exactly, nothing cut; chief 1.5 x 10 = 15, exactly the cap
    //      total = 20 + 10 + 10 + 0 + 15 + 15 = 70
    const r10 = score([{ id: 'r1', windowId: 'W01', clauseId: '4.4-red', date: '2024-03-10', count: 10 }, visit('v58')]);
    const c10 = cardOf(r10.cards);
    expect(cat(c10, '4')).toMatchObject({ score: '0', deducted: '30', capped: false, chiefDeducted: '15', chiefCapped: false });
    expect(c10.score).toBe('70');
  });

  it('2.1 + 6.4: the chief loses half (3 -> 1.5, 15 -> 7.5)', () => {
    // 001: "1.未按XX省人民政府办公厅 ... 要求选派窗口人员的,每次扣3分、首席代表扣L5分。" (L5 = 1.5)
    // 001: "4.窗口被有关部门(媒体)明查暗访负面通报(曝光)的,每次扣15分、首席代表扣7. 5分,取消本年度各项评先选优资格。"
    // 人员选派 = 10 - 3 = 7, chief 1.5
    // 服务监督 = 15 - 15 = 0, chief 7.5 (= cap 15 x 0.5, not cut)
    // total = 20 + 7 + 10 + 30 + 15 + 0 = 82; chief = 1.5 + 7.5 = 9
    const r = score([
      { id: 'a1', windowId: 'W01', clauseId: '2.1', date: '2024-03-02' },
      { id: 'x1', windowId: 'W01', clauseId: '6.4', date: '2024-03-28' },
      visit('v58'),
    ]);
    const c = cardOf(r.cards);
    expect(cat(c, '2')).toMatchObject({ score: '7', chiefDeducted: '1.5' });
    expect(cat(c, '6')).toMatchObject({ score: '0', deducted: '15', capped: false, chiefDeducted: '7.5', chiefCapped: false });
    expect(c.chiefDeduction).toBe('9');
    expect(c.score).toBe('82');
    expect(c.disqualified).toBe(true);
  });

  it('6.4 + 6.2: disqualified for the year; 服务监督 and its chief share both capped', () => {
    // 001: "4.窗口被有关部门(媒体)明查暗访负面通报(曝光)的,每次扣15分、首席代表扣7. 5分,取消本年度各项评先选优资格。"
    // 001: "2.国家已明令取消的事项、材料.、收费和流程环节,窗口仍在继续实施的,每发现一项扣5分、首席代表扣2. 5分。"
    // 服务监督 = 15 - (5 + 15) = -5 -> 0 (扣完为止), deducted 15
    //   rubric order: 6.2 takes 5, 6.4 takes the remaining 10
    // chief = 2.5 + 7.5 = 10 > 15 x 0.5 = 7.5 -> 7.5 (6.2 takes 2.5, 6.4 the remaining 5)
    // total = 20 + 10 + 10 + 30 + 15 + 0 = 85
    const r = score([
      { id: 'x1', windowId: 'W01', clauseId: '6.4', date: '2024-03-28', evidence: { source: '通报文件', ref: '县政务办通报〔2024〕3号' } },
      { id: 'c1', windowId: 'W01', clauseId: '6.2', date: '2024-03-12' },
      visit('v58'),
    ]);
    const c = cardOf(r.cards);
    expect(cat(c, '6')).toMatchObject({ score: '0', deducted: '15', capped: true, chiefDeducted: '7.5', chiefCapped: true });
    expect(traceOf(c, '6.2')).toMatchObject({ points: '5', applied: '5', chiefPoints: '2.5', chiefApplied: '2.5' });
    expect(traceOf(c, '6.4')).toMatchObject({ points: '15', applied: '10', chiefPoints: '7.5', chiefApplied: '5', disqualifies: true });
    expect(c.chiefDeduction).toBe('7.5');
    expect(c.score).toBe('85');
    expect(c.disqualified).toBe(true);
    expect(c.disqualifiedBy).toEqual([{ clauseId: '6.4', entryIds: ['x1'] }]);
    expect(c.vetoed).toBe(false);
  });

  it('5.4-absent / 5.4-late: absence 2 (chief 1), lateness 1 (chief 0.5)', () => {
    // 001: "4.无故不派员参加县政务服务中心组织的有关学习、培训等集体活动,缺席一次扣2分、首席代表扣1分,迟到(早退)一次扣1分、首席代表扣0.5分。"
    // 1 absence + 2 late: 工作联动 = 15 - (2 x 1 + 1 x 2) = 11; chief = 1 + 0.5 x 2 = 2
    // total = 20 + 10 + 10 + 30 + 11 + 15 = 96
    const r = score([
      { id: 'ab1', windowId: 'W01', clauseId: '5.4-absent', date: '2024-03-08' },
      { id: 'la1', windowId: 'W01', clauseId: '5.4-late', date: '2024-03-15', count: 2 },
      visit('v58'),
    ]);
    const c = cardOf(r.cards);
    expect(traceOf(c, '5.4-absent')).toMatchObject({ count: '1', points: '2', chiefPoints: '1' });
    expect(traceOf(c, '5.4-late')).toMatchObject({ count: '2', points: '2', chiefPoints: '1' });
    expect(cat(c, '5')).toMatchObject({ score: '11', deducted: '4', chiefDeducted: '2' });
    expect(c.chiefDeduction).toBe('2');
    expect(c.score).toBe('96');
  });

  it('5.8 quota: a window with no entries at all still loses 1 (chief 0.5); extra visits earn nothing', () => {
    // 001: "8.部门班子成员每月至少1次到窗口检查指导工作,缺1次扣1分,首席代表扣0.5分。"
    // W01: no entries -> 缺1次 -> 工作联动 = 15 - 1 = 14, chief 0.5; total = 20 + 10 + 10 + 30 + 14 + 15 = 99
    // W02: two visits (>= 1) -> 工作联动 15, chief 0; total 100
    // W03: in `windows` only, no inputs -> 工作联动 still 14 (chief 0.5), but 基础分 unknown -> score null
    const r = score([visit('v1', 'W02', '2024-03-05'), visit('v2', 'W02', '2024-03-19')], {
      windows: ['W01', 'W02', 'W03'],
      inputs: { W01: FULL, W02: FULL },
    });
    expect(r.cards.map((k) => k.windowId)).toEqual(['W01', 'W02', 'W03']);
    const w1 = cardOf(r.cards, 'W01');
    expect(cat(w1, '5')).toMatchObject({ score: '14', deducted: '1', chiefDeducted: '0.5' });
    expect(traceOf(w1, '5.8')).toMatchObject({ kind: 'quota', count: '0', missing: '1', points: '1', chiefPoints: '0.5', entryIds: [] });
    expect(w1.chiefDeduction).toBe('0.5');
    expect(w1.score).toBe('99');
    const w2 = cardOf(r.cards, 'W02');
    expect(traceOf(w2, '5.8')).toMatchObject({ count: '2', missing: '0', points: '0' });
    expect(cat(w2, '5').score).toBe('15');
    expect(w2.chiefDeduction).toBe('0');
    expect(w2.score).toBe('100');
    const w3 = cardOf(r.cards, 'W03');
    expect(cat(w3, '5').score).toBe('14');
    expect(w3.chiefDeduction).toBe('0.5');
    expect(w3.score).toBeNull();
    expect(w3.complete).toBe(false);
  });

  it('void: cancelling 6.1 restores the score (the void dated in April still belongs to March)', () => {
    // 001: "L引起服务对象投诉举报产生不良影响的,经查确系进驻部门窗口责任的,每次扣3分、首席代表扣1.5分。" (L = 项号 1.)
    // before the void: 服务监督 = 15 - 3 = 12, chief 1.5; total = 20 + 10 + 10 + 30 + 15 + 12 = 97
    // after the void (appeal upheld): 服务监督 = 15, chief 0; total = 100
    const finding: LedgerRecord = { id: 'e1', windowId: 'W01', clauseId: '6.1', date: '2024-03-12' };
    const appeal: LedgerRecord = { id: 'e1-void', voids: 'e1', date: '2024-04-08', note: '申诉成立' };

    const before = cardOf(score([finding, visit('v58')]).cards);
    expect(cat(before, '6')).toMatchObject({ score: '12', chiefDeducted: '1.5' });
    expect(before.chiefDeduction).toBe('1.5');
    expect(before.score).toBe('97');

    const r = score([finding, visit('v58'), appeal]);
    const after = cardOf(r.cards);
    expect(cat(after, '6')).toMatchObject({ score: '15', deducted: '0', chiefDeducted: '0' });
    expect(traceOf(after, '6.1')).toMatchObject({ count: '0', points: '0', entryIds: [], voided: [{ entryId: 'e1', voidedBy: 'e1-void' }] });
    expect(after.chiefDeduction).toBe('0');
    expect(after.score).toBe('100');
    // received 3 = finding e1 + visit + void; live 1 (the visit); voided 1; voids 1
    expect(r.counts).toEqual({ received: 3, accepted: 3, rejected: 0, outOfPeriod: 0, live: 1, voided: 1, voids: 1 });

    // In April the void does not count again: both e1 and its void are of March.
    const april = score([finding, visit('v58'), appeal], { month: '2024-04', windows: ['W01'] });
    expect(april.counts).toMatchObject({ received: 3, accepted: 0, outOfPeriod: 3, voids: 0 });
  });

  it('month edge: 2024-03-31T16:30:00Z is 1 April 00:30 in Asia/Shanghai', () => {
    // 001 scores 窗口月度考评: each finding belongs to one month, cut at Beijing midnight.
    // 001: "L办件抽查中,不能提供相应事项办件卷宗的,每件次扣2分、首席代表扣1分。"
    // 001: "2.办件抽查中,办理流程不规范,未按后台分类审批规定进行审批的,每件次扣1分、首席代表扣0. 5分。"
    // e-apr 4.1 at 2024-03-31T16:30:00Z = 2024-04-01 00:30 +08:00 -> April
    // e-mar 4.2 at 2024-03-31T15:59:59Z = 2024-03-31 23:59:59 +08:00 -> March
    // March: 服务能力 = 30 - 1 = 29, chief 0.5; total = 20 + 10 + 10 + 29 + 15 + 15 = 99
    // April: 服务能力 = 30 - 2 = 28, chief 1; total = 98
    // Cut in UTC instead, both fall in March: 服务能力 = 30 - 2 - 1 = 27; total 97
    const ledger: LedgerRecord[] = [
      { id: 'e-apr', windowId: 'W01', clauseId: '4.1', date: '2024-03-31T16:30:00Z' },
      { id: 'e-mar', windowId: 'W01', clauseId: '4.2', date: '2024-03-31T15:59:59Z' },
      visit('v-mar', 'W01', '2024-03-15'),
      visit('v-apr', 'W01', '2024-04-15'),
    ];
    const march = score(ledger);
    const m = cardOf(march.cards);
    expect(march.timeZone).toBe('Asia/Shanghai');
    expect(traceOf(m, '4.2').entryIds).toEqual(['e-mar']);
    expect(m.trace.some((t) => t.clauseId === '4.1')).toBe(false);
    expect(cat(m, '4')).toMatchObject({ score: '29', chiefDeducted: '0.5' });
    expect(m.score).toBe('99');
    expect(march.counts.outOfPeriod).toBe(2);

    const a = cardOf(score(ledger, { month: '2024-04' }).cards);
    expect(traceOf(a, '4.1').entryIds).toEqual(['e-apr']);
    expect(cat(a, '4')).toMatchObject({ score: '28', chiefDeducted: '1' });
    expect(a.score).toBe('98');

    const utc = cardOf(score(ledger, { timeZone: 'UTC' }).cards);
    expect(cat(utc, '4').score).toBe('27');
    expect(utc.score).toBe('97');
  });

  it('missing input: no 1.staff value -> score null, complete false', () => {
    // 001: "窗口工作人员月度考评基础分占10分月度考评得分" — 附件2 is missing, so the value must come from outside.
    // 基础分 = 9 + ? -> unknown; the other categories are still scored:
    // 人员选派 10, 进驻授权 10, 服务能力 30 - 2 = 28 (4.1 x1), 工作联动 15, 服务监督 15
    const r = score([{ id: 'e1', windowId: 'W01', clauseId: '4.1', date: '2024-03-05' }, visit('v58')], {
      inputs: { W01: { '1.chief': 90 } },
    });
    const c = cardOf(r.cards);
    expect(c.score).toBeNull();
    expect(c.scoreBeforeVeto).toBeNull();
    expect(c.complete).toBe(false);
    expect(c.missingInputs).toEqual([{ clauseId: '1.staff', reason: 'missing', message: expect.any(String), messageZh: expect.any(String) }]);
    expect(catScores(c)).toEqual([['1', null], ['2', '10'], ['3', '10'], ['4', '28'], ['5', '15'], ['6', '15']]);
    expect(traceOf(c, '1.chief')).toMatchObject({ inputValue: '90', applied: '9' });
    expect(traceOf(c, '1.staff')).toMatchObject({ inputValue: null });
    expect(c.chiefDeduction).toBe('1');
  });

  it('invalid input: 1.chief 101 (> 100) -> invalid, score null; 100 itself is fine', () => {
    // 001: "窗口首席代表月度考评基础分占10分" — a 百分制 score cannot exceed 100.
    const bad = cardOf(score([visit('v58')], { inputs: { W01: { '1.chief': 101, '1.staff': 80 } } }).cards);
    expect(bad.score).toBeNull();
    expect(bad.complete).toBe(false);
    expect(bad.missingInputs).toEqual([{ clauseId: '1.chief', reason: 'invalid', message: expect.any(String), messageZh: expect.any(String) }]);
    expect(cat(bad, '1').score).toBeNull();

    // 100 + 80: 基础分 = 10 + 8 = 18; total = 18 + 10 + 10 + 30 + 15 + 15 = 98
    const ok = cardOf(score([visit('v58')], { inputs: { W01: { '1.chief': 100, '1.staff': 80 } } }).cards);
    expect(cat(ok, '1').score).toBe('18');
    expect(ok.score).toBe('98');
    expect(ok.complete).toBe(true);
  });

  it('chief deductions summed across 2.2, 3.4, 4.2, 5.10, 6.3', () => {
    // 001: "2.窗口未事前向县政务服务中心报备同意,擅自撤出或调换窗口 ... 工作人员的,每人次扣2分、首席代表扣1分。"
    // 001: "4.进驻事项编制办事指南不准确、不完整的,每发现一项扣1分、首席代表扣0. 5分。"
    // 001: "2.办件抽查中,办理流程不规范,未按后台分类审批规定进行审批的,每件次扣1分、首席代表扣0. 5分。"
    // 001: "10.窗口未开展邮政速递工作,发现应寄未寄的一次扣1分,首席代表扣0. 5分。"
    // 001: "3.在有关统计工作中弄虚作假、虚报瞒报的,每发现一次扣2分、首席代表扣1分。"
    // 基础分 = 9 + 8.5 = 17.5
    // 人员选派 10 - 2 = 8 (chief 1); 进驻授权 10 - 1 = 9 (chief 0.5); 服务能力 30 - 1 x 2 = 28 (chief 1);
    // 工作联动 15 - 1 = 14 (chief 0.5); 服务监督 15 - 2 = 13 (chief 1)
    // total = 17.5 + 8 + 9 + 28 + 14 + 13 = 89.5; chief = 1 + 0.5 + 1 + 0.5 + 1 = 4
    const r = score(
      [
        { id: 'p1', windowId: 'W01', clauseId: '2.2', date: '2024-03-01', personId: 'S07' },
        { id: 'g1', windowId: 'W01', clauseId: '3.4', date: '2024-03-06' },
        { id: 'k1', windowId: 'W01', clauseId: '4.2', date: '2024-03-11', count: 2 },
        { id: 'm1', windowId: 'W01', clauseId: '5.10', date: '2024-03-21' },
        { id: 's1', windowId: 'W01', clauseId: '6.3', date: '2024-03-29' },
        visit('v58'),
      ],
      { inputs: { W01: { '1.chief': 90, '1.staff': 85 } } },
    );
    const c = cardOf(r.cards);
    expect(catScores(c)).toEqual([['1', '17.5'], ['2', '8'], ['3', '9'], ['4', '28'], ['5', '14'], ['6', '13']]);
    expect(c.categories.map((k) => [k.id, k.chiefDeducted])).toEqual([
      ['1', '0'], ['2', '1'], ['3', '0.5'], ['4', '1'], ['5', '0.5'], ['6', '1'],
    ]);
    expect(c.chiefDeduction).toBe('4');
    expect(c.score).toBe('89.5');
  });

  it('rich card: capped 服务能力, 5.8 missing, voided 3.1, 6.4 disqualify — explain()', () => {
    // 001: "4.业务办理超出承诺或法定时限未办结的,每出现一次黄牌扣2分、首席代表扣1分;每出现一次红牌扣3分、首席代表扣L 5分。"
    // 001: "8.部门班子成员每月至少1次到窗口检查指导工作,缺1次扣1分,首席代表扣0.5分。"
    // 001: "1、事项办事指南的名称、数量等与公布的权责清单不一致的,每发现一项扣2分、首席代表扣1分。"
    // 001: "4.窗口被有关部门(媒体)明查暗访负面通报(曝光)的,每次扣15分、首席代表扣7. 5分,取消本年度各项评先选优资格。"
    // 基础分 = 95/100 x 10 + 88/100 x 10 = 9.5 + 8.8 = 18.3
    // 进驻授权: 3.1 voided -> 10
    // 服务能力: yellow 2 + red 3 x 11 = 35 > 30 -> 0; rubric order: yellow 2, red 28
    //   chief: 1 + 16.5 = 17.5 > 15 -> 15; yellow 1, red 14
    // 工作联动: no 5.8 entry -> 15 - 1 = 14, chief 0.5
    // 服务监督: 15 - 15 = 0, chief 7.5
    // total = 18.3 + 10 + 10 + 0 + 14 + 0 = 52.3; chief = 15 + 0.5 + 7.5 = 23
    const r = score(
      [
        { id: 'y1', windowId: 'W01', clauseId: '4.4-yellow', date: '2024-03-04' },
        { id: 'r1', windowId: 'W01', clauseId: '4.4-red', date: '2024-03-09', count: 11 },
        { id: 'g1', windowId: 'W01', clauseId: '3.1', date: '2024-03-13' },
        { id: 'g1-void', voids: 'g1', date: '2024-03-20' },
        { id: 'x1', windowId: 'W01', clauseId: '6.4', date: '2024-03-27' },
      ],
      { inputs: { W01: { '1.chief': 95, '1.staff': 88 } } },
    );
    const c = cardOf(r.cards);
    expect(catScores(c)).toEqual([['1', '18.3'], ['2', '10'], ['3', '10'], ['4', '0'], ['5', '14'], ['6', '0']]);
    expect(traceOf(c, '4.4-yellow')).toMatchObject({ applied: '2', chiefApplied: '1' });
    expect(traceOf(c, '4.4-red')).toMatchObject({ points: '33', applied: '28', chiefPoints: '16.5', chiefApplied: '14' });
    expect(c.chiefDeduction).toBe('23');
    expect(c.score).toBe('52.3');
    expect(c.disqualified).toBe(true);
    expect(explain(c, rubric)).toMatchInlineSnapshot(`
      "窗口 W01 得分 52.3 / 100 (首席代表扣 23)
      基础分 +9.5: 窗口首席代表月度考评基础分占10分 (输入 95) [条款 1.chief]
      基础分 +8.8: 窗口工作人员月度考评基础分占10分 (输入 88) [条款 1.staff]
      进驻授权 0: 事项办事指南的名称、数量等与公布的权责清单不一致的,每发现一项扣2分、首席代表扣1分。 (条目均已撤销) [条款 3.1]
        已撤销: 条目 g1 (由 g1-void 撤销, 不计入)
      服务能力 -2: 业务办理超出承诺或法定时限未办结的,每出现一次黄牌扣2分、首席代表扣1分;每出现一次红牌扣3分、首席代表扣1.5分。 x1次 (首席代表 -1) [条款 4.4-yellow; 条目 y1]
      服务能力 -28: 业务办理超出承诺或法定时限未办结的,每出现一次黄牌扣2分、首席代表扣1分;每出现一次红牌扣3分、首席代表扣1.5分。 x11次 (首席代表 -14, 封顶前 -16.5) (扣完为止: 应扣 33, 实扣 28) [条款 4.4-red; 条目 r1]
      工作联动 -1: 部门班子成员每月至少1次到窗口检查指导工作,缺1次扣1分,首席代表扣0.5分。 缺1次 (本月记录 0) (首席代表 -0.5) [条款 5.8]
      服务监督 -15: 窗口被有关部门(媒体)明查暗访负面通报(曝光)的,每次扣15分、首席代表扣7.5分,取消本年度各项评先选优资格。 x1次 (首席代表 -7.5) [条款 6.4; 条目 x1]
      服务能力: 扣分已达本项满分 30, 扣完为止
      取消本年度各项评先选优资格: 条款 6.4 [x1]"
    `);
  });
});
