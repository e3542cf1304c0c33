/**
 * The types of `window-scorecard/io`: how a ledger file is read, line by line, into
 * entries and problems.
 */

/**
 * The shape of a ledger file: `csv` (a sheet exported from Excel, first row the header),
 * `ndjson` (one JSON object per line, also `.jsonl`) or `json` (one array of objects).
 * @example const format: LedgerFormat = 'csv';
 */
export type LedgerFormat = 'csv' | 'ndjson' | 'json';

/**
 * A text encoding the reader decodes. `gb18030` is a superset of `gbk`; both are what
 * Excel on a Chinese Windows writes when a sheet is saved as "CSV (逗号分隔)".
 * @example const encoding: TextEncodingName = 'gbk';
 */
export type TextEncodingName = 'utf-8' | 'gbk' | 'gb18030';

/**
 * The encoding a file was found in: one the reader decodes line by line, or UTF-16 (little
 * or big endian, as Excel's "Unicode 文本" and Notepad's "Unicode" save it), which is told
 * only by its byte order mark and read through UTF-8 (see `settleEncoding`).
 * @example const found: FileEncodingName = 'utf-16le';
 */
export type FileEncodingName = TextEncodingName | 'utf-16le' | 'utf-16be';

/**
 * Options of {@link readLedger} and {@link readLedgerFile}.
 * @example const options: ReadOptions = { format: 'csv', encoding: 'auto' };
 */
export interface ReadOptions {
  /** The shape of the file; {@link readLedgerFile} takes it from the extension when left out. */
  readonly format?: LedgerFormat;
  /** The text encoding; `auto` (the default) detects it from the first 64 KiB. */
  readonly encoding?: TextEncodingName | 'auto';
}

/**
 * Why a line (or a CSV header) could not be read as an entry. `unknown-column` and
 * `missing-column` are notes on the CSV header; every other code stands for one record of
 * the file that gave no entry.
 * @example const code: ReadProblemCode = 'bad-json';
 */
export type ReadProblemCode =
  | 'bad-json'
  | 'not-an-object'
  | 'bad-csv'
  | 'unknown-column'
  | 'missing-column'
  | 'unread-column'
  | 'bad-encoding'
  | 'mixed-encoding'
  | 'too-long';

/**
 * A line of the file that is not an entry, and what to do about it.
 * @example
 * const p: ReadProblem = { line: 3, code: 'bad-json', message: 'line 3: …', messageZh: '第3行:…' };
 */
export interface ReadProblem {
  /** The 1-based line the record starts on (for a header note, the header's line). */
  readonly line: number;
  readonly code: ReadProblemCode;
  /** The line, what is wrong and the fix, in English. */
  readonly message: string;
  /** The line, what is wrong and the fix, in Chinese. */
  readonly messageZh: string;
}

/**
 * How the whole file was read: the return value of a read's generator (the `value` of its
 * last `next()`, `done: true`), which {@link entriesOf} copies into its stats.
 * `records = entries + rejected + blank + header`, where `rejected` counts the problems
 * other than the header notes (`unknown-column`, `missing-column`).
 * @example const s: ReadSummary = { lines: 3, records: 3, blank: 1, header: 1, encoding: 'utf-8' };
 */
export interface ReadSummary {
  /** Physical lines of the file (a last line without a line break counts). */
  readonly lines: number;
  /**
   * Records: one per line for NDJSON; one per row for CSV (a quoted cell with line breaks
   * makes a row span several lines), header and blank rows included; one per array
   * element for JSON (plus one for a document-level problem).
   */
  readonly records: number;
  /** Blank lines (NDJSON) or rows whose cells are all empty (CSV). */
  readonly blank: number;
  /** 1 when a CSV header row was read, else 0. */
  readonly header: number;
  /** The encoding the file was decoded with (UTF-16 when it starts with a UTF-16 BOM). */
  readonly encoding: FileEncodingName;
}

/**
 * One item read from a ledger: an entry with the line it starts on, or a problem. Blank
 * lines and the CSV header give no item; they are counted in the {@link ReadSummary} the
 * generator returns.
 * @example
 * for await (const item of readLedgerFile('台账.csv')) {
 *   if (item.kind === 'entry') entries.push(item.entry);
 * }
 */
export type ReadItem =
  | { readonly kind: 'entry'; readonly line: number; readonly entry: Record<string, unknown> }
  | { readonly kind: 'problem'; readonly problem: ReadProblem };

/**
 * Counts of a read, filled in by {@link entriesOf}. Make one with {@link newReadStats}.
 * When the read ran to the end: `records === entries + rejected + blank + header`, and
 * for NDJSON, and CSV without multi-line cells, `records === lines`.
 * @example
 * const stats = newReadStats();
 * for await (const entry of entriesOf(readLedgerFile('台账.ndjson'), stats)) use(entry);
 * stats.lines === stats.entries + stats.rejected + stats.blank; // true for NDJSON
 */
export interface ReadStats {
  /** Physical lines read. */
  lines: number;
  /** Records read (see {@link ReadSummary.records}). */
  records: number;
  /** Entries yielded. */
  entries: number;
  /** Every problem, in file order (one per bad record, plus the CSV header notes). */
  problems: ReadProblem[];
  /** Records that gave a problem instead of an entry (`problems` less the header notes). */
  rejected: number;
  /** Blank lines or rows. */
  blank: number;
  /** 1 when a CSV header row was read, else 0. */
  header: number;
  /** The encoding the file was decoded with (`utf-8` until the read ends). */
  encoding: FileEncodingName;
}
