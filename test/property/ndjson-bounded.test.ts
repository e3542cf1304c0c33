// scoreLedgerFile reads an NDJSON file twice and, the second time, parses only the lines
// it needs (src/io/ndjson.ts leadingId). Whatever way the lines are written, it must give
// what reading the file into scoreMonth gives.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scoreMonth } from '../../src/scoring/score-month.js';
import { entriesOf, newReadStats, readLedgerFile, scoreLedgerFile } from '../../src/io/index.js';
import { scenarioArb } from './arbitraries.js';

const RUNS = Math.max(20, Math.floor(Number(process.env['PROP_RUNS'] ?? 200) / 4));

/** Ways to write an entry on a line: as JSON.stringify does, and ways the shortcut must not be fooled by. */
const styles = ['plain', 'spaced', 'escaped-key', 'escaped-id', 'escaped-note', 'second-id', 'escaped-second-id', 'blank-before', 'bad-json-after'] as const;
type Style = (typeof styles)[number];

function lines(entry: unknown, style: Style): string[] {
  const text = JSON.stringify(entry) ?? 'null';
  const isObj = typeof entry === 'object' && entry !== null && !Array.isArray(entry);
  const o = entry as Record<string, unknown>;
  switch (style) {
    case 'plain':
      return [text];
    case 'spaced':
      return [JSON.stringify(entry, null, 1).replace(/\n/g, ' ')];
    case 'escaped-key':
      return isObj && 'id' in o ? [text.replace('"id"', '"\\u0069d"')] : [text];
    case 'escaped-id': {
      // The id's first character as a \u escape: the text between the quotes is not the id.
      if (!isObj || typeof o['id'] !== 'string' || o['id'] === '') return [text];
      const id = o['id'];
      const escaped = `\\u${id.charCodeAt(0).toString(16).padStart(4, '0')}${JSON.stringify(id).slice(2, -1)}`;
      return [`{"id":"${escaped}",${JSON.stringify({ ...o, id: undefined }).slice(1)}`.replace(',}', '}')];
    }
    case 'escaped-second-id':
      return isObj && typeof o['id'] === 'string' ? [`{"id":"decoy",${text.slice(1).replace('"id"', '"\\u0069d"')}`] : [text];
    case 'escaped-note':
      return isObj ? [JSON.stringify({ ...o, note: 'a "quoted" \\ note' })] : [text];
    case 'second-id':
      // A decoy first id: JSON.parse keeps the last one.
      return isObj && typeof o['id'] === 'string' ? [`{"id":"decoy",${text.slice(1)}`] : [text];
    case 'blank-before':
      return ['', '   ', text];
    case 'bad-json-after':
      return [text, `{"id":"e1","windowId":`];
  }
}

describe('scoreLedgerFile on NDJSON', { timeout: 120_000 }, () => {
  it('the second pass that parses only what it needs gives what reading the file into scoreMonth gives', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ws-ndjson-'));
    let n = 0;
    try {
      await fc.assert(
        fc.asyncProperty(scenarioArb(), fc.infiniteStream(fc.constantFrom(...styles)), async (s, pick) => {
          const file = join(dir, `l${n++}.ndjson`);
          const it = pick[Symbol.iterator]();
          writeFileSync(file, s.entries.flatMap((e) => lines(e, it.next().value as Style)).join('\n'));
          const stats = newReadStats();
          const entries: unknown[] = [];
          for await (const e of entriesOf(readLedgerFile(file), stats)) entries.push(e);
          const whole = scoreMonth(s.rubric, entries, s.options);
          const boundedStats = newReadStats();
          const bounded = await scoreLedgerFile(s.rubric, file, { ...s.options, period: s.options.month }, {}, boundedStats);
          const strip = (r: typeof whole | typeof bounded) => r.cards.map((c) => ({ ...c, trace: c.trace.map((t) => ({ ...t, entryIds: [] })), vetoedBy: c.vetoedBy.map((v) => ({ ...v, entryIds: [] })), disqualifiedBy: c.disqualifiedBy.map((d) => ({ ...d, entryIds: [] })) }));
          expect(strip(bounded)).toStrictEqual(strip(whole));
          expect(bounded.counts).toStrictEqual(whole.counts);
          expect(bounded.rejected.map((x) => `${x.index}|${x.code}`)).toEqual(whole.rejected.map((x) => `${x.index}|${x.code}`));
          expect(boundedStats).toStrictEqual(stats);
        }),
        { numRuns: RUNS },
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
