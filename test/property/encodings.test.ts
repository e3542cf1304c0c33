// A window list or a ledger reads the same whatever encoding the centre saved it in: for any
// lines of window names (short ones, often valid UTF-8 when saved in GBK), in UTF-8, GBK or
// UTF-16 (Excel "Unicode 文本"), with any line breaks, the text read is the text written.
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/io/text-file.js';

const RUNS = Number(process.env['PROP_RUNS'] ?? 200);

const NAMES = ['住建', '人社', '民政', '公安', '税务', '医保', '农业', '医院', '不动产登记', '市场监管', '公积金', '水电气', '交通', '林业', '教育', '卫健', '残联', '司法', '自然资源', '退役军人', 'W01', 'A-3'];
const line = fc.array(fc.constantFrom(...NAMES), { minLength: 1, maxLength: 3 }).map((n) => n.join(','));
const text = fc.tuple(fc.array(line, { minLength: 1, maxLength: 8 }), fc.constantFrom('\n', '\r\n', '\r')).map(([ls, eol]) => ({ lines: ls, raw: ls.join(eol) }));

function bytes(raw: string, encoding: 'utf-8' | 'gbk' | 'utf-16le' | 'utf-16be'): Uint8Array {
  if (encoding === 'utf-8') return new TextEncoder().encode(raw);
  if (encoding === 'gbk') return new Uint8Array(iconv.encode(raw, 'gbk'));
  const le = Buffer.from(raw, 'utf16le');
  if (encoding === 'utf-16be') le.swap16();
  return new Uint8Array([...(encoding === 'utf-16le' ? [0xff, 0xfe] : [0xfe, 0xff]), ...le]);
}

describe('property: a file of window names reads as written in any encoding', () => {
  it('UTF-8, GBK, UTF-16LE and UTF-16BE give the text written, with no problem', () => {
    fc.assert(
      fc.property(text, fc.constantFrom('utf-8', 'gbk', 'utf-16le', 'utf-16be') as fc.Arbitrary<'utf-8' | 'gbk' | 'utf-16le' | 'utf-16be'>, ({ lines, raw }, encoding) => {
        const t = decodeText(bytes(raw, encoding));
        expect(t.problems).toEqual([]);
        expect(t.text).toBe(lines.join('\n'));
      }),
      { numRuns: RUNS },
    );
  });
});
