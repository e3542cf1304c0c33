// The bounded path (two reads of a CSV file) and the in-memory path give the same cards,
// counts, rejections and read stats, whatever the line endings and stray quotes.
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRubric } from '../../src/index.js';
import { scoreMonth } from '../../src/scoring/score-month.js';
import { entriesOf, newReadStats, readLedgerFile, scoreLedgerFile } from '../../src/io/index.js';

const RUNS = Math.max(20, Math.floor(Number(process.env['PROP_RUNS'] ?? 200) / 4));

const row = fc
  .tuple(
    fc.constantFrom('e1', 'e2', 'e3', 'e4', 'e5'),
    fc.constantFrom('住建', '人社', 'W01'),
    fc.constantFrom('w1.1', 'w6.5', 'nope'),
    fc.constantFrom('2024-03-05', '2024/3/9', '2024-02-01', 'x'),
    fc.constantFrom('', '迟到', '"两行\n备注"', '"open', 'close"', '"a,b"'),
  )
  .map((cells) => cells.join(','));

describe('scoreLedgerFile on CSV', { timeout: 120_000 }, () => {
  it('bounded and in-memory agree under any line endings and stray quotes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ws-csv-'));
    const rubric = loadRubric('red-flag-window');
    let n = 0;
    try {
      await fc.assert(
        fc.asyncProperty(fc.array(fc.oneof(row, fc.constant('')), { maxLength: 30 }), fc.constantFrom('\n', '\r\n', '\r'), async (rows, eol) => {
          const file = join(dir, `l${n++}.csv`);
          writeFileSync(file, ['编号,窗口,条款,日期,备注', ...rows].join('\n').replace(/\n/g, eol));
          const stats = newReadStats();
          const entries: unknown[] = [];
          for await (const e of entriesOf(readLedgerFile(file), stats)) entries.push(e);
          const whole = scoreMonth(rubric, entries, { month: '2024-03', windows: ['住建', '人社', 'W01'] });
          const boundedStats = newReadStats();
          const bounded = await scoreLedgerFile(rubric, file, { period: '2024-03', windows: ['住建', '人社', 'W01'] }, {}, boundedStats);
          expect(bounded.cards.map((c) => [c.windowId, c.score])).toEqual(whole.cards.map((c) => [c.windowId, c.score]));
          expect(bounded.counts).toStrictEqual(whole.counts);
          expect(bounded.rejected.map((x) => `${x.index}|${x.code}`)).toEqual(whole.rejected.map((x) => `${x.index}|${x.code}`));
          expect(boundedStats).toStrictEqual(stats);
          expect(stats.records).toBe(stats.entries + stats.rejected + stats.blank + stats.header);
        }),
        { numRuns: RUNS },
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
