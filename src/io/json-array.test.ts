import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bytesOf, chunked, collect, fixtures } from '../../test/fixtures/io/helpers.js';
import { readLedger } from './index.js';
import { scanArray } from './json-scan.js';

const json = (text: string, encoding: 'utf-8' | 'gbk' = 'utf-8') => collect(readLedger(chunked(bytesOf(text, encoding), 7), { format: 'json' }));

describe('JSON arrays', () => {
  it('gives each element the line its value starts on, and reads the rest around a bad one', async () => {
    const r = await collect(readLedger([readFileSync(new URL('ledger.json', fixtures))], { format: 'json' }));
    expect(r.entries.map((e) => [e.line, e.entry['id']])).toEqual([[2, 'e1'], [3, 'e2'], [12, 'e5']]);
    expect(r.entries[1]?.entry['evidence']).toEqual({ source: '12345热线', ref: 'R-1' });
    expect(r.entries[2]?.entry['note']).toBe('含 ] 和 } 与 " 的备注');
    expect(r.codes).toEqual(['10 bad-json', '11 not-an-object']);
    expect(r.summary).toEqual({ lines: 13, records: 5, blank: 0, header: 0, encoding: 'utf-8' });
  });

  it('reads a minified array on one line, in GBK, with a trailing comma', async () => {
    const r = await json('[{"id":"窗口1"},{"id":"窗口2"},]', 'gbk');
    expect(r.entries).toEqual([{ line: 1, entry: { id: '窗口1' } }, { line: 1, entry: { id: '窗口2' } }]);
    expect(r.problems).toEqual([]);
    expect(r.summary?.encoding).toBe('gb18030');
  });

  it('reports what cannot be read as one problem on its line', async () => {
    expect((await json('{"id":"e1"}')).codes).toEqual(['1 bad-json']);
    expect((await json('{"id":"e1"}')).problems[0]?.message).toContain('a .json ledger is an array');
    expect((await json('  \n')).codes).toEqual(['1 bad-json']);
    expect((await json('[\n{"id":"a"},\n{"id":"b"}\n')).codes).toEqual(['3 bad-json']); // the last line
    const unclosed = await json('[\n{"id":"a"},\n{"id":"b",\n"note":"x"\n]');
    expect(unclosed.codes).toEqual(['3 bad-json', '5 bad-json']); // the object (closed by ]), then the array
    expect(unclosed.entries).toHaveLength(1);
    const trailing = await json('[{"id":"a"}]\n\nextra');
    expect(trailing.codes).toEqual(['3 bad-json']);
    expect(trailing.problems[0]?.messageZh).toContain('第3行:结尾的 ] 之后还有内容');
    expect(trailing.summary).toMatchObject({ lines: 3, records: 2 });
  });

  it('names an element with bytes invalid in the encoding', async () => {
    const bytes = new Uint8Array([...bytesOf('[\n{"id":"a"},\n{"id":\n"'), 0xff, ...bytesOf('"},\n{"id":"c"}\n]')]);
    const r = await collect(readLedger([bytes], { format: 'json', encoding: 'utf-8' }));
    expect(r.codes).toEqual(['3 bad-encoding']);
    expect(r.problems[0]?.message).toContain('(physical line 4)');
    expect(r.entries.map((e) => e.line)).toEqual([2, 5]);
  });

  it('scans values without parsing them', () => {
    const text = '[ 1, "a\\"]", [2, [3]], {"b": "}"}, true ]';
    expect([...scanArray(text)].map((p) => (p.kind === 'value' ? text.slice(p.start, p.end) : p.en))).toEqual(['1', '"a\\"]"', '[2, [3]]', '{"b": "}"}', 'true']);
  });
});
