// Line endings never change what a ledger says: for any CSV (or NDJSON) text and any choice
// of line break per line (LF, CR LF, lone CR), in UTF-8 or GBK, in any chunking, the rows
// read, their line numbers, the problems and the accounting are those of the LF text.
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readLedger } from '../../src/io/index.js';
import { collect } from '../fixtures/io/helpers.js';

const RUNS = Number(process.env['PROP_RUNS'] ?? 200);

const cell = fc.oneof(
  fc.constantFrom('', 'e1', 'W01', '住建', '人社', 'w1.1', '4.1', '2024-03-05', '2024/3/5', '2', ' 迟到 ', 'a"b'),
  fc.constantFrom('"两行\n备注"', '"a,b"', '"说""明"""', '"open', 'close"', '"'),
);
const row = fc.array(cell, { minLength: 1, maxLength: 6 }).map((cells) => cells.join(','));
const header = fc.constantFrom('编号,窗口,条款,日期,备注', 'id,windowId,clauseId,date', '编号,窗口,日期,颜色', '');
const ledger = fc.tuple(header, fc.array(fc.oneof(row, fc.constant('')), { maxLength: 25 })).map(([h, rows]) => [h, ...rows].join('\n'));
const ndjson = fc.array(fc.constantFrom('{"id":"a","windowId":"住建","clauseId":"w1.1","date":"2024-03-05"}', '{"id":"b"}', '', 'not json', '[1]', '{"note":"两行"}'), { maxLength: 20 }).map((l) => l.join('\n'));

/** The text with each LF replaced by the chosen break (a CR before an LF becomes CR LF, one break). */
function withEndings(text: string, choices: readonly number[]): string {
  let i = 0;
  let out = '';
  for (let at = 0; at < text.length; at++) {
    const c = text[at]!;
    if (c !== '\n') {
      out += c;
      continue;
    }
    const pick = ['\n', '\r\n', '\r'][(choices[i++ % Math.max(choices.length, 1)] ?? 0) % 3]!;
    out += pick === '\r' && text[at + 1] === '\n' ? '\r\n' : pick;
  }
  return out;
}

function chunked(bytes: Uint8Array, size: number): Uint8Array[] {
  return Array.from({ length: Math.ceil(bytes.length / size) }, (_, k) => bytes.slice(k * size, (k + 1) * size));
}

async function read(bytes: Uint8Array, size: number, format: 'csv' | 'ndjson') {
  const r = await collect(readLedger(chunked(bytes, size), { format }));
  return { entries: r.entries, codes: r.codes, summary: { ...r.summary, encoding: undefined } };
}

describe('line endings', () => {
  for (const [format, texts] of [['csv', ledger], ['ndjson', ndjson]] as const) {
    it(`${format}: any line break per line, any chunking, UTF-8 or GBK: the same rows on the same lines`, async () => {
      await fc.assert(
        fc.asyncProperty(texts, fc.array(fc.nat(2), { minLength: 1, maxLength: 40 }), fc.integer({ min: 1, max: 50 }), fc.boolean(), async (text, choices, size, gbk) => {
          const encode = (s: string) => (gbk ? new Uint8Array(iconv.encode(s, 'gbk')) : new TextEncoder().encode(s));
          const lf = await read(encode(text), 1 << 16, format);
          const mixed = await read(encode(withEndings(text, choices)), size, format);
          expect(mixed).toEqual(lf);
          // Every record is accounted for, header problems apart.
          const notes = lf.codes.filter((c) => c.endsWith('unknown-column') || c.endsWith('missing-column')).length;
          const s = lf.summary as { records: number; blank: number; header: number };
          expect(s.records).toBe(lf.entries.length + lf.codes.length - notes + s.blank + s.header);
        }),
        { numRuns: RUNS },
      );
    });
  }
});
