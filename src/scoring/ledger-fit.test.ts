// Issue 13, item 2: a ledger written for another rubric is called out in the result.
import { describe, expect, it } from 'vitest';
import { miniRubric } from '../../test/fixtures/mini-rubric.js';
import { loadRubric } from '../rubric/builtin.js';
import { aggregate, scorePeriod, scorePeriodBounded } from './score-period.js';

// county-monthly's clause ids, as a county-monthly ledger holds them.
const county = ['4.1', '5.3', '2.2', '4.4-red', '5.4-late'].map((clauseId, i) => ({ id: `c${i}`, windowId: 'W01', clauseId, date: '2024-03-05' }));

describe('ledgerFit', () => {
  it('a county-monthly ledger scored with red-flag-window: a mismatch, and the rubric it belongs to', async () => {
    const r = scorePeriod(loadRubric('red-flag-window'), county, { period: '2024-03' });
    expect(r.ledgerFit).toEqual({ unknownClause: 5, checked: 5, mismatch: true, unknownClauseIds: ['2.2', '4.1', '4.4-red', '5.3', '5.4-late'], belongsTo: ['county-monthly'] });
    const bounded = await scorePeriodBounded(loadRubric('red-flag-window'), () => county, { period: '2024-03' });
    expect(bounded.ledgerFit).toEqual(r.ledgerFit);
  });

  it('more than half of the checked entries is a mismatch; half is not; other months do not count', () => {
    const good = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `g${i}`, windowId: 'W01', clauseId: 'po', date: '2024-03-06' }));
    const april = Array.from({ length: 10 }, (_, i) => ({ id: `x${i}`, windowId: 'W01', clauseId: 'po', date: '2024-04-06' }));
    const half = scorePeriod(miniRubric, [...county.slice(0, 2), ...good(2), ...april], { period: '2024-03' }).ledgerFit;
    expect(half).toMatchObject({ unknownClause: 2, checked: 4, mismatch: false, belongsTo: [] });
    const most = scorePeriod(miniRubric, [...county.slice(0, 3), ...good(2), ...april], { period: '2024-03' }).ledgerFit;
    expect(most).toMatchObject({ unknownClause: 3, checked: 5, mismatch: true, belongsTo: ['county-monthly'] });
  });

  it('names no rubric when the unknown ids fit none, and nothing on a clean ledger', () => {
    const typos = [{ id: 't', windowId: 'W01', clauseId: '9.9', date: '2024-03-05' }];
    expect(scorePeriod(miniRubric, typos, { period: '2024-03' }).ledgerFit).toEqual({ unknownClause: 1, checked: 1, mismatch: true, unknownClauseIds: ['9.9'], belongsTo: [] });
    expect(scorePeriod(miniRubric, [], { period: '2024-03' }).ledgerFit).toEqual({ unknownClause: 0, checked: 0, mismatch: false, unknownClauseIds: [], belongsTo: [] });
  });

  it('from an aggregate: the share, without the clause ids (an aggregate does not keep them)', () => {
    const a = aggregate(loadRubric('red-flag-window'), county, { period: '2024-03' });
    expect(scorePeriod(loadRubric('red-flag-window'), a, { period: '2024-03' }).ledgerFit).toEqual({ unknownClause: 5, checked: 5, mismatch: true, unknownClauseIds: [], belongsTo: [] });
  });

});
