import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bytesOf, chunked, collect, fixtures, generatedLedger, liveHeap } from '../../test/fixtures/io/helpers.js';
import { CsvRecords } from './csv-records.js';
import { CSV_HEADERS, entriesOf, MAX_LINE_BYTES, newReadStats, readLedger } from './index.js';

const utf8Fixture = readFileSync(new URL('ledger-utf8-bom.csv', fixtures));
const gbkFixture = readFileSync(new URL('ledger-gbk.csv', fixtures));
const fixtureText = utf8Fixture.toString('utf8').replace(/^\uFEFF/, '');

const csv = (text: string, encoding: 'utf-8' | 'gbk' | 'gb18030' = 'utf-8', chunk = 1 << 16) =>
  collect(readLedger(chunked(bytesOf(text, encoding), chunk), { format: 'csv' }));

// What the fixture holds, whatever its encoding.
const expectedEntries = [
  { line: 2, entry: { id: 'e1', windowId: 'W01', clauseId: '4.1', date: '2024-03-05', count: 2, personId: 'P01', evidence: { source: '办件抽查', ref: 'CC-2024-031' }, recordedBy: '张三' } },
  { line: 3, entry: { id: 'e2', windowId: 'W02', clauseId: '5.3', date: '2024-03-06', personId: 'P02', evidence: { source: '12345热线,转办' }, recordedBy: '李四', note: '第一行\n第二行,含逗号' } },
  { line: 5, entry: { id: 'e3', windowId: 'W01', clauseId: '2.2', date: '2024-03-07', count: 1, recordedBy: '王五', note: '说"明"' } },
  { line: 7, entry: { id: 'e4', windowId: 'W03', clauseId: '6.1', date: '2024-03-08', count: '２' } },
  { line: 8, entry: { id: 'v1', date: '2024-04-02', evidence: { source: '申诉成立' }, recordedBy: '张三', voids: 'e1' } },
];

describe('CSV as a county office exports it', () => {
  it('reads UTF-8 with a BOM, Chinese headers, CR LF, quoted commas and line breaks', async () => {
    const r = await collect(readLedger([utf8Fixture], { format: 'csv' }));
    expect(r.problems).toEqual([]);
    expect(r.entries).toEqual(expectedEntries);
    expect(r.summary).toEqual({ lines: 8, records: 7, blank: 1, header: 1, encoding: 'utf-8' });
  });

  it('reads the same sheet saved as GBK, detected, in chunks that cut characters in two', async () => {
    const r = await collect(readLedger(chunked(gbkFixture, 5), { format: 'csv' }));
    expect(r.problems).toEqual([]);
    expect(r.entries).toEqual(expectedEntries);
    expect(r.summary?.encoding).toBe('gb18030');
  });

  it('reads GB18030 when told so, and the same in UTF-8 chunks of 3 bytes', async () => {
    const gb = await collect(readLedger([bytesOf(fixtureText, 'gb18030')], { format: 'csv', encoding: 'gb18030' }));
    expect(gb.entries).toEqual(expectedEntries);
    expect(gb.summary?.encoding).toBe('gb18030');
    const small = await csv(`\uFEFF${fixtureText}`, 'utf-8', 3);
    expect(small.entries).toEqual(expectedEntries);
  });

  it('gives each record the line it starts on, across quoted line breaks', async () => {
    const r = await csv('id,windowId,date,note\na,W1,2024-03-01,"one\ntwo\nthree"\nb,W1,2024-03-01,"x,y"\n\nc,W1,2024-03-01,"p\n\nq"\nd,W1,2024-03-01,');
    expect(r.entries.map((e) => `${e.line} ${String(e.entry['id'])}`)).toEqual(['2 a', '5 b', '7 c', '10 d']);
    expect(r.entries[2]?.entry['note']).toBe('p\n\nq');
    expect(r.summary).toEqual({ lines: 10, records: 6, blank: 1, header: 1, encoding: 'utf-8' });
  });

  it('reports an unknown column once, on the header, and ignores it', async () => {
    const r = await csv('编号,窗口,日期,颜色,备注\ne1,W1,2024-03-01,红,n\n');
    expect(r.codes).toEqual(['1 unknown-column']);
    expect(r.problems[0]?.message).toContain('column 4 "颜色"');
    expect(r.problems[0]?.messageZh).toContain('第4列“颜色”不是台账字段');
    expect(r.entries).toEqual([{ line: 2, entry: { id: 'e1', windowId: 'W1', date: '2024-03-01', note: 'n' } }]);
  });

  it('reports a column given twice, and missing required columns, and keeps reading', async () => {
    const r = await csv('窗口,窗口编号,条款\nW1,W2,4.1\n');
    expect(r.codes).toEqual(['1 unknown-column', '1 missing-column', '1 missing-column']);
    expect(r.problems.map((p) => p.message).join('\n')).toMatch(/column 1 already fills windowId[\s\S]*no id column[\s\S]*no date column/);
    expect(r.entries).toEqual([{ line: 2, entry: { windowId: 'W1', clauseId: '4.1' } }]);
    expect((await csv('id,voids,date\nv,e,2024-03-01\n')).problems).toEqual([]);
    expect((await csv('')).codes).toEqual(['1 missing-column', '1 missing-column', '1 missing-column']);
  });

  it('makes a short or long row a bad-csv problem, and reads the next one', async () => {
    const r = await csv('id,windowId,date\ne1,W1\ne2,W1,2024-03-01,x\ne3,W1,2024-03-01\n');
    expect(r.codes).toEqual(['2 bad-csv', '3 bad-csv']);
    expect(r.problems[0]?.message).toBe('line 2: the row has 2 cells, the header has 3. Give the row one cell per header column, and close every opening quote.');
    expect(r.problems[0]?.messageZh).toMatch(/^第2行:该行有 2 个单元格,表头有 3 列。/);
    expect(r.entries.map((e) => e.line)).toEqual([4]);
  });

  it('reads English headers in any case, trims cells, keeps odd counts as text', async () => {
    const r = await csv(' ID , WindowId ,Date,count,amount,EvidenceRef\n e1 , W1 ,2024-03-01, 3 , 1.50 ,R9\ne2,W1,2024-03-01,99999999999999999,,\ne3,W1,2024-03-01,-1,,\n');
    expect(r.problems).toEqual([]);
    expect(r.entries.map((e) => e.entry)).toEqual([
      { id: 'e1', windowId: 'W1', date: '2024-03-01', count: 3, amount: '1.50', evidence: { ref: 'R9' } },
      { id: 'e2', windowId: 'W1', date: '2024-03-01', count: '99999999999999999' },
      { id: 'e3', windowId: 'W1', date: '2024-03-01', count: '-1' },
    ]);
  });

  it('rejects a value in a column without a header, but not empty unnamed columns', async () => {
    const r = await csv('id,windowId,date,\ne1,W1,2024-03-01,\ne2,W1,2024-03-01,stray\n');
    expect(r.codes).toEqual(['3 bad-csv']);
    expect(r.problems[0]?.message).toContain('column 4 has no header but holds "stray"');
    expect(r.entries.map((e) => e.line)).toEqual([2]);
  });

  it('costs one line for a quote never closed, and reads literal quotes as text', async () => {
    const r = await csv('id,windowId,date,note\ne1,W1,2024-03-01,a"b\ne2,W1,2024-03-01,"x"y\ne3,W1,2024-03-01,"open\ne4,W1,2024-03-01,c\ne5,W1,2024-03-01,d\n');
    expect(r.codes).toEqual(['4 bad-csv']);
    expect(r.problems[0]?.message).toContain('a quote opened on this line is never closed');
    expect(r.entries.map((e) => [e.line, e.entry['note']])).toEqual([[2, 'a"b'], [3, '"x"y'], [5, 'c'], [6, 'd']]);
    expect(r.summary).toMatchObject({ lines: 6, records: 6 });
  });

  it('names a line with bytes invalid in the encoding, and reads the others', async () => {
    const bytes = new Uint8Array([...bytesOf('编号,窗口,日期\ne1,W1,2024-03-01\ne2,W'), 0xff, ...bytesOf('1,2024-03-01\ne3,"W1\n",2024-03-01\n')]);
    const r = await collect(readLedger([bytes], { format: 'csv', encoding: 'utf-8' }));
    expect(r.codes).toEqual(['3 bad-encoding']);
    expect(r.problems[0]?.messageZh).toContain('第3行:含有不符合 utf-8 编码的字节');
    expect(r.entries.map((e) => e.line)).toEqual([2, 4]);
    const gbk = new Uint8Array([...bytesOf('编号,窗口,日期\ne1,"W', 'gbk'), 0x81, 0x20, ...bytesOf('\n",2024-03-01\ne2,W1,2024-03-01\n', 'gbk')]);
    const g = await collect(readLedger([gbk], { format: 'csv', encoding: 'gbk' }));
    expect(g.codes).toEqual(['2 bad-encoding']);
    expect(g.entries.map((e) => e.line)).toEqual([4]);
  });

  it('says so when a GBK sheet is read as UTF-8: every GBK row is mixed-encoding, quoted as it reads in GBK', async () => {
    const r = await collect(readLedger([gbkFixture], { format: 'csv', encoding: 'utf-8' }));
    expect(r.entries).toEqual([]);
    // The header, in GBK too, is read as it really is: no column is unknown.
    expect(r.codes).toEqual(['2 mixed-encoding', '3 mixed-encoding', '5 mixed-encoding', '7 mixed-encoding', '8 mixed-encoding']);
    expect(r.problems[0]?.messageZh).toMatch(/^第2行:本行不是全文件所用的 utf-8 编码,而是 GBK\/GB18030,按其读作 ".*"/);
    expect(r.summary).toMatchObject({ lines: 8, records: 7, blank: 1, header: 1, encoding: 'utf-8' });
  });

  it('maps the Chinese and English names of CSV_HEADERS, and nothing inherited', () => {
    expect(CSV_HEADERS['撤销编号']).toBe('voids');
    expect(CSV_HEADERS['evidenceRef']).toBe('evidenceRef');
    expect(CSV_HEADERS['constructor']).toBeUndefined();
    expect(Object.keys(CSV_HEADERS)).toHaveLength(67);
  });

  it('skips a row over 16 MiB, keeping track of its quotes, then reads on', async () => {
    async function* source(): AsyncGenerator<Uint8Array> {
      yield bytesOf('id,windowId,date,note\ne1,W1,2024-03-01,"');
      const mib = new Uint8Array(1 << 20).fill(0x78);
      for (let i = 0; i <= MAX_LINE_BYTES / mib.length; i++) yield mib;
      yield bytesOf('\nstill the note"\ne2,W1,2024-03-01,n\n');
    }
    const r = await collect(readLedger(source(), { format: 'csv' }));
    expect(r.codes).toEqual(['2 too-long']);
    expect(r.entries).toEqual([{ line: 4, entry: { id: 'e2', windowId: 'W1', date: '2024-03-01', note: 'n' } }]);
    expect(r.summary).toMatchObject({ lines: 4, records: 3 });
  });

  it('gives up on a quote still open after the record limit, and reads the lines after it again', async () => {
    const records = new CsvRecords(20);
    const lines = ['a,"open', 'b,1', 'c,2', 'd,3', 'e,4', 'f,5', 'g,"6"'].map((text, i) => ({ line: i + 1, text, bytes: text.length }));
    const got = [...records.push(lines.slice(0, 4)), ...records.push(lines.slice(4)), ...(await records.finish())];
    expect(got.map((r) => `${r.start}-${r.end} ${r.cells === null ? 'unclosed' : r.cells.join('|')}`)).toEqual([
      '1-1 unclosed', '2-2 b|1', '3-3 c|2', '4-4 d|3', '5-5 e|4', '6-6 f|5', '7-7 g|6',
    ]);
  });

  it('reads 200 000 generated rows in constant memory', async () => {
    const rows = 200_000;
    const stats = newReadStats();
    let early = 0;
    let late = 0;
    for await (const entry of entriesOf(readLedger(generatedLedger(rows, 'csv'), { format: 'csv' }), stats)) {
      if (entry['id'] === 'e20000') early = liveHeap();
      if (entry['id'] === 'e190000') late = liveHeap();
    }
    expect(stats).toMatchObject({ lines: rows + 1, records: rows + 1, entries: rows - rows / 1000, rejected: rows / 1000, header: 1 });
    expect(stats.problems[0]?.line).toBe(1001);
    expect(late - early).toBeLessThan(4 * 1024 * 1024);
  });
});

describe('Excel dates', () => {
  it('writes 2024/3/5 as 2024-03-05 and leaves the rest to the scorer', async () => {
    const { excelDate } = await import('./csv-columns.js');
    expect([excelDate('2024/3/5'), excelDate('2024/12/31'), excelDate('2024-03-05'), excelDate('2024/3/5 9:30'), excelDate('24/3/5')]).toEqual([
      '2024-03-05', '2024-12-31', '2024-03-05', '2024/3/5 9:30', '24/3/5',
    ]);
  });

  it('reads a CR-only sheet (Excel for Mac) row by row, and one stray CR shifts no later line number', async () => {
    const rows = ['编号,窗口,条款,日期', 'e1,住建,w1.1,2024-03-05', 'e2,人社,w1.1,2024-03-06', 'e3,公安,w1.1,2024-03-07'];
    const cr = await collect(readLedger([bytesOf(rows.join('\r'), 'gbk')], { format: 'csv' }));
    expect(cr.entries.map((e) => `${e.line}:${e.entry['id']}`)).toEqual(['2:e1', '3:e2', '4:e3']);
    expect(cr.summary).toMatchObject({ lines: 4, records: 4, header: 1 });
    // A stray CR inside row 2 is a line break, as an editor shows it: row 2 is cut short (reported),
    // its tail is line 3 (reported), and e2, e3 stay on the lines an editor numbers 4 and 5.
    const stray = await collect(readLedger([bytesOf(rows.join('\r\n').replace('住建,w1.1', '住建\r,w1.1'))], { format: 'csv' }));
    expect(stray.codes).toEqual(['2 bad-csv', '3 bad-csv']);
    expect(stray.entries.map((e) => `${e.line}:${e.entry['id']}`)).toEqual(['4:e2', '5:e3']);
    expect(stray.summary).toMatchObject({ lines: 5, records: 5 });
  });
});
