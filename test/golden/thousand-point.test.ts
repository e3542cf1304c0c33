// Golden tests for rubrics/thousand-point.json (千分制), worked out BY HAND from source 004
// (test/fixtures/sources/004_b4eac5c211c5afbd.txt, 窗口单位范文篇5):
//   "五、奖惩:按《文明示范窗口单位千分制考核细则》考评,得分900分以上为合格单位;得分前三名为优胜单位,
//    按人平100元给予奖励,并作为年度评先依据;得分少于900分单位每人扣款100元。"
// The 细则 is not in the source, so the rubric is a template (no categories). The filled-in
// rubric used below is examples/thousand-point-county.ts: its categories are ILLUSTRATIVE
// (示例, not from the source): 服务规范 400, 服务环境 300, 纪律巡查 200, 创建信息 100 = 1000;
//   ex1.1 10 per 人次, ex1.2 50 per 次, ex2.1 20 per 次, ex3.1 30 per 人次, ex4.1 0.5 per 次.
// Outcomes per person: 合格 (>= 900) 0; 不合格 (< 900) -100; 优胜 (competition rank <= 3) +100.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gradeOutcomes, InvalidOptionsError, rank, scoreMonth, scorePeriod } from '../../src/index.js';
import type { LedgerRecord, Outcomes } from '../../src/index.js';
import { lintRubric } from '../../src/rubric/lint.js';
import { fillIn, HEADCOUNT, LEDGER, UNITS } from '../../examples/thousand-point-county.js';
import { builtin, cardOf } from './helpers.js';

const template = builtin('thousand-point');
const filled = fillIn();
const source004 = readFileSync(new URL('../fixtures/sources/004_b4eac5c211c5afbd.txt', import.meta.url), 'utf8');
const outcomes: Outcomes = template.outcomes!;

const pass = { id: 'pass', label: '合格单位' };
const fail = { id: 'fail', label: '不合格' };
const top3 = { id: 'top3', label: '优胜单位' };

const year = (ledger: readonly LedgerRecord[]) => scorePeriod(filled, ledger, { period: '2024', windows: UNITS });
const scoresOf = (ledger: readonly LedgerRecord[]) => year(ledger).cards.map((c) => ({ id: c.windowId, score: c.score! }));

describe('rubrics/thousand-point.json (source 004 篇5)', () => {
  it('is a template with the outcome rules only, quoting the source verbatim, and lints clean', () => {
    // 004: "四、创建、服务要求按照后附《文明示范窗口单位千分制考核细则》及…执行。" (the 细则 is not included)
    expect(template).toMatchObject({ id: 'thousand-point', version: '1', template: true, total: '1000', subject: 'window', chiefRatio: '0', categories: [] });
    expect(template.source.truncated).toBe(true);
    expect(outcomes).toEqual({
      bands: [
        { id: 'pass', label: '合格单位', min: '900', text: '得分900分以上为合格单位' },
        { id: 'fail', label: '不合格', min: '0', yuanPerPerson: '-100', text: '得分少于900分单位每人扣款100元' },
      ],
      prizes: [{ id: 'top3', label: '优胜单位', top: 3, yuanPerPerson: '100', text: '得分前三名为优胜单位,按人平100元给予奖励,并作为年度评先依据' }],
    });
    for (const t of [...outcomes.bands!, ...outcomes.prizes!].map((b) => b.text!)) expect(source004).toContain(t);
    // A template's total is not checked against its (absent) categories.
    expect(lintRubric(template)).toEqual({ ok: true, issues: [] });
  });

  it('scoring the template as it is throws InvalidOptionsError', () => {
    // 004: "按《文明示范窗口单位千分制考核细则》考评" — without the 细则 there is nothing to score.
    expect(() => scorePeriod(template, [], { period: '2024' })).toThrow(InvalidOptionsError);
    expect(() => scoreMonth(template, [], { month: '2024-03' })).toThrow(/template/);
  });

  it('the filled example: categories add up to 1000, and the year is scored from the ledger', () => {
    // 004: "按《文明示范窗口单位千分制考核细则》考评" (细则 = the illustrative categories of the example)
    // 1000 minus the year's deductions:
    //   营业厅     ex1.1 x2 = 2 x 10 = 20 (y2, 50, voided on appeal)  -> 980; 服务规范 400 - 20 = 380
    //   检修中心   ex1.2 x1 = 50                                       -> 950
    //   一综合站   ex2.1 x4 = 4 x 20 = 80                              -> 920; 服务环境 300 - 80 = 220
    //   二综合站   ex3.1 x2 = 60 + ex2.1 x1 = 20 -> 80                 -> 920
    //   城关供电所 ex1.2 x2 = 100                                      -> 900
    //   河口供电所 ex1.2 x2 = 100 + ex4.1 x1 = 0.5 -> 100.5            -> 899.5; 创建信息 100 - 0.5 = 99.5
    expect(filled.template).toBeUndefined();
    expect(filled.categories.map((c) => [c.id, c.max])).toEqual([['ex1', '400'], ['ex2', '300'], ['ex3', '200'], ['ex4', '100']]);
    expect(filled.categories.every((c) => c.title.includes('示例') && c.clauses.every((k) => k.text.startsWith('(示例)')))).toBe(true);
    expect(lintRubric(filled)).toEqual({ ok: true, issues: [] });
    const r = year(LEDGER);
    expect(Object.fromEntries(r.cards.map((c) => [c.windowId, c.score]))).toEqual({
      营业厅: '980', 检修中心: '950', 一综合站: '920', 二综合站: '920', 城关供电所: '900', 河口供电所: '899.5',
    });
    expect(r.cards.every((c) => c.max === '1000' && c.complete)).toBe(true);
    expect(cardOf(r.cards, '营业厅').categories.map((c) => c.score)).toEqual(['380', '300', '200', '100']);
    expect(cardOf(r.cards, '营业厅').trace.find((t) => t.clauseId === 'ex1.2')).toMatchObject({ count: '0', voided: [{ entryId: 'y2', voidedBy: 'y2-void' }] });
    expect(cardOf(r.cards, '一综合站').categories.map((c) => c.score)).toEqual(['400', '220', '200', '100']);
    expect(cardOf(r.cards, '河口供电所').categories.map((c) => c.score)).toEqual(['300', '300', '200', '99.5']);
    // 10 records: 9 findings + 1 void; live 8, voided 1.
    expect(r.counts).toMatchObject({ received: 10, rejected: 0, outOfPeriod: 0, live: 8, voided: 1, voids: 1 });
  });

  it('900 exactly passes (900分以上 includes 900), rank 5: no prize, no money', () => {
    // 004: "得分900分以上为合格单位"
    // 城关供电所 900 >= 900 -> 合格单位; rank 5 (980, 950, 920, 920 above it) -> no prize; 0 x 7 = 0.
    const rows = gradeOutcomes({ scores: scoresOf(LEDGER), outcomes, headcount: HEADCOUNT });
    expect(rows.find((x) => x.id === '城关供电所')).toEqual({
      id: '城关供电所', score: '900', rank: 5, band: pass, prize: null, shortfall: null, yuan: { perPerson: '0', total: '0' },
    });
  });

  it('899.5 fails: -100 per person x headcount', () => {
    // 004: "得分少于900分单位每人扣款100元"
    // 河口供电所 899.5 < 900 -> 不合格; rank 6, no prize; -100 x 9 people = -900.
    const rows = gradeOutcomes({ scores: scoresOf(LEDGER), outcomes, headcount: HEADCOUNT });
    expect(rows.find((x) => x.id === '河口供电所')).toEqual({
      id: '河口供电所', score: '899.5', rank: 6, band: fail, prize: null, shortfall: null, yuan: { perPerson: '-100', total: '-900' },
    });
  });

  it('a tie at 3rd place: both units are 优胜单位 (+100 per person); the next unit is rank 5', () => {
    // 004: "得分前三名为优胜单位,按人平100元给予奖励,并作为年度评先依据"
    // 980 (1), 950 (2), 920 + 920 (3, 3: competition ranks), 900 (5), 899.5 (6).
    //   营业厅 100 x 12 = 1200; 检修中心 100 x 8 = 800; 一综合站 100 x 6 = 600; 二综合站 100 x 5 = 500.
    const scores = scoresOf(LEDGER);
    expect(rank(scores).map((x) => [x.id, x.rank, x.tied])).toEqual([
      ['营业厅', 1, false], ['检修中心', 2, false], ['一综合站', 3, true], ['二综合站', 3, true], ['城关供电所', 5, false], ['河口供电所', 6, false],
    ]);
    const rows = gradeOutcomes({ scores, outcomes, headcount: HEADCOUNT });
    expect(rows.slice(0, 4).map((x) => [x.id, x.rank, x.band, x.prize, x.yuan])).toEqual([
      ['营业厅', 1, pass, top3, { perPerson: '100', total: '1200' }],
      ['检修中心', 2, pass, top3, { perPerson: '100', total: '800' }],
      ['一综合站', 3, pass, top3, { perPerson: '100', total: '600' }],
      ['二综合站', 3, pass, top3, { perPerson: '100', total: '500' }],
    ]);
    // The whole year: 1200 + 800 + 600 + 500 + 0 - 900 = 2200 yuan.
    expect(rows.map((x) => x.yuan.total)).toEqual(['1200', '800', '600', '500', '0', '-900']);
  });

  it('rank 4 gets no prize', () => {
    // 004: "得分前三名为优胜单位,按人平100元给予奖励"
    // Without 二综合站's ex2.1 (y6) it scores 1000 - 60 = 940: ranks 营业厅 980 (1), 检修中心 950 (2),
    //   二综合站 940 (3), 一综合站 920 (4), 城关 900 (5), 河口 899.5 (6).
    //   一综合站 rank 4: 合格, no prize -> 0 x 6 = 0.  二综合站 rank 3: +100 x 5 = 500.
    const rows = gradeOutcomes({ scores: scoresOf(LEDGER.filter((x) => x.id !== 'y6')), outcomes, headcount: HEADCOUNT });
    expect(rows.map((x) => [x.id, x.score, x.rank])).toEqual([
      ['营业厅', '980', 1], ['检修中心', '950', 2], ['二综合站', '940', 3], ['一综合站', '920', 4], ['城关供电所', '900', 5], ['河口供电所', '899.5', 6],
    ]);
    expect(rows[3]).toMatchObject({ id: '一综合站', band: pass, prize: null, yuan: { perPerson: '0', total: '0' } });
    expect(rows[2]).toMatchObject({ id: '二综合站', prize: top3, yuan: { perPerson: '100', total: '500' } });
  });

  it('a unit with no headcount: money per person, total null', () => {
    // 004: "按人平100元给予奖励" / "每人扣款100元" — the unit's amount needs its number of people.
    // Headcount of 营业厅 and 河口供电所 left out: perPerson 100 and -100, totals null;
    //   检修中心 still 100 x 8 = 800.
    const { 营业厅: _a, 河口供电所: _b, ...some } = HEADCOUNT;
    const rows = gradeOutcomes({ scores: scoresOf(LEDGER), outcomes, headcount: some });
    expect(rows.find((x) => x.id === '营业厅')!.yuan).toEqual({ perPerson: '100', total: null });
    expect(rows.find((x) => x.id === '河口供电所')!.yuan).toEqual({ perPerson: '-100', total: null });
    expect(rows.find((x) => x.id === '检修中心')!.yuan).toEqual({ perPerson: '100', total: '800' });
    expect(gradeOutcomes({ scores: [{ id: 'X', score: '950' }], outcomes })[0]!.yuan).toEqual({ perPerson: '100', total: null });
  });

  it('a top-three unit below 900: 不合格 and 优胜 both apply, -100 + 100 = 0 per person (source silent)', () => {
    // 004: "得分前三名为优胜单位,按人平100元给予奖励" and "得分少于900分单位每人扣款100元"
    // Only two units reach 900: A 950 (1), B 905 (2), C 880 (3), D 870 (4).
    //   C: 不合格 (-100) and rank 3 (+100) -> 0 per person; 0 x 10 = 0.
    //   D: 不合格, rank 4 -> -100 x 4 = -400.
    const rows = gradeOutcomes({
      scores: [{ id: 'A', score: '950' }, { id: 'B', score: '905' }, { id: 'C', score: '880' }, { id: 'D', score: '870' }],
      outcomes,
      headcount: { A: 3, B: 3, C: 10, D: 4 },
    });
    expect(rows.map((x) => [x.id, x.rank, x.band?.id, x.prize?.id ?? null, x.yuan.perPerson, x.yuan.total])).toEqual([
      ['A', 1, 'pass', 'top3', '100', '300'],
      ['B', 2, 'pass', 'top3', '100', '300'],
      ['C', 3, 'fail', 'top3', '0', '0'],
      ['D', 4, 'fail', null, '-100', '-400'],
    ]);
  });

  it('the year is cut in Asia/Shanghai: 23:30 on 31 December counts in 2024, 00:30 on 1 January does not', () => {
    // 004: "并作为年度评先依据" (a year's score)
    // y9 (ex4.1, 0.5) at 2024-12-31T23:30+08:00 is in 2024: 河口供电所 899.5 (不合格).
    // Moved to 2025-01-01T00:30+08:00 it is out of 2024: 河口供电所 1000 - 100 = 900 (合格), outOfPeriod 1.
    const moved = LEDGER.map((x) => (x.id === 'y9' ? { ...x, date: '2025-01-01T00:30:00+08:00' } : x));
    const r = year(moved);
    expect(cardOf(r.cards, '河口供电所').score).toBe('900');
    expect(r.counts).toMatchObject({ received: 10, outOfPeriod: 1, live: 7, voided: 1 });
    expect(cardOf(year(LEDGER).cards, '河口供电所').score).toBe('899.5');
  });
});
