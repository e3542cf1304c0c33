import type { ReadItem, ReadStats, ReadSummary } from './types.js';

/**
 * Empty read counts, for {@link entriesOf} to fill.
 * @example newReadStats().entries // 0
 */
export function newReadStats(): ReadStats {
  return { lines: 0, records: 0, entries: 0, problems: [], rejected: 0, blank: 0, header: 0, encoding: 'utf-8' };
}

/** Problems that are notes on the CSV header rather than a record that gave no entry. */
const HEADER_NOTES = new Set(['unknown-column', 'missing-column']);

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
export async function* entriesOf(
  items: AsyncIterable<ReadItem>,
  stats: ReadStats = newReadStats(),
): AsyncGenerator<Record<string, unknown>> {
  const iterator = items[Symbol.asyncIterator]();
  let done = false;
  try {
    for (;;) {
      const next = await iterator.next();
      if (next.done === true) {
        done = true;
        if (isSummary(next.value)) {
          const { lines, records, blank, header, encoding } = next.value;
          Object.assign(stats, { lines, records, blank, header, encoding });
        }
        return;
      }
      const item = next.value;
      if (item.kind === 'entry') {
        stats.entries++;
        yield item.entry;
      } else {
        stats.problems.push(item.problem);
        if (!HEADER_NOTES.has(item.problem.code)) stats.rejected++;
      }
    }
  } finally {
    if (!done) await iterator.return?.();
  }
}

function isSummary(value: unknown): value is ReadSummary {
  return typeof value === 'object' && value !== null && typeof (value as ReadSummary).lines === 'number' && typeof (value as ReadSummary).encoding === 'string';
}
