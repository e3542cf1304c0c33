import { open, type FileHandle } from 'node:fs/promises';
import { InvalidOptionsError, LedgerFileError, shown } from '../errors/errors.js';
import { flatten } from '../ledger/batches.js';
import { checkOptions, readBatches } from './read.js';
import type { LedgerFormat, ReadItem, ReadOptions, ReadSummary } from './types.js';

const EXTENSIONS: Readonly<Record<string, LedgerFormat>> = { '.csv': 'csv', '.ndjson': 'ndjson', '.jsonl': 'ndjson', '.json': 'json' };

/**
 * The format of a ledger file from its extension (in any letter case): `.csv`,
 * `.ndjson` or `.jsonl`, `.json`.
 * @throws {InvalidOptionsError} for any other extension.
 * @example formatOf('2024年3月台账.CSV') // 'csv'
 */
export function formatOf(path: string): LedgerFormat {
  const dot = path.lastIndexOf('.');
  const ext = dot > Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) ? path.slice(dot).toLowerCase() : '';
  const format = Object.hasOwn(EXTENSIONS, ext) ? EXTENSIONS[ext] : undefined;
  if (format === undefined) {
    throw new InvalidOptionsError(
      `cannot tell the format of ${shown(path)} from its extension: name it .csv, .ndjson (.jsonl) or .json, or pass options.format`,
      ['format'],
    );
  }
  return format;
}

/**
 * Reads a ledger file (see {@link readLedger}), its format from `options.format` or else
 * the extension; the generator returns the {@link ReadSummary}. The file is opened when the iteration starts and closed when it ends or
 * stops; a file that cannot be read (missing, a directory) throws {@link LedgerFileError}
 * from the iteration.
 * @throws {InvalidOptionsError} at once, for an unknown extension without `options.format`
 * or a bad option.
 * @example
 * const stats = newReadStats();
 * for await (const entry of entriesOf(readLedgerFile('2024-03.csv'), stats)) entries.push(entry);
 */
export function readLedgerFile(path: string, options: ReadOptions = {}): AsyncGenerator<ReadItem, ReadSummary> {
  return flatten(readFileBatches(path, options));
}

/**
 * {@link readLedgerFile}'s items in batches (see `readBatches`), for the library's own loops.
 * @throws {InvalidOptionsError} as readLedgerFile.
 * @example for await (const items of readFileBatches('2024-03.ndjson')) items.length
 */
export function readFileBatches(path: string, options: ReadOptions = {}): AsyncGenerator<ReadItem[], ReadSummary> {
  if (typeof path !== 'string' || path === '') throw new InvalidOptionsError('path must be a non-empty string', ['path']);
  const { format, encoding } = checkOptions({ ...options, format: options.format ?? formatOf(path) });
  return readBatches(fileChunks(path), format, encoding);
}

/**
 * The bytes of a file, in 64 KiB chunks read into a ring of four buffers, so that reading
 * a big file does not allocate (and leave for the collector) a buffer per chunk. A chunk
 * is therefore valid only until four more have been read: the library's readers decode
 * or copy every byte they keep before they ask for the next chunk. An unreadable file
 * throws {@link LedgerFileError}.
 * @example for await (const chunk of fileChunks('2024-03.ndjson')) chunk.length
 */
export async function* fileChunks(path: string): AsyncGenerator<Uint8Array> {
  let handle: FileHandle;
  try {
    handle = await open(path, 'r');
  } catch (e) {
    throw new LedgerFileError(path, e);
  }
  try {
    const ring: Uint8Array[] = [];
    for (let i = 0; ; i = (i + 1) % RING) {
      const buffer = (ring[i] ??= new Uint8Array(CHUNK));
      let bytesRead: number;
      try {
        ({ bytesRead } = await handle.read(buffer, 0, CHUNK, null));
      } catch (e) {
        throw new LedgerFileError(path, e);
      }
      if (bytesRead === 0) return;
      yield bytesRead === CHUNK ? buffer : buffer.slice(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
}

const CHUNK = 64 * 1024;
const RING = 4;
