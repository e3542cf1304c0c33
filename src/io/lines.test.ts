import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LineSplitter, splitLines } from './lines.js';

async function* chunks(bytes: Uint8Array, cuts: number[]): AsyncGenerator<Uint8Array> {
  let at = 0;
  for (const c of [...cuts.map((x) => x % (bytes.length + 1))].sort((a, b) => a - b)) {
    if (c > at) yield bytes.subarray(at, c);
    at = Math.max(at, c);
  }
  if (at < bytes.length) yield bytes.subarray(at);
}

const enc = (s: string) => new TextEncoder().encode(s);

describe('splitLines', () => {
  it('gives every line its text and its exact byte length, whatever the line breaks (LF, CR LF, CR) and however the bytes are chunked', async () => {
    const line = fc.array(fc.constantFrom('a', '{', '"', ' ', '编', '号', '😀'), { maxLength: 12 }).map((cs) => cs.join(''));
    const eol = fc.constantFrom('\n', '\r\n', '\r');
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(line, eol), { minLength: 1, maxLength: 30 }), fc.boolean(), fc.array(fc.nat(2000), { maxLength: 8 }), async (lines, lastEol, cuts) => {
        // A CR ending a line and an empty next line ending in LF make one CR LF: not this case.
        fc.pre(!lines.some(([, e], i) => e === '\r' && lines[i + 1]?.[0] === '' && lines[i + 1]?.[1] !== '\r' && (i + 1 < lines.length - 1 || lastEol)));
        const text = lines.map(([l, e], i) => (i < lines.length - 1 || lastEol ? l + e : l)).join('');
        const got: { line: number; text: string; bytes: number }[] = [];
        for await (const batch of splitLines(chunks(enc(text), cuts), 'utf-8')) for (const l of batch) got.push({ line: l.line, text: l.text, bytes: l.bytes });
        const expected = lines.map(([l], i) => ({ line: i + 1, text: l, bytes: enc(l).length }));
        // A last empty line with no break after it is not a line.
        if (!lastEol && expected.length > 0 && expected[expected.length - 1]!.bytes === 0) expected.pop();
        expect(got).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('counts a lone CR as a line break, a CR LF as one, even when a chunk ends between them', () => {
    const s = new LineSplitter('utf-8');
    const got = [...s.push(enc('a\rb\r')), ...s.push(enc('\nc\r\r\nd')), ...s.end()].map((l) => [l.line, l.text]);
    expect(got).toEqual([[1, 'a'], [2, 'b'], [3, 'c'], [4, ''], [5, 'd']]);
  });

  it('marks U+FFFD in valid text as replacement-char, in the fast path and line by line', () => {
    for (const text of ['a\n住\uFFFD\nb\n', 'a\r住\uFFFD\rb\r']) {
      const s = new LineSplitter('utf-8');
      const got = [...s.push(enc(text)), ...s.end()].map((l) => `${l.line} ${l.fault ?? 'ok'}`);
      expect(got).toEqual(['1 ok', '2 replacement-char', '3 ok']);
    }
  });
});
