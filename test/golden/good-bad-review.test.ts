// Golden cards for rubrics/good-bad-review.json (政务服务“好差评”), worked out BY HAND from
// source 002 (test/fixtures/sources/002_96ac540ced578be8.txt, 政务服务专员制度 篇四, with 篇三 for
// the names of the rates).
//
// The rubric scores nothing (its point rules are in the missing attachment
// "详附1永兴县政务服务“好差评”制度"): total 0, one tally category of record clauses, so every
// card is 0 / 0 and all the work is in the rates. Rates are exact counts; `value` is
// numerator / denominator half-up to 4 places, null when the denominator is 0; `meetsTarget`
// is numerator >= target x denominator, exactly.
//   评价率     = (非常满意 + 满意 + 基本满意 + 不满意 + 非常不满意) / 办件, target 0.8
//   差评整改率 = 差评整改 / (不满意 + 非常不满意), no target
//   差评率     = (不满意 + 非常不满意) / (all five levels), no target

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { explain, scoreMonth, scorePeriod } from '../../src/index.js';
import type { LedgerRecord, RateResult, WindowCard } from '../../src/index.js';
import { lintRubric } from '../../src/rubric/lint.js';
import { builtin, cardOf, traceOf } from './helpers.js';

const rubric = builtin('good-bad-review');
const source002 = readFileSync(new URL('../fixtures/sources/002_96ac540ced578be8.txt', import.meta.url), 'utf8');

const LEVELS = ['非常满意', '满意', '基本满意', '不满意', '非常不满意'] as const;
type Level = (typeof LEVELS)[number];

/** One ledger entry of a clause (a level, 办件 or 差评整改), `count` occurrences. */
const e = (id: string, clauseId: Level | '办件' | '差评整改', count = 1, windowId = 'W01', date = '2024-03-15'): LedgerRecord => ({
  id,
  windowId,
  clauseId,
  date,
  ...(count === 1 ? {} : { count }),
});

/** Ratings of one window as entries: counts per level (0 = no entry). */
const ratings = (windowId: string, counts: readonly [number, number, number, number, number], date = '2024-03-15'): LedgerRecord[] =>
  LEVELS.flatMap((lv, i) => (counts[i] === 0 ? [] : [e(`${windowId}-${lv}`, lv, counts[i], windowId, date)]));

const rate = (c: WindowCard, id: string): RateResult => {
  const r = c.rates.find((x) => x.id === id);
  if (r === undefined) throw new Error(`no rate ${id}`);
  return r;
};

const march = (entries: readonly LedgerRecord[], windows?: string[]) =>
  scoreMonth(rubric, entries, { month: '2024-03', ...(windows === undefined ? {} : { windows }) });

describe('rubrics/good-bad-review.json (source 002 篇四)', () => {
  it('has the five levels, 办件 and 差评整改 as record clauses, quoting the source verbatim, and lints clean', () => {
    // 002: "“好差评”共分为“非常满意”“满意”“基本满意”“不满意”“非常不满意”5个评价等级,后两个等级为差评。"
    expect(rubric).toMatchObject({ id: 'good-bad-review', version: '1', total: '0', chiefRatio: '0', subject: 'window' });
    expect(rubric.source.truncated).toBe(true);
    expect(rubric.source.notes?.some((n) => n.includes('详附1永兴县政务服务“好差评”制度'))).toBe(true);
    expect(rubric.categories.map((c) => [c.id, c.title, c.max, c.clauses.length])).toEqual([['reviews', '好差评', undefined, 7]]);
    const clauses = rubric.categories[0]!.clauses;
    expect(clauses.map((k) => [k.id, k.kind])).toEqual([...LEVELS, '办件', '差评整改'].map((id) => [id, 'record']));
    for (const k of clauses.slice(0, 5)) {
      expect(k.text).toBe('“好差评”共分为“非常满意”“满意”“基本满意”“不满意”“非常不满意”5个评价等级,后两个等级为差评。');
      expect(k.notes?.[0]).toContain(`“${k.id}”`);
    }
    for (const text of [...clauses.map((k) => k.text), ...(rubric.rates ?? []).map((r) => r.text!)]) expect(source002).toContain(text);
    expect(lintRubric(rubric)).toEqual({ ok: true, issues: [] });
  });

  it('评价率 at exactly 80% meets the target; 79% does not (80%以上 read as >= 80%)', () => {
    // 002: "力争实现评价率要达到80%以上。"
    // W01: 办件 100; ratings 50 + 20 + 5 + 3 + 2 = 80 -> 80 / 100 = 0.8; 80 >= 0.8 x 100 = 80: meets.
    // W02: 办件 100; ratings 50 + 20 + 5 + 3 + 1 = 79 -> 0.79; 79 >= 80 is false: does not meet.
    // Both cards score 0 / 0 (a tally category adds nothing; total 0).
    const r = march([e('W01-bj', '办件', 100), ...ratings('W01', [50, 20, 5, 3, 2]), e('W02-bj', '办件', 100, 'W02'), ...ratings('W02', [50, 20, 5, 3, 1])]);
    const w1 = cardOf(r.cards, 'W01');
    const w2 = cardOf(r.cards, 'W02');
    expect(rate(w1, '评价率')).toEqual({ id: '评价率', label: '评价率', numerator: '80', denominator: '100', value: '0.8', target: '0.8', meetsTarget: true });
    expect(rate(w2, '评价率')).toMatchObject({ numerator: '79', denominator: '100', value: '0.79', meetsTarget: false });
    expect([w1.score, w1.max, w2.score, w2.max]).toEqual(['0', '0', '0', '0']);
    expect(w1.categories[0]).toMatchObject({ id: 'reviews', max: null, score: null, deducted: '0' });
  });

  it('评价率 above 80%, rounded half-up to 4 places for publication, compared exactly', () => {
    // 002: "力争实现评价率要达到80%以上。" / "每月初将对上月工作人员的办件评价率和满意度进行公示。"
    // W01: 办件 6, ratings 2 + 2 + 1 + 0 + 0 = 5 -> 5 / 6 = 0.833333… -> '0.8333'; 5 >= 4.8: meets.
    // W02: 办件 7, ratings 0 + 4 + 1 + 0 + 0 = 5 -> 5 / 7 = 0.714285… -> '0.7143'; 5 >= 5.6 false.
    const r = march([e('W01-bj', '办件', 6), ...ratings('W01', [2, 2, 1, 0, 0]), e('W02-bj', '办件', 7, 'W02'), ...ratings('W02', [0, 4, 1, 0, 0])]);
    expect(rate(cardOf(r.cards, 'W01'), '评价率')).toMatchObject({ numerator: '5', denominator: '6', value: '0.8333', meetsTarget: true });
    expect(rate(cardOf(r.cards, 'W02'), '评价率')).toMatchObject({ numerator: '5', denominator: '7', value: '0.7143', meetsTarget: false });
  });

  it('a window with no handled cases: every rate null; ratings without 办件 leave 评价率 null', () => {
    // 002: "监督股对全县“好差评”数据实行每月通报,按照办件情况得出评价率的高低。"
    // W03 listed, no entries: 评价率 0 / 0, 差评整改率 0 / 0, 差评率 0 / 0 -> all null, meetsTarget null.
    // W04 has 3 满意 ratings but no 办件 entry: 评价率 3 / 0 -> null (no 办件 to measure against);
    //   差评率 0 / 3 = 0.
    const r = march([...ratings('W04', [0, 3, 0, 0, 0])], ['W03', 'W04']);
    const w3 = cardOf(r.cards, 'W03');
    expect(w3.rates.map((x) => [x.id, x.numerator, x.denominator, x.value, x.meetsTarget])).toEqual([
      ['评价率', '0', '0', null, null],
      ['差评整改率', '0', '0', null, null],
      ['差评率', '0', '0', null, null],
    ]);
    expect(w3.trace).toEqual([]);
    expect(w3.score).toBe('0');
    const w4 = cardOf(r.cards, 'W04');
    expect(rate(w4, '评价率')).toMatchObject({ numerator: '3', denominator: '0', value: null, meetsTarget: null });
    expect(rate(w4, '差评率')).toMatchObject({ numerator: '0', denominator: '3', value: '0' });
  });

  it('bad reviews are the bottom two levels only: 基本满意 is not a bad review', () => {
    // 002: "“好差评”共分为“非常满意”“满意”“基本满意”“不满意”“非常不满意”5个评价等级,后两个等级为差评。"
    // 002 篇三: "当评价主体做出“不满意”或“非常不满意”评价后,即时启动差评处置"
    // W01: 非常满意 3, 满意 2, 基本满意 4, 不满意 1, 非常不满意 0 -> rated 10.
    //   差评率 = (1 + 0) / 10 = 0.1 (基本满意's 4 are not counted as bad).
    //   差评整改 1 -> 差评整改率 = 1 / (1 + 0) = 1.
    //   办件 12 -> 评价率 10 / 12 = 0.8333… -> '0.8333'; 10 >= 9.6: meets.
    const r = march([e('bj', '办件', 12), ...ratings('W01', [3, 2, 4, 1, 0]), e('zg1', '差评整改')]);
    const c = cardOf(r.cards);
    expect(rate(c, '差评率')).toMatchObject({ numerator: '1', denominator: '10', value: '0.1' });
    expect(rate(c, '差评整改率')).toMatchObject({ numerator: '1', denominator: '1', value: '1' });
    expect(rate(c, '差评整改率').target).toBeUndefined();
    expect(rate(c, '差评整改率').meetsTarget).toBeNull();
    expect(rate(c, '评价率')).toMatchObject({ numerator: '10', denominator: '12', value: '0.8333', meetsTarget: true });
    expect(traceOf(c, '基本满意')).toMatchObject({ count: '4', effect: 'record', points: '0', applied: '0' });
  });

  it('a malicious bad review voided leaves every rate; both entries stay in the trace', () => {
    // 002: "核实为误评或恶意评价的,评价结果不予采纳。"
    // W01 in March: 办件 10; 满意 x7 (one entry), 不满意 b2, 非常不满意 b1; 差评整改 zg1 (b2's).
    // b1 verified malicious, voided by v1 dated 2 April (a void belongs to the month of the
    // entry it voids, so it still cancels b1 in March).
    //   Without the void: 评价率 9 / 10 = 0.9; 差评率 2 / 9; 差评整改率 1 / 2 = 0.5.
    //   With it:          评价率 (7 + 1) / 10 = 0.8 -> meets (8 >= 8);
    //                     差评率 1 / 8 = 0.125; 差评整改率 1 / 1 = 1.
    // Counts: received 6 (5 findings + 1 void); accepted 6; live 4; voided 1; voids 1.
    const r = march([
      e('bj', '办件', 10),
      e('s7', '满意', 7),
      e('b1', '非常不满意', 1, 'W01', '2024-03-08'),
      e('b2', '不满意', 1, 'W01', '2024-03-09'),
      e('zg1', '差评整改', 1, 'W01', '2024-03-20'),
      { id: 'v1', voids: 'b1', date: '2024-04-02', note: '核实为恶意评价' },
    ]);
    const c = cardOf(r.cards);
    expect(rate(c, '评价率')).toMatchObject({ numerator: '8', denominator: '10', value: '0.8', meetsTarget: true });
    expect(rate(c, '差评率')).toMatchObject({ numerator: '1', denominator: '8', value: '0.125' });
    expect(rate(c, '差评整改率')).toMatchObject({ numerator: '1', denominator: '1', value: '1' });
    expect(traceOf(c, '非常不满意')).toMatchObject({ count: '0', entryIds: [], voided: [{ entryId: 'b1', voidedBy: 'v1' }] });
    expect(traceOf(c, '不满意')).toMatchObject({ count: '1', entryIds: ['b2'], voided: [] });
    expect(r.counts).toEqual({ received: 6, accepted: 6, rejected: 0, outOfPeriod: 0, live: 4, voided: 1, voids: 1 });
    expect(r.rejected).toEqual([]);
  });

  it('差评整改率: rectified / bad reviews; a March bad review rectified in April counts in April', () => {
    // 002 篇三: "围绕政务服务质量、主动评价率、差评整改率、差评整改回访满意率4个维度实行量化评分"
    // 002 篇四: "核实整改情况要通过适当方式,及时向企业和群众反馈,确保差评件有整改、有反馈。"
    // March: 不满意 3 (one entry), 非常不满意 1, 差评整改 3 in March -> 3 / (3 + 1) = 0.75.
    // The fourth is rectified on 5 April: it is an April entry (its own date), so
    //   April: 差评整改 1 / (0 + 0) bad reviews -> null; March stays 0.75.
    //   Year 2024: 差评整改 4 / bad 4 = 1.
    const ledger = [
      e('b1', '不满意', 3, 'W01', '2024-03-04'),
      e('b2', '非常不满意', 1, 'W01', '2024-03-11'),
      e('zg1', '差评整改', 3, 'W01', '2024-03-25'),
      e('zg2', '差评整改', 1, 'W01', '2024-04-05'),
    ];
    expect(rate(cardOf(march(ledger).cards), '差评整改率')).toMatchObject({ numerator: '3', denominator: '4', value: '0.75', meetsTarget: null });
    const apr = scoreMonth(rubric, ledger, { month: '2024-04' });
    expect(rate(cardOf(apr.cards), '差评整改率')).toMatchObject({ numerator: '1', denominator: '0', value: null });
    const year = scorePeriod(rubric, ledger, { period: '2024' });
    expect(rate(cardOf(year.cards), '差评整改率')).toMatchObject({ numerator: '4', denominator: '4', value: '1' });
  });

  it('an entry at 00:30 on 1 April (Asia/Shanghai) is April, not March; in UTC it would be March', () => {
    // 002: "每月初将对上月工作人员的办件评价率和满意度进行公示。" (months are the centre's, Beijing time)
    // '2024-03-31T16:30:00Z' = 2024-04-01 00:30 +08:00 -> April.
    // '2024-03-31T15:59:59Z' = 2024-03-31 23:59:59 +08:00 -> March.
    // March (Shanghai): 办件 5, 满意 m1 x4 -> 评价率 4 / 5 = 0.8 (meets); the 00:30 满意 a1 is out of period.
    // April (Shanghai): 满意 a1 x1, no 办件 -> 评价率 1 / 0 = null.
    // March (UTC): a1 is 16:30 on 31 March -> 评价率 (4 + 1) / 5 = 1.
    const ledger = [e('bj', '办件', 5), e('m1', '满意', 4, 'W01', '2024-03-31T15:59:59Z'), e('a1', '满意', 1, 'W01', '2024-03-31T16:30:00Z')];
    const mar = march(ledger);
    expect(rate(cardOf(mar.cards), '评价率')).toMatchObject({ numerator: '4', denominator: '5', value: '0.8', meetsTarget: true });
    expect(mar.counts).toMatchObject({ received: 3, accepted: 2, outOfPeriod: 1 });
    const apr = scoreMonth(rubric, ledger, { month: '2024-04' });
    expect(rate(cardOf(apr.cards), '评价率')).toMatchObject({ numerator: '1', denominator: '0', value: null });
    expect(traceOf(cardOf(apr.cards), '满意').entryIds).toEqual(['a1']);
    const utc = scoreMonth(rubric, ledger, { month: '2024-03', timeZone: 'UTC' });
    expect(rate(cardOf(utc.cards), '评价率')).toMatchObject({ numerator: '5', denominator: '5', value: '1' });
  });

  it('a year adds counts, not monthly rates: 81 / 110, not the mean of 0.8 and 0.1', () => {
    // 002: "监督股对全县“好差评”数据实行每月通报,按照办件情况得出评价率的高低。"
    // March: 办件 100, rated 80 (0.8). April: 办件 10, rated 1 (0.1).
    // Year: (80 + 1) / (100 + 10) = 81 / 110 = 0.736363… -> '0.7364'; 81 >= 88 false.
    //   (The mean of the monthly rates would be 0.45.)
    const ledger = [
      e('bj3', '办件', 100, 'W01', '2024-03-10'),
      e('r3', '非常满意', 80, 'W01', '2024-03-10'),
      e('bj4', '办件', 10, 'W01', '2024-04-10'),
      e('r4', '满意', 1, 'W01', '2024-04-10'),
    ];
    const year = scorePeriod(rubric, ledger, { period: '2024' });
    expect(rate(cardOf(year.cards), '评价率')).toMatchObject({ numerator: '81', denominator: '110', value: '0.7364', meetsTarget: false });
  });

  it('explain: a card with a voided bad review, in Chinese', () => {
    // 002: "核实为误评或恶意评价的,评价结果不予采纳。" / "力争实现评价率要达到80%以上。"
    // 办件 10; 非常满意 6, 满意 2, 不满意 b1 (voided by v1, 误评), 非常不满意 b2; 差评整改 zg1.
    //   评价率 (6 + 2 + 0 + 1) / 10 = 9 / 10 = 0.9, meets (9 >= 8).
    //   差评整改率 1 / (0 + 1) = 1.   差评率 1 / 9 = 0.1111… -> '0.1111'.
    // Snapshot written with -u, then read against the working above: score 0 / 0 (no points,
    // chiefRatio 0 so no chief part); the five levels quote the same sentence and are told
    // apart by clause id; 不满意 shows x0 with b1 listed as voided by v1; the three rates match.
    const r = march([
      e('bj', '办件', 10),
      e('g6', '非常满意', 6),
      e('g2', '满意', 2),
      e('b1', '不满意'),
      e('b2', '非常不满意'),
      e('zg1', '差评整改'),
      { id: 'v1', voids: 'b1', date: '2024-03-28', note: '核实为误评' },
    ]);
    expect(explain(cardOf(r.cards), rubric)).toMatchInlineSnapshot(`
      "窗口 W01 (本评分标准不计分, 见下列记录、比率与标记)
      好差评 记录: “好差评”共分为“非常满意”“满意”“基本满意”“不满意”“非常不满意”5个评价等级,后两个等级为差评。 x6次 [条款 非常满意; 条目 g6]
      好差评 记录: “好差评”共分为“非常满意”“满意”“基本满意”“不满意”“非常不满意”5个评价等级,后两个等级为差评。 x2次 [条款 满意; 条目 g2]
      好差评 记录: “好差评”共分为“非常满意”“满意”“基本满意”“不满意”“非常不满意”5个评价等级,后两个等级为差评。 x0次 [条款 不满意]
        已撤销: 条目 b1 (由 v1 撤销, 不计入)
      好差评 记录: “好差评”共分为“非常满意”“满意”“基本满意”“不满意”“非常不满意”5个评价等级,后两个等级为差评。 x1次 [条款 非常不满意; 条目 b2]
      好差评 记录: 监督股对全县“好差评”数据实行每月通报,按照办件情况得出评价率的高低。 x10件 [条款 办件; 条目 bj]
      好差评 记录: 核实整改情况要通过适当方式,及时向企业和群众反馈,确保差评件有整改、有反馈。 x1件 [条款 差评整改; 条目 zg1]
      评价率: 9 / 10 = 0.9 (目标 0.8, 达标)
      差评整改率: 1 / 1 = 1
      差评率: 1 / 9 = 0.1111"
    `);
  });
});
