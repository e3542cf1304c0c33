import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { IdIndex, idHash } from './id-index.js';

/** Two ids with the same 32-bit hash (found by search): a collision must never merge them. */
const COLLIDING = ['id43zx', 'idbpad'] as const;

function indexOf(ids: readonly string[]): { index: IdIndex; repeats: Map<string, number[]> } {
  const index = new IdIndex((p) => ids[p]!);
  ids.forEach((id, p) => index.add(id, p));
  return { index, repeats: index.seal() };
}

describe('IdIndex', () => {
  it('tells colliding hashes apart by the ids themselves', () => {
    expect(idHash(COLLIDING[0])).toBe(idHash(COLLIDING[1]));
    const { index, repeats } = indexOf([COLLIDING[0], 'x', COLLIDING[1], COLLIDING[0]]);
    expect([...repeats]).toEqual([[COLLIDING[0], [0, 3]]]);
    expect(index.first(COLLIDING[1])).toBe(2);
    expect(index.first(COLLIDING[0])).toBe(0);
    expect(index.first('nowhere')).toBeUndefined();
  });

  it('agrees with a Map on any ids, past its first growth (positions in input order)', () => {
    const id = fc.oneof(fc.constantFrom(...COLLIDING, 'a', 'b'), fc.string({ maxLength: 3 }), fc.nat(3000).map(String));
    fc.assert(
      fc.property(fc.array(id, { maxLength: 3000 }), fc.array(fc.string({ maxLength: 3 }), { maxLength: 10 }), (ids, probes) => {
        const { index, repeats } = indexOf(ids);
        const byId = new Map<string, number[]>();
        ids.forEach((x, p) => byId.set(x, [...(byId.get(x) ?? []), p]));
        expect(new Map([...repeats].sort())).toEqual(new Map([...byId].filter(([, ps]) => ps.length > 1).sort()));
        for (const x of [...ids.slice(0, 20), ...probes]) expect(index.first(x)).toBe(byId.get(x)?.[0]);
      }),
      { numRuns: 100 },
    );
  });

  it('answers nothing before it is sealed (a programming error)', () => {
    expect(() => new IdIndex(() => 'a').first('a')).toThrow(/before seal/);
  });
});
