import { batchesOf, flatten, singletons, through } from '../ledger/batches.js';
import type { ReadItem, ReadProblem, ReadStats, ReadSummary } from './types.js';

/**
 * Empty read counts, for {@link entriesOf} to fill.
 * @example newReadStats().entries // 0
 */
export function newReadStats(): ReadStats {
  return { lines: 0, records: 0, entries: 0, problems: [], rejected: 0, blank: 0, header: 0, encoding: 'utf-8' };
}

/** Problems that are notes on the CSV header rather than a record that gave no entry. */
const HEADER_NOTES = new Set(['unknown-column', 'missing-column', 'unread-column']);

/**
 * The entries of a read, for the scorer; the problems and counts go into `stats` (a
 * {@link newReadStats} object), filled in as the read goes: `entries`, `problems` and
 * `rejected` at once, `lines`, `records`, `blank`, `header` and `encoding` from the
 * {@link ReadSummary} the read returns at its end. Problems are kept, so memory grows
 * with their number (never with the number of entries). Stopping early closes the read.
 * @example
 * const stats = newReadStats();
 * const result = await scoreMonthAsync(rubric, entriesOf(readLedgerFile('台账.csv'), stats), { month: '2024-03' });
 * result.counts.received === stats.entries; // true
 * stats.records === stats.entries + stats.rejected + stats.blank + stats.header; // true
 */
export function entriesOf(items: AsyncIterable<ReadItem>, stats: ReadStats = newReadStats()): AsyncGenerator<Record<string, unknown>> {
  return flatten(entryBatchesOf(batchesOf<ReadItem>(items) ?? singletons(items), stats));
}

/**
 * {@link entriesOf} over batches of items (see `readBatches`): the entries of each batch in
 * one array, the same counts and problems in `stats`.
 * @example for await (const entries of entryBatchesOf(readFileBatches('2024-03.ndjson'), stats)) entries.length
 */
export function entryBatchesOf(
  batches: AsyncGenerator<ReadItem[], unknown>,
  stats: ReadStats = newReadStats(),
): AsyncGenerator<Record<string, unknown>[]> {
  return through(
    batches,
    (items) => {
      const entries: Record<string, unknown>[] = [];
      for (const item of items) {
        if (item.kind === 'entry') entries.push(item.entry);
        else note(item.problem, stats);
      }
      stats.entries += entries.length;
      return entries.length > 0 ? [entries] : [];
    },
    (summary) => summarise(summary, stats),
  );
}

function note(problem: ReadProblem, stats: ReadStats): void {
  stats.problems.push(problem);
  if (!HEADER_NOTES.has(problem.code)) stats.rejected++;
}

function summarise(value: unknown, stats: ReadStats): void {
  if (!isSummary(value)) return;
  const { lines, records, blank, header, encoding } = value;
  Object.assign(stats, { lines, records, blank, header, encoding });
}

function isSummary(value: unknown): value is ReadSummary {
  return typeof value === 'object' && value !== null && typeof (value as ReadSummary).lines === 'number' && typeof (value as ReadSummary).encoding === 'string';
}
