// window-scorecard/io: reading ledger files (CSV from Excel, NDJSON, JSON) in Node.

export { readLedger } from './read.js';
export { readLedgerFile, formatOf } from './file.js';
export { entriesOf, newReadStats } from './stats.js';
export { scoreLedgerFile } from './score-file.js';
export { detectEncoding } from './encoding.js';
export { CSV_HEADERS } from './csv-columns.js';
export { READ_PROBLEM_CODES, READ_PROBLEM_HELP } from './problems.js';
export { MAX_LINE_BYTES } from './lines.js';
export { MAX_JSON_BYTES } from './json-array.js';

export type {
  LedgerFormat,
  TextEncodingName,
  FileEncodingName,
  ReadOptions,
  ReadProblemCode,
  ReadProblem,
  ReadItem,
  ReadSummary,
  ReadStats,
} from './types.js';
