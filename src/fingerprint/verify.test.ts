import { describe, expect, it } from 'vitest';
import { miniRubric, miniRubricInput } from '../../test/fixtures/mini-rubric.js';
import { parseRubric } from '../rubric/parse.js';
import { scoreMonth } from '../scoring/score-month.js';
import { VERSION } from '../version.js';
import { stableStringify } from './hash.js';
import { verifyResult } from './verify.js';

const ledger = [
  { id: 'a', windowId: 'W1', clauseId: 'po', date: '2024-03-02', count: 2 },
  { id: 'b', windowId: 'W2', clauseId: 'fl', date: '2024-03-03' },
  { id: 'c', windowId: 'W2', clauseId: 'ex', date: '2024-03-04', amount: '1.5' },
  { id: 'v', voids: 'b', date: '2024-04-01' },
  { id: 'x', windowId: 'W1', clauseId: 'nope', date: '2024-03-05' },
  { id: 'old', windowId: 'W1', clauseId: 'po', date: '2024-02-05' },
];
const options = { windows: ['W1', 'W2', 'W3'], inputs: { W1: { in: 90 }, W2: { in: 80 }, W3: { in: 100 } } };
const published = scoreMonth(miniRubric, ledger, { month: '2024-03', ...options });

describe('fingerprints', () => {
  it('records what the result was computed from', () => {
    expect(published.fingerprint).toMatchObject({ algorithm: 'sha256', library: VERSION, entries: 4 });
    for (const h of [published.fingerprint.rubric, published.fingerprint.options, published.fingerprint.ledger]) expect(h).toMatch(/^[0-9a-f]{64}$/);
  });

  it('does not depend on entry order, key order or how the rubric was written', () => {
    const shuffled = [...ledger].reverse().map((e) => Object.fromEntries(Object.entries(e).reverse()));
    const again = scoreMonth(parseRubric(JSON.parse(JSON.stringify(miniRubricInput))), shuffled, { month: '2024-03', ...options });
    expect(again.fingerprint).toEqual(published.fingerprint);
  });

  it('canonical JSON sorts keys and drops undefined members', () => {
    expect(stableStringify({ b: 1, a: [2, { d: 3, c: undefined }] })).toBe('{"a":[2,{"d":3}],"b":1}');
  });

  it('can be skipped for bulk jobs', () => {
    expect(scoreMonth(miniRubric, ledger, { month: '2024-03', fingerprint: false }).fingerprint.ledger).toBeNull();
  });
});

describe('verifyResult', () => {
  it('matches the same rubric and ledger, re-ordered', () => {
    const v = verifyResult(published, miniRubric, [...ledger].reverse(), options);
    expect([v.match, v.cards, v.fingerprint]).toEqual([true, [], { rubric: true, options: true, ledger: true, library: true }]);
    expect(JSON.parse(JSON.stringify(published))).toEqual(published); // a published result survives JSON
  });

  it('detects a single changed entry and names the card', () => {
    const changed = ledger.map((e) => (e.id === 'a' ? { ...e, count: 3 } : e));
    const v = verifyResult(published, miniRubric, changed, options);
    expect(v.match).toBe(false);
    expect(v.fingerprint.ledger).toBe(false);
    expect(v.cards).toEqual([{ windowId: 'W1', status: 'differs', fields: ['categories', 'chiefDeduction', 'score', 'scoreBeforeVeto', 'sections', 'trace'] }]);
  });

  it('detects a change that moves no score (a note)', () => {
    const v = verifyResult(published, miniRubric, ledger.map((e) => (e.id === 'c' ? { ...e, note: '改' } : e)), options);
    expect([v.match, v.fingerprint.ledger, v.cards]).toEqual([false, false, []]);
  });

  it('detects a changed clause point value', () => {
    const input = structuredClone(miniRubricInput) as { categories: { clauses: { id: string; points?: number }[] }[] };
    input.categories[1]!.clauses[0]!.points = 3;
    const v = verifyResult(published, parseRubric(input), ledger, options);
    expect([v.match, v.fingerprint.rubric]).toEqual([false, false]);
    expect(v.cards.map((c) => c.windowId)).toEqual(['W1']);
  });

  it('detects different options (an input value)', () => {
    const v = verifyResult(published, miniRubric, ledger, { ...options, inputs: { ...options.inputs, W3: { in: 99 } } });
    expect([v.match, v.fingerprint.options, v.cards.map((c) => c.windowId)]).toEqual([false, false, ['W3']]);
  });
});
