import { describe, expect, it } from 'vitest';
import { InvalidOptionsError } from '../errors/errors.js';
import { gradeOutcomes } from './bands.js';
import { dualTargetScore } from './dual-target.js';
import { rank } from './rank.js';
import { selectTop } from './select-top.js';
import { selectShare, shareCount } from './share.js';
import { checkChain } from './tie-break.js';

const s = (pairs: [string, string][]) => pairs.map(([id, score]) => ({ id, score }));

describe('rank', () => {
  it('gives competition ranks and lists ties by id', () => {
    expect(rank(s([['C', '90'], ['A', '95'], ['B', '90'], ['D', '89.5'], ['E', '90.0']]))).toEqual([
      { id: 'A', score: '95', rank: 1, tied: false },
      { id: 'B', score: '90', rank: 2, tied: true },
      { id: 'C', score: '90', rank: 2, tied: true },
      { id: 'E', score: '90.0', rank: 2, tied: true },
      { id: 'D', score: '89.5', rank: 5, tied: false },
    ]);
  });

  it('compares decimals exactly, not as floats', () => {
    const r = rank(s([['A', '0.30000000000000000001'], ['B', '0.3']]));
    expect(r.map((x) => [x.id, x.rank])).toEqual([['A', 1], ['B', 2]]);
  });
});

describe('selectTop', () => {
  const ranking = rank(s([['A', '99'], ['B', '98'], ['C', '97'], ['D', '97'], ['E', '96']]));

  it('keeps a tie at the last place whole and says so', () => {
    const t = selectTop(ranking, () => true, 3);
    expect(t).toMatchObject({ selected: ['A', 'B', 'C', 'D'], tiedAtBoundary: true, boundary: { score: '97', rank: 3, tied: ['C', 'D'], slots: 1 } });
  });

  it('settles the tie by a stated chain and records the keys', () => {
    const t = selectTop(ranking, () => true, 3, { chain: [{ by: 'order', windows: ['D', 'C'] }], key: () => undefined });
    expect(t.selected).toEqual(['A', 'B', 'D']);
    expect(t.tieBreak?.rows).toEqual([{ id: 'D', keys: ['1'], selected: true }, { id: 'C', keys: ['2'], selected: false }]);
  });

  it('skips the ineligible and reports a shortfall', () => {
    expect(selectTop(ranking, (id) => id !== 'A', 3).selected).toEqual(['B', 'C', 'D']);
    expect(selectTop(ranking, (id) => id === 'A', 3)).toMatchObject({ selected: ['A'], shortfall: 2 });
  });

  it('names none for a count of 0', () => {
    expect(selectTop(ranking, () => true, 0).selected).toEqual([]);
  });
});

describe('tie-break chains', () => {
  it('must end in a rule that settles every tie', () => {
    expect(() => checkChain([{ by: 'fewer-entries' }], ['fewer-entries'])).toThrow(/must end in/);
    expect(() => checkChain([{ by: 'window-id' }, { by: 'fewer-entries' }], ['fewer-entries'])).toThrow(/must end in/);
    expect(() => checkChain([{ by: 'survey' }, { by: 'window-id' }], ['fewer-entries'])).toThrow(InvalidOptionsError);
  });
});

describe('shares', () => {
  it('rounds as asked', () => {
    expect([shareCount('0.5', 41), shareCount('0.5', 41, 'ceil'), shareCount('0.5', 41, 'round'), shareCount(0.15, 30)]).toEqual([20, 21, 21, 4]);
    expect(() => shareCount('1.5', 10)).toThrow(InvalidOptionsError);
  });

  it('never exceeds a ceiling when ties are left out', () => {
    const scores = s([['a', '90'], ['b', '88'], ['c', '88'], ['d', '70']]);
    const keep = selectShare({ scores, share: '0.5' });
    const leave = selectShare({ scores, share: '0.5', ties: 'leave-out' });
    expect([keep.selected, keep.tiedAtBoundary]).toEqual([['a', 'b', 'c'], true]);
    expect([leave.selected, leave.shortfall]).toEqual([['a'], 1]);
    expect(() => selectShare({ scores, share: '0.25', cap: '0.2' })).toThrow(/above the cap/);
  });
});

describe('dualTargetScore', () => {
  it('applies the factor exactly, or computes nothing', () => {
    expect(dualTargetScore('87.5', 'advice-only')).toMatchObject({ factor: '0.25', score: '21.875' });
    expect(dualTargetScore(90, 'missing-window').score).toBe('0');
    expect(dualTargetScore(90, 'no-approval-functions')).toMatchObject({ score: null, factor: null });
    expect(() => dualTargetScore('abc', 'full')).toThrow(InvalidOptionsError);
    expect(() => dualTargetScore(1, 'sometimes' as never)).toThrow(InvalidOptionsError);
  });
});

describe('gradeOutcomes', () => {
  it('returns no band below every band and no money without a headcount', () => {
    const rows = gradeOutcomes({ scores: s([['A', '50']]), outcomes: { bands: [{ id: 'pass', label: '合格', min: '900' }] } });
    expect(rows[0]).toMatchObject({ band: null, prize: null, yuan: { perPerson: '0', total: null } });
  });
});

describe('year-long disqualification and spans', async () => {
  const { scoreYear } = await import('./year.js');
  const { carryDisqualifications, selectMonthly } = await import('./monthly.js');
  const { parseRubric } = await import('../rubric/parse.js');
  const rubric = parseRubric({
    id: 'r', version: '1', title: 't', total: 10, effectiveFrom: '2024-01-01', source: { document: 'd' },
    selection: { monthly: { count: 1 } },
    categories: [{ id: 'c', title: 'c', max: 10, clauses: [{ kind: 'per-occurrence', id: 'neg', text: '负面通报的扣1分,取消本年度各项评先选优资格', points: 1, disqualify: true }] }],
  });
  const year = scoreYear([rubric], [
    { id: 'a', windowId: 'A', clauseId: 'neg', date: '2024-02-10' },
    { id: 'b', windowId: 'B', clauseId: 'neg', date: '2024-01-10' },
  ], { year: '2024', through: '2024-04', windows: ['A', { id: 'B', from: '2024-03' }] });

  it('carries a disqualification into later months', () => {
    const exclude = carryDisqualifications(year.months.slice(0, 3));
    expect(exclude).toEqual([{ windowId: 'A', reason: '2024-02 neg' }, { windowId: 'B', reason: '2024-01 neg' }]);
    const april = selectMonthly(year.months[3]!, { exclude });
    expect(april.selected).toEqual([]);
    expect(april.shortfall).toBe(1);
  });

  it('lists cards outside a window\'s span', () => {
    expect(year.outsideSpan).toEqual([{ windowId: 'B', month: '2024-01' }]);
  });
});
