import { describe, expect, it } from 'vitest';
import { InvalidOptionsError } from '../errors/errors.js';
import { loadRubric } from '../rubric/builtin.js';
import { annualComposite } from './annual.js';
import { checkCoveredMonths, monthCoverage } from './coverage.js';
import { scoreYear } from './year.js';

const rfw = loadRubric('red-flag-window');
// red-flag-window: a window with no entry loses u4.2 (分管领导 no visit, -3) and w5.3
// (no 工作信息, -1) from the quota clauses: 96. w1.1 (不挂牌…) is -2 per 人次.
const march = [
  { id: 'a', windowId: 'W1', clauseId: 'w1.1', date: '2024-03-05' },
  { id: 'b', windowId: 'W2', clauseId: 'w1.1', date: '2024-03-06', count: 2 },
];
const survey = { W1: 90, W2: 80 };

describe('months without data (issue 13, item 5)', () => {
  it('only March\'s ledger, through March: January and February are uncovered and in no mean', () => {
    const year = scoreYear([rfw], march, { year: '2024', through: '2024-03', windows: ['W1', 'W2'] });
    // The uncovered months are still scored (96 from the quotas alone), for the record …
    expect(year.months.map((m) => m.cards.map((c) => c.score))).toEqual([['96', '96'], ['96', '96'], ['94', '92']]);
    // … and listed.
    expect(year.coverage).toEqual({ months: ['2024-01', '2024-02', '2024-03'], withEntries: ['2024-03'], declaredClean: [], uncovered: ['2024-01', '2024-02'] });
    const a = annualComposite({ months: year.months, survey });
    expect(a.coverage.uncovered).toEqual(['2024-01', '2024-02']);
    // W1: March only, 94 -> 94 x 0.6 + 90 x 0.4 = 56.4 + 36 = 92.4 (not the 95.33 mean of 96, 96, 94)
    // W2: 92 -> 55.2 + 32 = 87.2
    expect(a.rows.map((r) => [r.windowId, r.monthlyMean, r.uncoveredMonths, r.composite])).toEqual([
      ['W1', { sum: '94', count: 1, published: '94' }, ['2024-01', '2024-02'], '92.4'],
      ['W2', { sum: '92', count: 1, published: '92' }, ['2024-01', '2024-02'], '87.2'],
    ]);
    expect(a.rows[0]!.months.map((m) => m.month)).toEqual(['2024-03']);
    expect(a.windows).toBe(2);
  });

  it('declared covered (truly clean months): scored, and counted in the mean', () => {
    const coveredMonths = ['2024-01', '2024-02'];
    const year = scoreYear([rfw], march, { year: '2024', through: '2024-03', windows: ['W1', 'W2'], coveredMonths });
    expect(year.coverage).toMatchObject({ declaredClean: ['2024-01', '2024-02'], uncovered: [] });
    const a = annualComposite({ months: year.months, survey, coveredMonths });
    // W1: (96 + 96 + 94) / 3 = 95.333… -> 95.33; x 0.6 = 57.2 exactly (286 x 0.2); + 36 = 93.2
    expect(a.rows[0]).toMatchObject({ monthlyMean: { sum: '286', count: 3, published: '95.33' }, uncoveredMonths: [], composite: '93.2' });
    expect(a.coverage.uncovered).toEqual([]);
  });

  it('a month with an entry for one window only is covered: the others are scored clean in it', () => {
    const year = scoreYear([rfw], [march[0]!], { year: '2024', through: '2024-03', windows: ['W1', 'W2'], coveredMonths: [] });
    const a = annualComposite({ months: year.months, survey });
    expect(a.rows.find((r) => r.windowId === 'W2')).toMatchObject({ monthlyMean: { sum: '96', count: 1 }, uncoveredMonths: ['2024-01', '2024-02'] });
  });

  it('voids cover their target\'s month; rejected rows cover nothing', () => {
    const rows = [
      { id: 'x', windowId: 'W1', clauseId: 'w1.1', date: '2024-01-05' },
      { id: 'v', voids: 'x', date: '2024-02-01' },
      { id: 'bad', windowId: 'W1', clauseId: 'no-such-clause', date: '2024-02-07' },
    ];
    const year = scoreYear([rfw], rows, { year: '2024', through: '2024-02', windows: ['W1'] });
    // x and its void both count in January (a void belongs to its target's month); February
    // holds only a rejected row: its score would rest on nothing.
    expect(year.coverage).toMatchObject({ withEntries: ['2024-01'], uncovered: ['2024-02'] });
    expect(year.months[1]!.rejected.map((r) => r.id)).toEqual(['bad']);
  });

  it('an empty ledger: every month uncovered, no window has a scored month', () => {
    const year = scoreYear([rfw], [], { year: '2024', through: '2024-02', windows: ['W1'] });
    const a = annualComposite({ months: year.months, survey: { W1: 90 } });
    expect(a.coverage.uncovered).toEqual(['2024-01', '2024-02']);
    expect(a.rows[0]).toMatchObject({ monthlyMean: null, composite: null, incomplete: 'no-scored-months' });
    expect(a.selected).toEqual([]);
  });

  it('refuses a bad coveredMonths, naming it', () => {
    expect(checkCoveredMonths(['2024-02', '2024-01'], '2024')).toEqual(['2024-01', '2024-02']);
    expect(() => checkCoveredMonths(['2023-12'], '2024')).toThrow(InvalidOptionsError);
    expect(() => checkCoveredMonths(['2024-1'], '2024')).toThrow(/coveredMonths\[0\] must be "YYYY-MM", got "2024-1"/);
    expect(() => checkCoveredMonths(['2024-01', '2024-01'], '2024')).toThrow(/given twice/);
    expect(() => scoreYear([rfw], march, { year: '2024', coveredMonths: ['2025-01'] })).toThrow(/not a month of 2024/);
    expect(monthCoverage([])).toEqual({ months: [], withEntries: [], declaredClean: [], uncovered: [] });
  });
});
