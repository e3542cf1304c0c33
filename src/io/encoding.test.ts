import { describe, expect, it } from 'vitest';
import { bytesOf, collect } from '../../test/fixtures/io/helpers.js';
import { detectEncoding, readLedger } from './index.js';

describe('encoding', () => {
  it('detects UTF-8 (with or without BOM, or plain ASCII), else GB18030', () => {
    expect(detectEncoding(bytesOf('\uFEFF编号'))).toBe('utf-8');
    expect(detectEncoding(bytesOf('编号,窗口'))).toBe('utf-8');
    expect(detectEncoding(bytesOf('id,windowId'))).toBe('utf-8');
    expect(detectEncoding(new Uint8Array())).toBe('utf-8');
    expect(detectEncoding(bytesOf('编号,窗口', 'gbk'))).toBe('gb18030');
    expect(detectEncoding(bytesOf('编号,窗口', 'gb18030'))).toBe('gb18030');
  });

  it('reads a short GBK file that is valid UTF-8 too as GBK, unless a line is UTF-8 text', async () => {
    expect(detectEncoding(bytesOf('医院\n农业', 'gbk'))).toBe('gb18030');
    expect(detectEncoding(new Uint8Array([...bytesOf('农业\n', 'gbk'), ...bytesOf('住建\n')]))).toBe('utf-8');
    expect(detectEncoding(new Uint8Array([...bytesOf('农业\n', 'gbk'), ...bytesOf('café\n')]))).toBe('utf-8');
    // The limit: UTF-8 text of Latin Extended letters only may read as GBK Chinese (Łódź reads
    // 艁贸d藕), and is taken for GBK, as a line of it already is in a UTF-8 file.
    const r = await collect(readLedger([bytesOf('id,windowId,clauseId,date\n1,农业,w3.4,2024-03-05', 'gbk')], { format: 'csv' }));
    expect([r.summary?.encoding, r.entries, r.codes]).toEqual(['gb18030', [{ line: 2, entry: { id: '1', windowId: '农业', clauseId: 'w3.4', date: '2024-03-05' } }], []]);
  });

  it('does not mistake a UTF-8 character cut by the end of the sample for GBK', () => {
    const bytes = bytesOf('窗口');
    expect(detectEncoding(bytes.subarray(0, 4))).toBe('utf-8'); // 窗 and the first byte of 口
    expect(detectEncoding(bytes.subarray(0, 5))).toBe('utf-8');
    expect(detectEncoding(new Uint8Array([0x61, 0xe7, 0xaa, 0x62]))).toBe('gb18030'); // cut in the middle: not UTF-8
  });

  it('sniffs only the first 64 KiB, and drops a BOM split across chunks', async () => {
    const head = bytesOf(`${'{"id":"a"}\n'.repeat(7000)}`); // 77 000 bytes of ASCII
    const r = await collect(readLedger([head, bytesOf('{"id":"编号"}\n', 'gbk')], { format: 'ndjson' }));
    expect(r.summary?.encoding).toBe('utf-8');
    expect(r.codes).toEqual(['7001 mixed-encoding']);
    const bom = await collect(readLedger([new Uint8Array([0xef]), new Uint8Array([0xbb, 0xbf, 0x7b]), bytesOf('"id":"a"}')], { format: 'ndjson' }));
    expect(bom.entries).toEqual([{ line: 1, entry: { id: 'a' } }]);
  });

  it('rejects options and sources that are not what it reads, at once', () => {
    expect(() => readLedger([], { format: 'xml' as never })).toThrow(/format must be one of csv, ndjson, json, got "xml"/);
    expect(() => readLedger([], { format: 'csv', encoding: 'big5' as never })).toThrow(/encoding must be one of/);
    expect(() => readLedger('text' as never, { format: 'csv' })).toThrow(/source must be/);
  });

  it('refuses a source that yields strings', async () => {
    await expect(collect(readLedger(['{}'] as never, { format: 'ndjson' }))).rejects.toThrow(/Uint8Array chunks/);
  });
});
