import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LedgerFileError } from '../errors/errors.js';
import { describe, expect, it } from 'vitest';
import { collect, fixtures } from '../../test/fixtures/io/helpers.js';
import { InvalidOptionsError, loadRubric, scoreMonthAsync } from '../index.js';
import { entriesOf, newReadStats, readLedger, readLedgerFile, scoreLedgerFile } from './index.js';

const fixture = (name: string) => fileURLToPath(new URL(name, fixtures));

describe('readLedgerFile', () => {
  it('takes the format from the extension, in any case', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ws-io-'));
    for (const name of ['台账.jsonl', '台账.NDJSON']) {
      copyFileSync(fixture('ledger.ndjson'), join(dir, name));
      const r = await collect(readLedgerFile(join(dir, name)));
      expect(r.entries.map((e) => e.line)).toEqual([1, 3]);
      expect(r.codes).toEqual(['4 bad-json']);
    }
    expect((await collect(readLedgerFile(fixture('ledger.json')))).entries).toHaveLength(3);
    expect((await collect(readLedgerFile(fixture('ledger-gbk.csv')))).summary).toMatchObject({ encoding: 'gb18030', header: 1 });
  });

  it('throws at once for an extension it does not know, unless told the format', async () => {
    expect(() => readLedgerFile('2024-03.txt')).toThrow(InvalidOptionsError);
    expect(() => readLedgerFile('2024-03.txt')).toThrow(/name it \.csv, \.ndjson \(\.jsonl\) or \.json, or pass options\.format/);
    expect(() => readLedgerFile('台账')).toThrow(InvalidOptionsError);
    expect(() => readLedgerFile('dir.csv/台账')).toThrow(InvalidOptionsError);
    const dir = mkdtempSync(join(tmpdir(), 'ws-io-'));
    copyFileSync(fixture('ledger.ndjson'), join(dir, 'ledger.txt'));
    expect((await collect(readLedgerFile(join(dir, 'ledger.txt'), { format: 'ndjson' }))).entries).toHaveLength(2);
  });

  it('throws from the iteration when the file cannot be read', async () => {
    await expect(collect(readLedgerFile(join(tmpdir(), 'no-such-ledger.csv')))).rejects.toThrow(LedgerFileError);
    await expect(collect(readLedgerFile(join(tmpdir(), 'no-such-ledger.csv')))).rejects.toThrow(/ENOENT/);
  });
});

describe('a county month read from CSV and scored', () => {
  for (const name of ['county-2024-03.csv', 'county-2024-03-gbk.csv']) {
    it(`accounts for every line of ${name}`, async () => {
      const stats = newReadStats();
      const result = await scoreMonthAsync(loadRubric('county-monthly'), entriesOf(readLedgerFile(fixture(name)), stats), { month: '2024-03' });
      // The reader: 13 lines, 12 rows (one spans two lines), one short row.
      expect(stats).toMatchObject({ lines: 13, records: 12, entries: 9, rejected: 1, blank: 1, header: 1 });
      expect(stats.problems.map((p) => `${p.line} ${p.code}`)).toEqual(['9 bad-csv']);
      expect(stats.records).toBe(stats.entries + stats.rejected + stats.blank + stats.header);
      // The scorer gets every entry read, and accounts for each.
      const c = result.counts;
      expect(c.received).toBe(stats.entries);
      expect(c.accepted + c.rejected + c.outOfPeriod).toBe(c.received);
      expect(result.rejected.map((r) => `${r.index} ${r.code}`)).toEqual(['3 bad-count', '4 unknown-clause']);
      expect(c.outOfPeriod).toBe(1);
      expect(c.voided).toBe(1);
    });
  }
});

describe('scoreLedgerFile', () => {
  const rubric = loadRubric('county-monthly');
  const strip = (r: { readonly cards: readonly { readonly trace: readonly { readonly entryIds: readonly string[] }[] }[] }) => r.cards.map((c) => ({ ...c, trace: c.trace.map((t) => ({ ...t, entryIds: [] })) }));

  it('scores CSV (GBK) and JSON files as reading them whole does (their second read is the general one)', async () => {
    for (const name of ['county-2024-03-gbk.csv', 'ledger.json', 'ledger.ndjson']) {
      const stats = newReadStats();
      const whole = await scoreMonthAsync(rubric, entriesOf(readLedgerFile(fixture(name))), { month: '2024-03' });
      const bounded = await scoreLedgerFile(rubric, fixture(name), { period: '2024-03' }, {}, stats);
      expect(strip(bounded), name).toStrictEqual(strip(whole));
      expect(bounded.counts, name).toStrictEqual(whole.counts);
      expect(stats.entries, name).toBe(bounded.counts.received);
    }
  });

  it('an empty file scores nothing; a missing one is a LedgerFileError', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ws-io-'));
    writeFileSync(join(dir, 'empty.ndjson'), '');
    expect((await scoreLedgerFile(rubric, join(dir, 'empty.ndjson'), { period: '2024-03' })).counts.received).toBe(0);
    await expect(scoreLedgerFile(rubric, join(dir, 'missing.ndjson'), { period: '2024-03' })).rejects.toBeInstanceOf(LedgerFileError);
    await expect(scoreLedgerFile(rubric, dir, { period: '2024-03' }, { format: 'ndjson' })).rejects.toBeInstanceOf(LedgerFileError);
  });
});

describe('reading a file in reused chunks', () => {
  it('gives the same items as reading the same bytes whole, for files of many chunks (lines across chunk ends)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ws-io-'));
    const rows = Array.from({ length: 6000 }, (_, i) => ({ id: `e${i}`, windowId: `窗口${i % 7}`, clauseId: '4.1', date: '2024-03-05', note: 'x'.repeat(i % 97) }));
    const ndjson = rows.map((r, i) => (i % 500 === 7 ? '{"id": broken' : JSON.stringify(r))).join('\n');
    const csv = `\ufeff编号,窗口,条款,日期,备注\n${rows.map((r) => [r.id, r.windowId, r.clauseId, r.date, `"${r.note},${r.id}"`].join(',')).join('\r\n')}`;
    for (const [name, text] of [['big.ndjson', ndjson], ['big.csv', csv]] as const) {
      const bytes = new TextEncoder().encode(text);
      expect(bytes.length).toBeGreaterThan(5 * 64 * 1024);
      writeFileSync(join(dir, name), bytes);
      const fromFile = await collect(readLedgerFile(join(dir, name)));
      const whole = await collect(readLedger([bytes], { format: name.endsWith('.csv') ? 'csv' : 'ndjson' }));
      expect(fromFile, name).toStrictEqual(whole);
      expect(fromFile.entries.length, name).toBeGreaterThan(5900);
    }
  });
});
