import { InvalidOptionsError, shown } from '../errors/errors.js';
import { flatten } from '../ledger/batches.js';
import { readCsv } from './csv.js';
import { byteChunks, settleEncoding } from './encoding.js';
import { MAX_JSON_BYTES, readJsonArray } from './json-array.js';
import { MAX_LINE_BYTES, splitLines, type PhysicalLine } from './lines.js';
import { readNdjson, type ReaderCounts } from './ndjson.js';
import type { LedgerFormat, ReadItem, ReadOptions, ReadSummary, TextEncodingName } from './types.js';

const FORMATS: readonly LedgerFormat[] = ['csv', 'ndjson', 'json'];
const ENCODINGS: readonly (TextEncodingName | 'auto')[] = ['auto', 'utf-8', 'gbk', 'gb18030'];

/**
 * Reads a ledger from bytes: every record of the input comes out as exactly one entry or
 * one problem, or is counted as blank or as the CSV header; the generator returns a
 * {@link ReadSummary} of the read when it ends. Problems never stop the read.
 *
 * - NDJSON and CSV are read chunk by chunk in constant memory, whatever their length;
 *   lines over 16 MiB are skipped as `too-long` without being held.
 * - JSON (an array of entries) is read whole, up to 128 MiB.
 * - Encoding: `auto` (the default) picks UTF-8 when the first 64 KiB are valid UTF-8 (or
 *   start with a BOM), else GB18030 (a superset of GBK). A UTF-8 BOM is dropped. Each
 *   line is decoded strictly: a line with bytes invalid in the encoding is a
 *   `bad-encoding` problem naming it, never an entry with U+FFFD in it (a CSV header
 *   with such bytes is still read: its damaged names are reported as `unknown-column`).
 *
 * The options are checked when the function is called; the source is read as the
 * generator is iterated, and closed if the iteration stops early.
 * @throws {InvalidOptionsError} when `format` or `encoding` is not one of the names.
 * @example
 * import { createReadStream } from 'node:fs';
 * for await (const item of readLedger(createReadStream('台账.csv'), { format: 'csv' })) {
 *   if (item.kind === 'problem') report(item.problem.messageZh);
 * }
 */
export function readLedger(
  source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  options: ReadOptions & { readonly format: LedgerFormat },
): AsyncGenerator<ReadItem, ReadSummary> {
  const { format, encoding } = checkOptions(options);
  if (typeof source !== 'object' || source === null || !(Symbol.asyncIterator in source || Symbol.iterator in source)) {
    throw new InvalidOptionsError('source must be an iterable or async iterable of Uint8Array chunks', ['source']);
  }
  return flatten(readBatches(source, format, encoding));
}

/**
 * {@link readLedger}'s items in the arrays the readers make them (one per chunk of lines
 * read), for the library's own loops: the same items in the same order, the same summary,
 * one await per batch instead of per item. The options are not checked here.
 * @example for await (const items of readBatches([bytes], 'ndjson', 'auto')) items.length
 */
export async function* readBatches(
  source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  format: LedgerFormat,
  requested: TextEncodingName | 'auto',
): AsyncGenerator<ReadItem[], ReadSummary> {
  const { encoding, found, chunks } = await settleEncoding(byteChunks(source), requested);
  const counts: ReaderCounts = { records: 0, blank: 0, header: 0 };
  let lines = 0;
  async function* counted(max: number): AsyncGenerator<PhysicalLine[]> {
    for await (const batch of splitLines(chunks, encoding, max)) {
      lines += batch.length;
      yield batch;
    }
  }
  if (format === 'csv') yield* readCsv(counted(MAX_LINE_BYTES), encoding, counts, MAX_LINE_BYTES);
  else if (format === 'ndjson') yield* readNdjson(counted(MAX_LINE_BYTES), encoding, counts, MAX_LINE_BYTES);
  else yield* readJsonArray(counted(MAX_JSON_BYTES), encoding, counts);
  return { lines, records: counts.records, blank: counts.blank, header: counts.header, encoding: found };
}

/**
 * Checks read options: `format` and `encoding` among the names (encoding `auto` when
 * left out).
 * @throws {InvalidOptionsError} naming the option at fault.
 * @example checkOptions({ format: 'csv' }) // { format: 'csv', encoding: 'auto' }
 */
export function checkOptions(options: ReadOptions): { format: LedgerFormat; encoding: TextEncodingName | 'auto' } {
  if (typeof options !== 'object' || options === null) {
    throw new InvalidOptionsError('options must be an object such as { format: "csv" }', []);
  }
  const { format, encoding = 'auto' } = options;
  if (!FORMATS.includes(format as LedgerFormat)) {
    throw new InvalidOptionsError(`format must be one of ${FORMATS.join(', ')}, got ${shown(format)}`, ['format']);
  }
  if (!ENCODINGS.includes(encoding)) {
    throw new InvalidOptionsError(`encoding must be one of ${ENCODINGS.join(', ')}, got ${shown(encoding)}`, ['encoding']);
  }
  return { format: format as LedgerFormat, encoding };
}
