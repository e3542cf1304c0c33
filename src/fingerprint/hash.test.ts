import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { stableStringify } from './hash.js';

/** The plain definition: keys sorted by code unit at every level, each value through JSON.stringify. */
function reference(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : reference(v))).join(',')}]`;
  const o = value as Record<string, unknown>;
  const keys = Object.keys(o).filter((k) => o[k] !== undefined).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${reference(o[k])}`).join(',')}}`;
}

describe('stableStringify', () => {
  it('writes what the plain definition writes, for any keys, strings (lone surrogates, control characters) and numbers (-0, NaN, 1e21)', () => {
    const text = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom('"', '\\', '\u0000', '\u001f', '\u2028', '\ud800', '\udc00x', '😀', '窗口'));
    const scalar = fc.oneof(text, fc.double(), fc.constantFrom(-0, Number.NaN, Infinity, 1e21, 1e-7), fc.integer(), fc.boolean(), fc.constant(null), fc.constant(undefined));
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, scalar, fc.array(tie('node'), { maxLength: 3 }), fc.dictionary(text, tie('node'), { maxKeys: 4 })),
    })).node;
    fc.assert(
      fc.property(fc.oneof(value, fc.dictionary(text, scalar, { maxKeys: 6 })), (v) => {
        expect(stableStringify(v)).toBe(reference(v));
      }),
      { numRuns: 3000 },
    );
  });
});
