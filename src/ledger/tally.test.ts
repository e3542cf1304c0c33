import { describe, expect, it } from 'vitest';
import { miniRubric } from '../../test/fixtures/mini-rubric.js';
import { scoreMonth } from '../scoring/score-month.js';

const month = '2024-03';
const score = (entries: unknown[]) => scoreMonth(miniRubric, entries, { month });

describe('ledger validation', () => {
  it('rejects each kind of bad entry with a code, a path and a message, and keeps the rest', () => {
    const r = score([
      null,
      { windowId: 'W1', clauseId: 'po', date: '2024-03-01' },
      { id: ' e2', windowId: 'W1', clauseId: 'po', date: '2024-03-01' },
      { id: 'e3', windowId: 'W1', clauseId: 'nope', date: '2024-03-01' },
      { id: 'e4', windowId: 'W1', clauseId: 'in', date: '2024-03-01' },
      { id: 'e5', windowId: 'W1', clauseId: 'po', date: '2024-02-30' },
      { id: 'e6', windowId: 'W1', clauseId: 'po', date: '2024-03-01', count: 0 },
      { id: 'e7', windowId: 'W1', clauseId: 'po', date: '2024-03-01', count: 1.5 },
      { id: 'e8', windowId: 'W1', clauseId: 'ex', date: '2024-03-01' },
      { id: 'e9', windowId: 'W1', clauseId: 'ex', date: '2024-03-01', amount: '-1' },
      { id: 'e10', windowId: 'W1', clauseId: 'po', date: '2024-03-01', amount: 2 },
      { id: 'e11', windowId: 'W1', clauseId: 'ex', date: '2024-03-01', amount: 1, count: 2 },
      { id: 'e12', windowId: 'W1', clauseId: 'po', date: '2024-03-01', cuont: 2 },
      { id: 'e13', windowId: 'W1', clauseId: 'po', date: '2024-03-01' },
    ]);
    expect(r.counts).toEqual({ received: 14, accepted: 1, rejected: 13, outOfPeriod: 0, live: 1, voided: 0, voids: 0 });
    expect(r.rejected.map((x) => `${x.index} ${x.id ?? '-'} ${x.code} ${x.path.join('.')}: ${x.message}`)).toMatchInlineSnapshot(`
      [
        "0 - invalid-shape : an entry must be an object, got null",
        "1 - invalid-shape id: id is required",
        "2 - invalid-id id: id " e2" must not start or end with white space",
        "3 e3 unknown-clause clauseId: clause "nope" is not in rubric mini@1",
        "4 e4 not-a-ledger-clause clauseId: clause "in" is an input: pass its value in options.inputs, not as a ledger entry",
        "5 e5 bad-date date: date "2024-02-30": 2024-02 has no day 30",
        "6 e6 bad-count count: count must be a whole number from 1 to 9007199254740991, got 0",
        "7 e7 bad-count count: count must be a whole number from 1 to 9007199254740991, got 1.5",
        "8 e8 amount-required amount: clause "ex" is external: amount (the points decided elsewhere) is required",
        "9 e9 bad-amount amount: amount must be a non-negative decimal (a number or a string such as "1.5"), got "-1"",
        "10 e10 amount-not-allowed amount: clause "po" is per-occurrence: its points come from the rubric, amount is only for external clauses (got amount 2)",
        "11 e11 count-not-allowed count: clause "ex" is external: record the points in amount, not a count (got count 2)",
        "12 e12 unknown-field cuont: unknown field "cuont"",
      ]
    `);
  });

  it('counts an exact repeat once and rejects entries whose ids conflict', () => {
    const e = { id: 'a', windowId: 'W1', clauseId: 'po', date: '2024-03-01' };
    const r = score([e, { ...e }, { id: 'b', windowId: 'W1', clauseId: 'po', date: '2024-03-02' }, { id: 'b', windowId: 'W2', clauseId: 'po', date: '2024-03-02' }]);
    expect(r.rejected.map((x) => [x.index, x.code])).toEqual([[1, 'duplicate-id'], [2, 'conflicting-id'], [3, 'conflicting-id']]);
    expect(r.counts).toMatchObject({ received: 4, accepted: 1, rejected: 3 });
    expect(r.cards.map((c) => c.windowId)).toEqual(['W1']);
    expect(r.cards[0]!.trace.find((t) => t.clauseId === 'po')).toMatchObject({ count: '1', entryIds: ['a'] });
  });

  it('counts other months as out of period, not rejected', () => {
    const r = score([
      { id: 'a', windowId: 'W1', clauseId: 'po', date: '2024-02-29' },
      { id: 'b', windowId: 'W1', clauseId: 'po', date: '2024-03-31T16:00:00Z' },
      { id: 'c', windowId: 'W1', clauseId: 'po', date: '2024-03-31T15:59:59Z' },
    ]);
    expect(r.counts).toMatchObject({ received: 3, accepted: 1, rejected: 0, outOfPeriod: 2 });
  });
});

describe('voids', () => {
  const finding = { id: 'a', windowId: 'W1', clauseId: 'po', date: '2024-03-05', count: 2 };

  it('cancels the target in the month of the target, whatever its own date', () => {
    const r = score([finding, { id: 'v', voids: 'a', date: '2024-04-10', note: '申诉成立' }]);
    expect(r.counts).toEqual({ received: 2, accepted: 2, rejected: 0, outOfPeriod: 0, live: 0, voided: 1, voids: 1 });
    const po = r.cards[0]!.trace.find((t) => t.clauseId === 'po')!;
    expect(po).toMatchObject({ count: '0', applied: '0', entryIds: [], voided: [{ entryId: 'a', voidedBy: 'v' }] });
  });

  it('is out of period when its target is', () => {
    const r = scoreMonth(miniRubric, [finding, { id: 'v', voids: 'a', date: '2024-03-10' }], { month: '2024-04' });
    expect(r.counts).toMatchObject({ received: 2, accepted: 0, outOfPeriod: 2 });
  });

  it('rejects voids it cannot apply, deterministically', () => {
    const r = score([
      finding,
      { id: 'v2', voids: 'a', date: '2024-03-10' },
      { id: 'v1', voids: 'a', date: '2024-03-10' },
      { id: 'v3', voids: 'zzz', date: '2024-03-10' },
      { id: 'v4', voids: 'v1', date: '2024-03-10' },
      { id: 'v5', voids: 'a', windowId: 'W9', date: '2024-03-10' },
      { id: 'v6', voids: 'v6', date: '2024-03-10' },
      { id: 'v7', voids: 'a', date: '2024-03-10', count: 1 },
    ]);
    expect(r.rejected.map((x) => `${x.id} ${x.code}: ${x.message}`)).toMatchInlineSnapshot(`
      [
        "v2 already-voided: entry "a" is already voided by "v1"",
        "v3 unknown-void-target: no accepted entry has id "zzz"",
        "v4 invalid-void-target: "v1" is itself a void entry; record a new finding instead",
        "v5 void-mismatch: entry "a" is window "W1", clause "po"; the void names "W9" / -",
        "v6 invalid-void-target: entry "v6" cannot void itself",
        "v7 unknown-field: unknown field "count" (a void entry carries no count or amount)",
      ]
    `);
    expect(r.cards[0]!.trace.find((t) => t.clauseId === 'po')!.voided).toEqual([{ entryId: 'a', voidedBy: 'v1' }]);
  });
});
