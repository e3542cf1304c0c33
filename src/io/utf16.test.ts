import { describe, expect, it } from 'vitest';
import { chunked, collect } from '../../test/fixtures/io/helpers.js';
import { readLedger } from './index.js';
import { decodeText } from './text-file.js';

/** Text as Excel's "Unicode 文本" saves it: UTF-16 with a byte order mark. */
function utf16(text: string, endian: 'le' | 'be' = 'le'): Uint8Array {
  const le = Buffer.from(text, 'utf16le');
  if (endian === 'be') le.swap16();
  return new Uint8Array([...(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), ...le]);
}

const SHEET = '编号\t窗口\t条款\t日期\t件数\r\na1\t住建\tw1.1\t2024-03-02\t2\r\na2\t人社\tw1.1\t2024-03-03\t1\r\n';
const ENTRIES = [
  { line: 2, entry: { id: 'a1', windowId: '住建', clauseId: 'w1.1', date: '2024-03-02', count: 2 } },
  { line: 3, entry: { id: 'a2', windowId: '人社', clauseId: 'w1.1', date: '2024-03-03', count: 1 } },
];

describe('UTF-16 with a BOM (Excel "Unicode 文本", defect 14)', () => {
  it('reads a tab-separated UTF-16LE or UTF-16BE sheet as the rows it holds, in any chunks', async () => {
    for (const endian of ['le', 'be'] as const) {
      for (const size of [1, 3, 7, 4096]) {
        const r = await collect(readLedger(chunked(utf16(SHEET, endian), size), { format: 'csv' }));
        expect([endian, size, r.entries, r.codes]).toEqual([endian, size, ENTRIES, []]);
        expect(r.summary).toMatchObject({ lines: 3, records: 3, header: 1, encoding: `utf-16${endian}` });
      }
    }
  });

  it('a UTF-16 BOM wins over a requested encoding; an unpaired surrogate is a bad-encoding line', async () => {
    const r = await collect(readLedger([utf16(SHEET)], { format: 'csv', encoding: 'gbk' }));
    expect(r.entries).toEqual(ENTRIES);
    const broken = utf16('编号\t窗口\t日期\r\na1\t住\uD800\t2024-03-02\r\n');
    expect((await collect(readLedger([broken], { format: 'csv' }))).codes).toEqual(['2 bad-encoding']);
  });

  it('reads side files (window lists, surveys) in UTF-16 too', () => {
    const t = decodeText(utf16('单位名称\r\n住建\r\n人社'));
    expect([t.encoding, t.text, t.problems]).toEqual(['utf-16le', '单位名称\n住建\n人社', []]);
  });

  it('keeps commas as the delimiter when the header has a comma (tabs inside cells stay)', async () => {
    const r = await collect(readLedger([utf16('编号,窗口,日期,备注\na1,住建,2024-03-02,迟到\t早退\n')], { format: 'csv' }));
    expect(r.entries[0]?.entry).toEqual({ id: 'a1', windowId: '住建', date: '2024-03-02', note: '迟到\t早退' });
  });
});
