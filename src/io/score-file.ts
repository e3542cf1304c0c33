import { open, stat } from 'node:fs/promises';
import { LedgerFileError } from '../errors/errors.js';
import type { BoundedTallier } from '../ledger/bounded.js';
import { scoreBoundedWith, type ScorePeriodOptions } from '../scoring/score-period.js';
import type { Rubric } from '../rubric/schema.js';
import type { PeriodResult } from '../scoring/types.js';
import { byteChunks, settleEncoding } from './encoding.js';
import { fileChunks, formatOf, readFileBatches } from './file.js';
import { MAX_LINE_BYTES, splitLines } from './lines.js';
import { leadingId } from './ndjson.js';
import { entryBatchesOf, newReadStats } from './stats.js';
import type { ReadOptions, ReadStats } from './types.js';

/**
 * Scores a ledger file of any size in bounded memory: {@link scorePeriodBounded} over two
 * reads of the file, the filter sized from the file's size and the length of its first
 * lines. The read's counts and problems (from the first pass) go into `stats`. Same cards and accounting as reading the file into
 * `scorePeriod`, but no live entry ids in the trace and no ledger fingerprint.
 *
 * The second read of an NDJSON file parses only the lines it needs: those whose id is a
 * suspected repeat or a void's target, and lines it cannot read the id of without parsing
 * (see `leadingId`); every other line is only cut and decoded.
 *
 * @example
 * const stats = newReadStats();
 * const result = await scoreLedgerFile(rubric, 'province-2024-03.ndjson', { period: '2024-03' }, {}, stats);
 * result.counts.received === stats.entries // true
 */
export async function scoreLedgerFile(
  rubric: Rubric,
  path: string,
  options: ScorePeriodOptions,
  read: ReadOptions = {},
  stats: ReadStats = newReadStats(),
): Promise<PeriodResult> {
  let expected: number;
  try {
    expected = await expectedRecords(path);
  } catch (e) {
    throw new LedgerFileError(path, e);
  }
  return scoreBoundedWith(rubric, options, expected, async (t) => {
    const before = stats.problems.length;
    for await (const entries of entryBatchesOf(readFileBatches(path, read), stats)) for (const raw of entries) t.first(raw);
    t.between();
    if ((read.format ?? formatOf(path)) === 'ndjson') {
      await secondNdjsonPass(t, path, stats, new Set(stats.problems.slice(before).map((p) => p.line)));
    } else {
      for await (const entries of entryBatchesOf(readFileBatches(path, read))) for (const raw of entries) t.second(raw);
    }
  });
}

/**
 * About how many records a file holds, to size the filter: its size over the mean line
 * length of its first 64 KiB, with a fifth more for margin (or a record every 32 bytes when
 * those bytes hold no line break). A wrong guess costs time (more suspects), never
 * correctness.
 * @example await expectedRecords('2024-03.ndjson') // 12000000 for 10^7 lines of 78 bytes
 */
export async function expectedRecords(path: string): Promise<number> {
  const size = (await stat(path)).size;
  const handle = await open(path, 'r');
  try {
    const head = new Uint8Array(Math.min(size, 64 * 1024));
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    let lines = 0;
    for (let i = head.indexOf(0x0a); i !== -1 && i < bytesRead; i = head.indexOf(0x0a, i + 1)) lines++;
    return lines === 0 ? Math.ceil(size / 32) : Math.ceil((size / (bytesRead / lines)) * 1.2);
  } finally {
    await handle.close();
  }
}

/**
 * Pass 2 over an NDJSON file: the lines that were entries in pass 1 (not blank, not a
 * problem), each parsed only when its id is wanted or cannot be read without parsing.
 */
async function secondNdjsonPass(t: BoundedTallier, path: string, stats: ReadStats, problemLines: ReadonlySet<number>): Promise<void> {
  const { encoding, chunks } = await settleEncoding(byteChunks(fileChunks(path)), stats.encoding);
  const anyProblems = problemLines.size > 0;
  for await (const batch of splitLines(chunks, encoding, MAX_LINE_BYTES)) {
    for (const l of batch) {
      if (l.fault !== undefined || (anyProblems && problemLines.has(l.line))) continue;
      const id = leadingId(l.text);
      if (id !== undefined && !t.wants(id)) {
        t.skip();
        continue;
      }
      if (id === undefined && l.text.trim() === '') continue;
      let raw: unknown;
      try {
        raw = JSON.parse(l.text);
      } catch {
        raw = undefined; // the file changed between the passes; the count check at the end says so
      }
      t.second(raw);
    }
  }
}
