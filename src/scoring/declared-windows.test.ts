// Issue 13, item 1: declared windows are the windows. The same rule on every scoring path.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { miniRubric } from '../../test/fixtures/mini-rubric.js';
import { InvalidOptionsError } from '../errors/errors.js';
import { verifyResult } from '../fingerprint/verify.js';
import { scoreLedgerFile } from '../io/score-file.js';
import { mergeAggregates } from '../ledger/aggregate.js';
import { parseRubric } from '../rubric/parse.js';
import { scoreYear } from '../selection/year.js';
import { scoreMonth } from './score-month.js';
import { aggregate, scorePeriod, scorePeriodAsync, scorePeriodBounded } from './score-period.js';
import type { PeriodResult } from './types.js';

const month = '2024-03';
const windows = ['人社', '住建', '公安'];
// The clerk typed 住建局 for 住建: before issue 13 it became its own card and 住建 kept full marks.
const ledger = [
  { id: 'a1', windowId: '住建局', clauseId: 'po', date: '2024-03-05', count: 2 },
  { id: 'a2', windowId: '人社', clauseId: 'po', date: '2024-03-06' },
  { id: 'a3', windowId: '住建局', clauseId: 'po', date: '2024-04-02' },
];
const scoreOf = (r: PeriodResult, w: string) => r.cards.find((c) => c.windowId === w)?.score;
const accounted = (r: PeriodResult) => r.counts.received === r.counts.accepted + r.counts.rejected + r.counts.outOfPeriod;

describe('declared windows: an entry for any other window is rejected (unknown-window)', () => {
  const r = scoreMonth(miniRubric, ledger, { month, windows });

  it('rejects the misspelt window, naming the closest declared id, in English and Chinese', () => {
    expect(r.cards.map((c) => c.windowId)).toEqual(['人社', '住建', '公安'].sort());
    expect(r.rejected).toEqual([
      {
        index: 0,
        id: 'a1',
        code: 'unknown-window',
        path: ['windowId'],
        message: 'window "住建局" is not among the 3 declared windows; did you mean "住建"? (correct the entry, or add the window to windows)',
        messageZh: '窗口 (windowId) "住建局" 不在窗口清单 (共 3 个) 中, 是否应为 "住建"? 请更正该记录的窗口编号, 或把该窗口加入窗口清单。',
      },
    ]);
    // a3 is April's: out of period here, rejected when April is scored.
    expect(r.counts).toMatchObject({ received: 3, accepted: 1, rejected: 1, outOfPeriod: 1 });
    expect(accounted(r)).toBe(true);
    expect(r.windowsOnlyInLedger).toEqual([]);
  });

  it('names no suggestion when nothing declared is close', () => {
    const x = scoreMonth(miniRubric, [{ id: 'b', windowId: '不动产登记', clauseId: 'po', date: '2024-03-05' }], { month, windows });
    expect(x.rejected[0]!.message).toBe('window "不动产登记" is not among the 3 declared windows (correct the entry, or add the window to windows)');
    expect(x.rejected[0]!.messageZh).toBe('窗口 (windowId) "不动产登记" 不在窗口清单 (共 3 个) 中。请更正该记录的窗口编号, 或把该窗口加入窗口清单。');
  });

  it('without a declared list, scores every window and reports those only the ledger names', () => {
    const open = scoreMonth(miniRubric, ledger, { month, inputs: { 公安: { in: 100 } } });
    expect(open.cards.map((c) => c.windowId)).toEqual(['人社', '住建局', '公安']);
    expect(open.windowsOnlyInLedger).toEqual(['人社', '住建局']);
    expect(open.rejected).toEqual([]);
  });

  it('gives the same rejections on the async, bounded, file and year paths', async () => {
    const options = { period: month, windows };
    const codes = (x: PeriodResult) => x.rejected.map((j) => [j.index, j.code, j.message]);
    const async = await scorePeriodAsync(miniRubric, ledger, options);
    const bounded = await scorePeriodBounded(miniRubric, () => ledger, options);
    const dir = mkdtempSync(join(tmpdir(), 'ws-declared-'));
    const file = join(dir, 'ledger.ndjson');
    writeFileSync(file, ledger.map((e) => JSON.stringify(e)).join('\n'));
    const fromFile = await scoreLedgerFile(miniRubric, file, options);
    for (const x of [async, bounded, fromFile]) {
      expect(codes(x)).toEqual(codes(r));
      expect(x.counts).toEqual(r.counts);
      expect(x.cards.map((c) => [c.windowId, c.score])).toEqual(r.cards.map((c) => [c.windowId, c.score]));
    }
    const year = scoreYear([miniRubric], ledger, { year: '2024', through: '2024-04', windows });
    expect(year.months[2]!.rejected.map((j) => j.id)).toEqual(['a1']);
    expect(year.months[3]!.rejected.map((j) => [j.id, j.code])).toEqual([['a3', 'unknown-window']]);
    expect(year.months.every((m) => m.cards.length === 3 && accounted(m))).toBe(true);
    // Undeclared, the year scores every window seen, as before.
    expect(scoreYear([miniRubric], ledger, { year: '2024', through: '2024-03' }).months[2]!.cards.map((c) => c.windowId)).toContain('住建局');
  });

  it('keeps a window outside its span declared in scoreYear: its entry is scored and listed in outsideSpan', () => {
    const year = scoreYear([miniRubric], ledger, { year: '2024', through: '2024-03', windows: ['人社', { id: '住建局', from: '2024-06' }] });
    expect(year.months[2]!.rejected).toEqual([]);
    expect(year.outsideSpan).toEqual([{ windowId: '住建局', month: '2024-03' }]);
  });

  it('aggregates with the list reject the same entries; an aggregate counting another window is refused', () => {
    const a = aggregate(miniRubric, ledger.slice(0, 1), { period: month, windows });
    const b = aggregate(miniRubric, ledger.slice(1), { period: month, windows });
    const merged = scoreMonth(miniRubric, mergeAggregates(a, b), { month, windows });
    expect(merged.cards).toEqual(r.cards);
    expect(merged.counts).toEqual(r.counts);
    expect(merged.rejected.map((j) => [j.id, j.code])).toEqual([['a1', 'unknown-window']]);
    const unchecked = aggregate(miniRubric, ledger, { period: month });
    expect(() => scoreMonth(miniRubric, unchecked, { month, windows })).toThrow(InvalidOptionsError);
    expect(() => scoreMonth(miniRubric, unchecked, { month, windows })).toThrow(/window "住建局" is not among the 3 declared windows; did you mean "住建"\?/);
  });

  it('refuses inputs for an undeclared window', () => {
    expect(() => scoreMonth(miniRubric, [], { month, windows, inputs: { 住建局: { in: 90 } } })).toThrow(/inputs: window "住建局" is not among the declared windows; did you mean "住建"\?/);
  });

  it('says every inputs and windows problem in Chinese too (messageZh)', () => {
    const zh = (run: () => unknown): string => {
      try {
        run();
      } catch (e) {
        if (e instanceof InvalidOptionsError) return e.messageZh;
      }
      return 'no InvalidOptionsError';
    };
    expect(zh(() => scoreMonth(miniRubric, [], { month, windows, inputs: { 住建局: { in: 90 } } }))).toBe('inputs: 窗口“住建局”不在窗口清单中, 是否应为 “住建”?');
    expect(zh(() => scoreMonth(miniRubric, [], { month, inputs: { '住建 ': { in: 90 } } }))).toBe('inputs: 窗口编号 "住建 " 首尾不能有空白字符');
    expect(zh(() => scoreMonth(miniRubric, [], { month, inputs: { 住建: { nope: 90 } } }))).toBe('inputs.住建: “nope”不是评分标准中的输入条款');
    expect(zh(() => scoreMonth(miniRubric, [], { month, windows: ['住建', ''] }))).toBe('窗口清单第 2 个窗口编号 "" 不能为空');
    expect(zh(() => scoreMonth(miniRubric, [], { month: '2024/03' }))).toBe('month 应为 "YYYY-MM" (月份), 实为 "2024/03"');
  });

  it('an input value that cannot be used says so in both languages, with the value', () => {
    const card = scoreMonth(miniRubric, [], { month, windows: ['住建'], inputs: { 住建: { in: '90分' } } }).cards[0]!;
    expect(card.score).toBeNull();
    expect(card.missingInputs).toEqual([{ clauseId: 'in', reason: 'invalid', message: 'input "in" must be a decimal from 0 to 100, got "90分"', messageZh: '输入条款“in”的值应为 0 至 100 的数, 实为 "90分"' }]);
  });

  it('verifyResult recomputes with the same rule', () => {
    expect(verifyResult(r, miniRubric, [...ledger].reverse(), { windows }).match).toBe(true);
    // Verified without the list, the misspelt window gets a card again: not the published result.
    expect(verifyResult(r, miniRubric, ledger).match).toBe(false);
  });
});

describe('a void whose target was rejected as unknown-window', () => {
  it('is rejected as unknown-void-target, saying why; once the window is corrected, it applies', () => {
    const v = { id: 'v1', voids: 'a1', date: '2024-03-20' };
    const r = scoreMonth(miniRubric, [...ledger, v], { month, windows });
    const rejected = r.rejected.find((j) => j.id === 'v1')!;
    expect(rejected.code).toBe('unknown-void-target');
    expect(rejected.message).toBe('no accepted entry has id "a1": it was rejected (unknown-window: window "住建局" is not among the 3 declared windows; did you mean "住建"? (correct the entry, or add the window to windows))');
    expect(rejected.messageZh).toMatch(/^撤销对象 \(voids\) "a1" 本身已被退回 \(unknown-window\): 窗口 \(windowId\) "住建局"/);
    expect(r.counts).toMatchObject({ received: 4, accepted: 1, rejected: 2, outOfPeriod: 1 });
    expect(accounted(r)).toBe(true);
    // Not an unresolved void: its target is in these entries (rejected), not in another shard.
    expect(aggregate(miniRubric, [...ledger, v], { period: month, windows }).unresolvedVoids).toEqual([]);
    const fixed = scoreMonth(miniRubric, [{ ...ledger[0]!, windowId: '住建' }, ...ledger.slice(1), v], { month, windows });
    expect(fixed.rejected).toEqual([]);
    expect(fixed.counts.voided).toBe(1);
    expect(scoreOf(fixed, '住建')).toBe(scoreOf(r, '住建'));
  });
});

describe('declared people (person rubrics)', () => {
  const rubric = parseRubric({
    id: 'att', version: '1', title: '考勤', total: 10, effectiveFrom: '2024-01-01', source: { document: '测试' }, subject: 'person', chiefRatio: 0,
    categories: [{ id: 's', title: '考勤分', max: 10, clauses: [{ kind: 'per-occurrence', id: 'late', text: '迟到每次扣0.5分', points: 0.5 }] }],
  });
  const people = [{ windowId: '办公室', personId: '张三' }, { windowId: '办公室', personId: '李四' }];
  const e = (id: string, windowId: string, personId: string) => ({ id, windowId, clauseId: 'late', date: '2024-03-04', personId });

  it('rejects another window as unknown-window and another person as unknown-person', () => {
    const r = scorePeriod(rubric, [e('p1', '办公室', '张叁'), e('p2', '办公', '张三'), e('p3', '办公室', '李四')], { period: month, people });
    expect(r.rejected.map((j) => [j.id, j.code, j.path])).toEqual([['p1', 'unknown-person', ['personId']], ['p2', 'unknown-window', ['windowId']]]);
    expect(r.rejected[0]!.message).toBe('person "张叁" is not among the 2 people declared at window "办公室"; did you mean "张三"? (correct the entry, or add the person to people)');
    expect(r.rejected[1]!.message).toContain('did you mean "办公室"?');
    expect(r.cards.map((c) => [c.personId, c.score])).toEqual([['张三', '10'], ['李四', '9.5']]);
  });
});
