import { statSync } from 'node:fs';
import { LedgerFileError } from '../errors/errors.js';
import { scorePeriodBounded, type ScorePeriodOptions } from '../scoring/score-period.js';
import type { Rubric } from '../rubric/schema.js';
import type { PeriodResult } from '../scoring/types.js';
import { readLedgerFile } from './file.js';
import { entriesOf, newReadStats } from './stats.js';
import type { ReadOptions, ReadStats } from './types.js';

/**
 * Scores a ledger file of any size in bounded memory: {@link scorePeriodBounded} over two
 * reads of the file (the filter sized from the file's size). The read's counts and problems
 * (from the first pass) go into `stats`. Same cards and accounting as reading the file into
 * `scorePeriod`, but no live entry ids in the trace and no ledger fingerprint.
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
  // A ledger record takes at least about 32 bytes of a file.
  let size: number;
  try {
    size = statSync(path).size;
  } catch (e) {
    throw new LedgerFileError(path, e);
  }
  const expectedEntries = Math.ceil(size / 32);
  return scorePeriodBounded(rubric, (pass) => (pass === 1 ? entriesOf(readLedgerFile(path, read), stats) : entriesOf(readLedgerFile(path, read))), {
    ...options,
    expectedEntries,
  });
}
