import { describe, expect, it } from 'vitest';
import { bytesOf, chunked, collect, generatedLedger, liveHeap } from '../../test/fixtures/io/helpers.js';
import { entriesOf, MAX_LINE_BYTES, newReadStats, readLedger } from './index.js';
import { leadingId } from './ndjson.js';

const ndjson = (text: string, chunk = 1 << 16) => collect(readLedger(chunked(bytesOf(text), chunk), { format: 'ndjson' }));

/** A line of `size` bytes ('x' inside a JSON string), then more lines, as 1 MiB chunks: never one big string. */
async function* longLineThen(size: number, rest: string): AsyncGenerator<Uint8Array> {
  yield bytesOf('{"id":"a"}\n{"note":"');
  const mib = new Uint8Array(1 << 20).fill(0x78);
  for (let left = size; left > 0; left -= mib.length) yield left >= mib.length ? mib : mib.subarray(0, left);
  yield bytesOf(`"}\n${rest}`);
}

describe('NDJSON', () => {
  it('reads entries, counts blank lines, and reports bad lines and non-objects', async () => {
    const r = await ndjson('{"id":"e1","count":2}\n\n   \n{"id":\n[1,2]\n"text"\nnull\n{"id":"e2"}\r\n{"__proto__":{"x":1}}');
    expect(r.entries.map((e) => [e.line, e.entry['id']])).toEqual([[1, 'e1'], [8, 'e2'], [9, undefined]]);
    expect(Object.keys(r.entries[2]?.entry ?? {})).toEqual(['__proto__']);
    expect(r.codes).toEqual(['4 bad-json', '5 not-an-object', '6 not-an-object', '7 not-an-object']);
    expect(r.problems[0]?.message).toMatch(/^line 4: not JSON \(.+\)\. Write one JSON object per line/);
    expect(r.problems[1]?.messageZh).toBe('第5行:该值是数组,不是对象。每条记录应写成对象:{ "id": …, "windowId": …, "clauseId": …, "date": … }。');
    expect(r.summary).toEqual({ lines: 9, records: 9, blank: 2, header: 0, encoding: 'utf-8' });
  });

  it('gives the same result in chunks of one byte', async () => {
    const text = '{"id":"窗口一"}\r\n\n{bad}\n{"id":"二"}\n';
    expect(await ndjson(text, 1)).toEqual(await ndjson(text));
  });

  it('skips a line over 16 MiB without holding it, then reads on', async () => {
    const r = await collect(readLedger(longLineThen(MAX_LINE_BYTES + 1, '{"id":"b"}\n\n{"id":"c"}'), { format: 'ndjson' }));
    expect(r.entries.map((e) => [e.line, e.entry['id']])).toEqual([[1, 'a'], [3, 'b'], [5, 'c']]);
    expect(r.codes).toEqual(['2 too-long']);
    expect(r.problems[0]?.message).toContain('over the limit of 16 MiB');
    expect(r.summary).toMatchObject({ lines: 5, records: 5, blank: 1 });
    const fits = await collect(readLedger(longLineThen(MAX_LINE_BYTES - 20, ''), { format: 'ndjson' }));
    expect(fits.codes).toEqual([]);
    expect((fits.entries[1]?.entry['note'] as string).length).toBe(MAX_LINE_BYTES - 20);
  });

  it('reports a line with bytes invalid in UTF-8 (explicit or detected)', async () => {
    const bytes = new Uint8Array([...bytesOf('{"id":"a"}\n{"id":"'), 0xb1, 0xe0, ...bytesOf('"}\n{"id":"c"}\n')]); // 编 in GBK
    for (const encoding of ['utf-8', 'auto'] as const) {
      const r = await collect(readLedger([bytes], { format: 'ndjson', encoding }));
      // Explicit UTF-8: the GBK line is in the other encoding (a file's only line with Chinese
      // is GBK, so auto reads the file as GB18030).
      expect(r.codes).toEqual(encoding === 'utf-8' ? ['2 mixed-encoding'] : []);
      // auto: not UTF-8, so read as GB18030
      expect(r.entries.map((e) => e.entry['id'])).toEqual(encoding === 'utf-8' ? ['a', 'c'] : ['a', '编', 'c']);
    }
  });

  it('accounts for every line through entriesOf', async () => {
    const stats = newReadStats();
    const got: unknown[] = [];
    for await (const e of entriesOf(readLedger([bytesOf('{"id":"a"}\n\n1\n{x\n{"id":"b"}\n')], { format: 'ndjson' }), stats)) got.push(e);
    expect(got).toEqual([{ id: 'a' }, { id: 'b' }]);
    expect(stats).toMatchObject({ lines: 5, records: 5, entries: 2, rejected: 2, blank: 1, header: 0, encoding: 'utf-8' });
    expect(stats.lines).toBe(stats.entries + stats.problems.length + stats.blank);
  });

  it('closes the source when the reading stops early, for NDJSON and CSV', async () => {
    for (const format of ['ndjson', 'csv'] as const) {
      let closed = false;
      let read = 0;
      async function* source(): AsyncGenerator<Uint8Array> {
        try {
          if (format === 'csv') yield bytesOf('id,windowId,date\n');
          for (let i = 0; i < 100_000; i++, read++) yield bytesOf(format === 'csv' ? `e${i},W1,2024-03-01\n` : `{"id":"e${i}"}\n`);
        } finally {
          closed = true;
        }
      }
      for await (const entry of entriesOf(readLedger(source(), { format }))) if (entry['id'] === 'e9000') break;
      expect(closed).toBe(true);
      expect(read).toBeLessThan(20_000);
    }
  });

  it('reads 200 000 generated lines in constant memory', async () => {
    const lines = 200_000;
    const stats = newReadStats();
    let count = 0;
    let early = 0;
    let late = 0;
    for await (const entry of entriesOf(readLedger(generatedLedger(lines, 'ndjson'), { format: 'ndjson' }), stats)) {
      if (typeof entry['id'] === 'string') count++;
      if (count === 20_000) early = liveHeap();
      if (count === 190_000) late = liveHeap();
    }
    expect(count).toBe(lines - lines / 1000);
    expect(stats).toMatchObject({ lines, records: lines, entries: count, rejected: lines / 1000, blank: 0 });
    // 170 000 more entries read, a few hundred more problems kept: the heap must not follow the entries.
    expect(late - early).toBeLessThan(4 * 1024 * 1024);
  });
});

describe('leadingId (the second pass of scoreLedgerFile)', () => {
  it('reads the id of a JSON.stringify line, and declines whenever parsing could say otherwise', () => {
    const cases = [
      '{"id":"e1","windowId":"W01"}',
      '{"id":"编号1"}',
      '{ "id": "e1" }',
      '{"windowId":"W01","id":"e1"}',
      '{"id":"e\\u0031"}',
      '{"id":"a\\"b"}',
      '{"id":"decoy","id":"e1"}',
      '{"id":"decoy","\\u0069d":"e1"}',
      '{"id":"e1","evidence":{"id":"x"}}',
      '{"id":"e1","note":"a\\nb"}',
    ];
    expect(cases.map((c) => [c, leadingId(c) ?? null, JSON.parse(c).id])).toMatchInlineSnapshot(`
      [
        [
          "{"id":"e1","windowId":"W01"}",
          "e1",
          "e1",
        ],
        [
          "{"id":"编号1"}",
          "编号1",
          "编号1",
        ],
        [
          "{ "id": "e1" }",
          null,
          "e1",
        ],
        [
          "{"windowId":"W01","id":"e1"}",
          null,
          "e1",
        ],
        [
          "{"id":"e\\u0031"}",
          null,
          "e1",
        ],
        [
          "{"id":"a\\"b"}",
          null,
          "a"b",
        ],
        [
          "{"id":"decoy","id":"e1"}",
          null,
          "e1",
        ],
        [
          "{"id":"decoy","\\u0069d":"e1"}",
          null,
          "e1",
        ],
        [
          "{"id":"e1","evidence":{"id":"x"}}",
          null,
          "e1",
        ],
        [
          "{"id":"e1","note":"a\\nb"}",
          null,
          "e1",
        ],
      ]
    `);
  });

  it('refuses U+FFFD in an id, raw or escaped, in NDJSON and JSON', async () => {
    const text = '{"id":"a","windowId":"住\uFFFD"}\n{"id":"b","windowId":"住\\ufffd"}\n{"id":"c","windowId":"住建"}\n';
    const nd = await collect(readLedger([bytesOf(text)], { format: 'ndjson' }));
    expect([nd.codes, nd.entries.map((e) => e.entry['id'])]).toEqual([['1 bad-encoding', '2 bad-encoding'], ['c']]);
    expect(nd.problems[1]?.messageZh).toContain('U+FFFD');
    const js = await collect(readLedger([bytesOf(`[${text.trim().split('\n').join(',\n')}]`)], { format: 'json' }));
    expect([js.codes, js.entries.map((e) => e.entry['id'])]).toEqual([['1 bad-encoding', '2 bad-encoding'], ['c']]);
  });
});
