import { describe, expect, it } from 'vitest';
import { miniRubric } from '../../test/fixtures/mini-rubric.js';
import { InvalidOptionsError } from '../errors/errors.js';
import { scoreMonth } from '../scoring/score-month.js';
import { aggregate } from '../scoring/score-period.js';
import { mergeAggregates } from './aggregate.js';

const e = (id: string, windowId: string, clauseId: string, extra: Record<string, unknown> = {}) => ({ id, windowId, clauseId, date: '2024-03-10', ...extra });
const shardA = [e('a1', 'W1', 'po', { count: 2 }), e('a2', 'W1', 'ex', { amount: '0.5' }), { id: 'va', voids: 'a1', date: '2024-04-01' }, e('a3', 'W1', 'nope')];
const shardB = [e('b1', 'W2', 'po'), e('b2', 'W2', 've'), e('b3', 'W2', 'po', { date: '2024-02-01' })];
const shardC = [e('c1', 'W1', 'po', { count: 3 }), e('c2', 'W3', 'dq')];
const options = { month: '2024-03', windows: ['W1', 'W2', 'W3', 'W4'] };
const period = { period: '2024-03' };

describe('aggregates', () => {
  const whole = scoreMonth(miniRubric, [...shardA, ...shardB, ...shardC], options);
  const [a, b, c] = [shardA, shardB, shardC].map((s) => aggregate(miniRubric, s, period)) as [ReturnType<typeof aggregate>, ReturnType<typeof aggregate>, ReturnType<typeof aggregate>];

  it('scores merged shards exactly as the whole ledger', () => {
    const merged = scoreMonth(miniRubric, mergeAggregates(mergeAggregates(a, b), c), options);
    expect(merged.cards).toEqual(whole.cards);
    expect(merged.counts).toEqual(whole.counts);
    expect(merged.rejected.map((r) => [r.id, r.code])).toEqual(whole.rejected.map((r) => [r.id, r.code]));
    expect(merged.fingerprint.ledger).toBeNull(); // counts carry no entry content to hash
  });

  it('merges associatively and commutatively', () => {
    const left = mergeAggregates(mergeAggregates(a, b), c);
    const right = mergeAggregates(a, mergeAggregates(c, b));
    expect(JSON.stringify(right)).toBe(JSON.stringify(left));
  });

  it('is plain JSON', () => {
    const merged = mergeAggregates(a, b);
    expect(JSON.parse(JSON.stringify(merged))).toEqual(merged);
    expect(scoreMonth(miniRubric, JSON.parse(JSON.stringify(merged)), options).cards).toEqual(scoreMonth(miniRubric, [...shardA, ...shardB], options).cards);
  });

  it('refuses shards that share an id or split a void from its target', () => {
    expect(() => mergeAggregates(a, aggregate(miniRubric, [e('a2', 'W9', 'po')], period))).toThrow(/in both aggregates/);
    const split = aggregate(miniRubric, [{ id: 'vb', voids: 'b1', date: '2024-03-20' }], period);
    expect(() => mergeAggregates(b, split)).toThrow(/different shards/);
  });

  it('refuses an aggregate of another period or rubric, or a malformed one', () => {
    expect(() => scoreMonth(miniRubric, a, { month: '2024-04' })).toThrow(InvalidOptionsError);
    expect(() => scoreMonth(miniRubric, { ...a, rows: [{ windowId: 'W1' }] } as never, options)).toThrow(/not a valid aggregate/);
    expect(() => mergeAggregates(a, aggregate(miniRubric, [], { period: '2024-05' }))).toThrow(/periods/);
  });
});
