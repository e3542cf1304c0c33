import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { splitLines } from './lines.js';

async function* chunks(bytes: Uint8Array, cuts: number[]): AsyncGenerator<Uint8Array> {
  let at = 0;
  for (const c of [...cuts.map((x) => x % (bytes.length + 1))].sort((a, b) => a - b)) {
    if (c > at) yield bytes.subarray(at, c);
    at = Math.max(at, c);
  }
  if (at < bytes.length) yield bytes.subarray(at);
}

describe('splitLines', () => {
  it('gives every line its text and its exact byte length, however the bytes are chunked (ASCII or not)', async () => {
    const line = fc.array(fc.constantFrom('a', '{', '"', ' ', '编', '号', '😀', '\r'), { maxLength: 12 }).map((cs) => cs.join(''));
    await fc.assert(
      fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 30 }), fc.array(fc.nat(2000), { maxLength: 8 }), async (lines, cuts) => {
        const text = lines.join('\n');
        const bytes = new TextEncoder().encode(text);
        const got: { text: string; bytes: number }[] = [];
        for await (const batch of splitLines(chunks(bytes, cuts), 'utf-8')) for (const l of batch) got.push({ text: l.text, bytes: l.bytes });
        const expected = (text === '' ? [] : lines).map((l) => ({ text: l.endsWith('\r') ? l.slice(0, -1) : l, bytes: new TextEncoder().encode(l).length }));
        // A last empty line (text ending in LF) is not a line.
        if (expected.length > 0 && expected[expected.length - 1]!.bytes === 0) expected.pop();
        expect(got).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});
