import { describe, expect, it } from 'vitest';
import { miniRubric } from '../../test/fixtures/mini-rubric.js';
import { InvalidOptionsError } from '../errors/errors.js';
import { scoreMonth } from './score-month.js';
import type { WindowCard } from './types.js';

const month = '2024-03';
let n = 0;
const e = (clauseId: string, extra: Record<string, unknown> = {}) => ({ id: `e${++n}`, windowId: 'W1', clauseId, date: '2024-03-10', ...extra });
const card = (entries: unknown[], inputs: Record<string, string | number> = { in: 100 }): WindowCard =>
  scoreMonth(miniRubric, entries, { month, windows: ['W1'], inputs: { W1: inputs } }).cards[0]!;
const cat = (c: WindowCard, id: string) => c.categories.find((x) => x.id === id)!;
const clause = (c: WindowCard, id: string) => c.trace.find((t) => t.clauseId === id);

// A clean month: 50 - qp (2 missing x 1) - qb (3) = 45.
const CLEAN = '45';

describe('scoreMonth: clause kinds', () => {
  it('a clean window loses only its quota misses', () => {
    const c = card([]);
    expect(c.score).toBe(CLEAN);
    expect(clause(c, 'qp')).toMatchObject({ count: '0', missing: '2', points: '2', chiefPoints: '1' });
    expect(clause(c, 'qb')).toMatchObject({ missing: '1', points: '3', chiefPoints: '1.5' });
  });

  it('per-occurrence: points x count, chief points x count', () => {
    const c = card([e('po', { count: 3 })]);
    expect(cat(c, 'serve')).toMatchObject({ score: '4', deducted: '6', chiefDeducted: '3' });
  });

  it('flat: once however many times', () => {
    expect(cat(card([e('fl', { count: 5 }), e('fl')]), 'serve').score).toBe('7');
  });

  it('threshold: nothing at 2, the points once at 3 and at 6', () => {
    expect(cat(card([e('th', { count: 2 })]), 'serve').score).toBe('10');
    expect(cat(card([e('th', { count: 2 }), e('th')]), 'serve').score).toBe('5');
    expect(cat(card([e('th', { count: 6 })]), 'serve').score).toBe('5');
  });

  it('quota: per missing occurrence, or once when below', () => {
    expect(cat(card([e('qp')]), 'lead').score).toBe('16'); // 20 - 1 - 3
    expect(cat(card([e('qp', { count: 2 }), e('qb')]), 'lead').score).toBe('20');
  });

  it('external: summed amounts, exactly', () => {
    const c = card([e('ex', { amount: '1.5' }), e('ex', { amount: 2 }), e('ex', { amount: '0.000000000000000000000000000001' })]);
    expect(clause(c, 'ex')).toMatchObject({ amount: '3.500000000000000000000000000001', chiefPoints: '1.7500000000000000000000000000005' });
  });

  it('external: exact across the whole range of JSON numbers', () => {
    const c = card([e('ex', { amount: 1e308 }), e('ex', { amount: 5e-324 })]);
    expect(clause(c, 'ex')!.amount).toBe(`1${'0'.repeat(308)}.${'0'.repeat(323)}5`);
    expect(cat(c, 'lead').score).toBe('0');
  });

  it('bonus: adds up to its cap and never past the category max', () => {
    expect(cat(card([e('po', { count: 3 }), e('bo', { count: 5 })]), 'serve')).toMatchObject({ score: '6', bonus: '2', deducted: '6' });
    expect(cat(card([e('bo')]), 'serve')).toMatchObject({ score: '10', bonus: '0', capped: true });
  });

  it('input: value / outOf x points; missing or out of range leaves the card incomplete', () => {
    expect(cat(card([], { in: '87.5' }), 'base').score).toBe('8.75');
    const missing = card([], {});
    expect([missing.score, missing.complete, missing.missingInputs.map((m) => m.reason)]).toEqual([null, false, ['missing']]);
    expect(cat(missing, 'base').score).toBeNull();
    expect(missing.sections.find((s) => s.id === 'work')!.score).toBeNull();
    expect(card([], { in: 101 }).missingInputs[0]).toMatchObject({ clauseId: 'in', reason: 'invalid' });
  });

  it('veto (window): the month scores 0, the score before the veto is kept', () => {
    const c = card([e('po'), e('ve')]);
    expect([c.score, c.scoreBeforeVeto, c.vetoed]).toEqual(['0', '43', true]);
    expect(c.vetoedBy).toEqual([{ clauseId: 've', scope: 'window', entryIds: [expect.any(String)] }]);
    expect(c.categories.every((x) => x.score === '0' && x.vetoed)).toBe(true);
  });

  it('veto (section): only that section scores 0', () => {
    const c = card([e('vs')]);
    expect(c.sections.map((s) => [s.id, s.score, s.vetoed])).toEqual([['work', '30', false], ['unit', '0', true]]);
    expect([c.score, c.scoreBeforeVeto]).toEqual(['30', CLEAN]);
  });

  it('a window-wide veto settles the score even with an input missing', () => {
    expect(card([e('ve')], {}).score).toBe('0');
  });

  it('disqualify: the window stays scored but is flagged', () => {
    const c = card([e('dq', { id: 'x1' })]);
    expect([c.score, c.disqualified, c.disqualifiedBy]).toEqual(['30', true, [{ clauseId: 'dq', entryIds: ['x1'] }]]);
  });

  it('caps deductions at the category max and the chief at max x ratio', () => {
    const c = card([e('po', { count: 8 })]);
    expect(cat(c, 'serve')).toMatchObject({ score: '0', deducted: '10', capped: true, chiefDeducted: '5', chiefCapped: true });
    expect(clause(c, 'po')).toMatchObject({ points: '16', applied: '10', capped: true, chiefPoints: '8', chiefApplied: '5' });
  });

  it('counts past Number.MAX_SAFE_INTEGER exactly', () => {
    const big = Number.MAX_SAFE_INTEGER;
    const c = card([e('po', { count: big }), e('po', { count: big })]);
    expect(clause(c, 'po')!.count).toBe('18014398509481982');
    expect(clause(c, 'po')!.points).toBe('36028797018963964');
    expect(cat(c, 'serve').score).toBe('0');
  });
});

describe('scoreMonth: windows, order, options', () => {
  it('gives a card to every listed window, sorted; without a list, to every window seen and every window with inputs', () => {
    // Declared windows are the windows (issue 13): W3's entry is rejected, W0's inputs refused.
    const listed = scoreMonth(miniRubric, [{ ...e('po'), windowId: 'W3' }], { month, windows: ['W2', 'W1', 'W2'], inputs: { W1: { in: 1 } } });
    expect(listed.cards.map((c) => c.windowId)).toEqual(['W1', 'W2']);
    expect(listed.rejected.map((r) => r.code)).toEqual(['unknown-window']);
    expect(listed.windowsOnlyInLedger).toEqual([]);
    const open = scoreMonth(miniRubric, [{ ...e('po'), windowId: 'W3' }], { month, inputs: { W0: { in: 1 } } });
    expect(open.cards.map((c) => c.windowId)).toEqual(['W0', 'W3']);
    expect(open.windowsOnlyInLedger).toEqual(['W3']);
  });

  it('accepts any iterable of entries', () => {
    function* gen() {
      yield e('po');
    }
    expect(scoreMonth(miniRubric, gen(), { month }).counts.received).toBe(1);
  });

  it('throws InvalidOptionsError for malformed options, naming the option', () => {
    expect(() => scoreMonth(miniRubric, [], { month: '2024-3' })).toThrow(InvalidOptionsError);
    expect(() => scoreMonth(miniRubric, [], { month, windows: [''] })).toThrow(/windows\[0\]/);
    expect(() => scoreMonth(miniRubric, [], { month, inputs: { W1: { po: 1 } } })).toThrow(/not an input clause/);
    expect(() => scoreMonth(miniRubric, 5 as unknown as [], { month })).toThrow(/iterable/);
    try {
      scoreMonth(miniRubric, [], { month, timeZone: 'Nowhere/City' });
    } catch (err) {
      expect(err).toBeInstanceOf(InvalidOptionsError);
      expect((err as InvalidOptionsError).path).toEqual(['timeZone']);
    }
  });
});
