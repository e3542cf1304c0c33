import { describe, expect, it } from 'vitest';
import { InvalidOptionsError } from '../errors/errors.js';
import { parseRubric } from '../rubric/parse.js';
import { explain } from './explain.js';
import { scorePeriod } from './score-period.js';

// A person rubric with every new part: record and overflow clauses, a tally category,
// a rate, a period flag with weights and a monthly flag.
const rubric = parseRubric({
  id: 'att', version: '1', title: '考勤', total: 100, effectiveFrom: '2024-01-01', source: { document: '测试' },
  subject: 'person',
  chiefRatio: 0,
  categories: [
    { id: 'score', title: '考勤分', max: 100, clauses: [
      { kind: 'per-occurrence', id: 'late', text: '无故迟到、早退、离岗的每次扣0.5分', points: 0.5, unit: '次' },
      { kind: 'per-occurrence', id: 'absent', text: '无故旷工(含半天)的每次扣1分', points: 1, unit: '次' },
      { kind: 'overflow', id: 'leave', text: '凡请假次数月累计超过5次的,一律视为旷工', allowance: 5, countsAs: 'absent', unit: '次' },
      { kind: 'bonus', id: 'article', text: '被省采纳的每篇加5分', points: 5, unit: '篇' },
    ] },
    { id: 'unit', title: '扣所属单位年度政务公开工作考核成绩', clauses: [
      { kind: 'per-occurrence', id: 'unit-late', text: '每迟到、早退、超假一次各扣所属单位年度政务公开工作考核成绩1分', points: 1 },
    ] },
    { id: 'days', title: '病假', clauses: [{ kind: 'record', id: 'sick', text: '病假(工作日)', unit: '个工作日' }] },
  ],
  rates: [{ id: 'on-time', label: '准时率', numerator: ['sick'], denominator: ['sick', 'late'], target: 0.8 }],
  flags: [
    { id: 'sick90', label: '全年病假累计超过90个工作日', clauses: [{ id: 'sick' }], moreThan: 90 },
    { id: 'days5', label: '累计旷工5天以上', clauses: [{ id: 'absent', weight: '0.5' }], atLeast: 5 },
    { id: 'month3', label: '单月迟到3次以上', clauses: [{ id: 'late' }], atLeast: 3, per: 'month' },
  ],
});

let n = 0;
const e = (clauseId: string, date: string, extra: Record<string, unknown> = {}) => ({ id: `e${++n}`, windowId: '办公室', personId: '张三', clauseId, date, ...extra });

describe('scorePeriod', () => {
  it('scores a year per person, converting leave beyond 5 a month into absences', () => {
    const r = scorePeriod(rubric, [
      e('leave', '2024-01-10', { count: 7 }), // January: 2 beyond 5
      e('leave', '2024-02-10', { count: 5 }), // February: none beyond
      e('leave', '2024-03-31T16:30:00Z', { count: 6 }), // April in Shanghai: 1 beyond
      e('late', '2024-05-02', { count: 3 }),
      e('article', '2024-06-01'),
      e('sick', '2024-07-01', { count: 91 }),
      e('absent', '2024-08-01', { count: 8 }),
      e('unit-late', '2024-05-02', { count: 3 }),
    ], { period: '2024', people: [{ windowId: '办公室', personId: '张三' }, { windowId: '办公室', personId: '李四' }] });
    expect(r.period).toBe('2024');
    const [zhang, li] = r.cards; // code-unit order: 张 (U+5F20) before 李 (U+674E)
    expect([li!.personId, li!.score]).toEqual(['李四', '100']);
    // absences: 8 recorded + 3 converted = 11 → 11; late 3 x 0.5 = 1.5; bonus 5 nets against deductions
    // 100 - 11 - 1.5 + 5 = 92.5
    expect(zhang!.score).toBe('92.5');
    expect(zhang!.trace.find((t) => t.clauseId === 'absent')).toMatchObject({ count: '11', convertedFrom: [{ clauseId: 'leave', count: '3' }] });
    expect(zhang!.trace.find((t) => t.clauseId === 'leave')).toMatchObject({ effect: 'record', count: '18', converted: '3' });
    // a tally category: uncapped, no score, not in the card's score
    expect(zhang!.categories.find((c) => c.id === 'unit')).toMatchObject({ max: null, score: null, deducted: '3' });
    expect(zhang!.rates[0]).toMatchObject({ numerator: '91', denominator: '94', value: '0.9681', meetsTarget: true });
    expect(zhang!.flags.map((f) => [f.id, f.value, f.raised])).toEqual([['sick90', '91', true], ['days5', '5.5', true], ['month3', '3', true]]);
    expect(zhang!.flags[2]!.months).toEqual(['2024-05']);
    expect(explain(zhang!, rubric)).toMatchInlineSnapshot(`
      "办公室 张三 得分 92.5 / 100
      考勤分 -1.5: 无故迟到、早退、离岗的每次扣0.5分 x3次 [条款 late; 条目 e4]
      考勤分 -11: 无故旷工(含半天)的每次扣1分 x11次 (含条款 leave 超出部分 3次) [条款 absent; 条目 e7]
      考勤分 记录: 凡请假次数月累计超过5次的,一律视为旷工 x18次 (超出部分 3次 计入 条款 absent) [条款 leave; 条目 e1, e2, e3]
      考勤分 +5: 被省采纳的每篇加5分 x1篇 [条款 article; 条目 e5]
      扣所属单位年度政务公开工作考核成绩 -3: 每迟到、早退、超假一次各扣所属单位年度政务公开工作考核成绩1分 x3次 [条款 unit-late; 条目 e8]
      病假 记录: 病假(工作日) x91个工作日 [条款 sick; 条目 e6]
      扣所属单位年度政务公开工作考核成绩: 合计扣 3 (不封顶, 计入他处成绩)
      准时率: 91 / 94 = 0.9681 (目标 0.8, 达标)
      全年病假累计超过90个工作日: 91
      累计旷工5天以上: 5.5
      单月迟到3次以上: 3 (2024-05)"
    `);
  });

  it('rejects entries without personId on a person rubric', () => {
    const r = scorePeriod(rubric, [{ id: 'x', windowId: 'W', clauseId: 'late', date: '2024-01-01' }], { period: '2024' });
    expect(r.rejected[0]).toMatchObject({ code: 'person-required', path: ['personId'] });
  });

  it('keeps subjects apart: people need people, windows need windows', () => {
    expect(() => scorePeriod(rubric, [], { period: '2024', windows: ['W'] })).toThrow(InvalidOptionsError);
    expect(() => scorePeriod(rubric, [], { period: '24' })).toThrow(/"YYYY-MM" \(a month\) or "YYYY"/);
  });

  it('a voided leave request no longer overflows', () => {
    const r = scorePeriod(rubric, [e('leave', '2024-01-10', { id: 'L', count: 6 }), { id: 'V', voids: 'L', date: '2024-02-01' }], { period: '2024-01' });
    expect(r.cards[0]!.score).toBe('100');
  });
});

describe('scorePeriodAsync', () => {
  it('gives the same result from an async source', async () => {
    const { scorePeriodAsync } = await import('./score-period.js');
    const entries = [e('late', '2024-05-02', { id: 'as1', count: 3 }), e('leave', '2024-01-10', { id: 'as2', count: 7 }), { id: 'bad' }];
    async function* source() {
      for (const x of entries) yield x;
    }
    const options = { period: '2024', people: [{ windowId: '办公室', personId: '张三' }] };
    expect(await scorePeriodAsync(rubric, source(), options)).toEqual(scorePeriod(rubric, entries, options));
    await expect(scorePeriodAsync(rubric, 5 as never, options)).rejects.toThrow(InvalidOptionsError);
  });
});
