import { readHeader, rowToEntry, type CsvHeader } from './csv-columns.js';
import { CsvRecords, type CsvRecord } from './csv-records.js';
import type { PhysicalLine } from './lines.js';
import type { ReaderCounts } from './ndjson.js';
import { badCsv, lineFault, tooLong } from './problems.js';
import type { ReadItem, TextEncodingName } from './types.js';

/**
 * Reads a CSV ledger: the first non-blank row is the header (see {@link readHeader}),
 * every later row an entry, a problem, or blank (all cells empty). Constant memory: one
 * batch of lines at a time, its items in one array (csv-parse does the parsing).
 * @example
 * const counts = { records: 0, blank: 0, header: 0 };
 * for await (const items of readCsv(splitLines(chunks, 'gb18030'), 'gb18030', counts, MAX_LINE_BYTES)) use(items);
 */
export async function* readCsv(
  batches: AsyncIterable<readonly PhysicalLine[]>,
  encoding: TextEncodingName,
  counts: ReaderCounts,
  maxLineBytes: number,
): AsyncGenerator<ReadItem[]> {
  const records = new CsvRecords(maxLineBytes);
  const rows = new CsvRows(encoding, counts, maxLineBytes);
  try {
    for await (const batch of batches) {
      const items = records.push(batch).flatMap((record) => rows.items(record));
      if (items.length > 0) yield items;
    }
    const items = (await records.finish()).flatMap((record) => rows.items(record));
    items.push(...rows.noHeader());
    if (items.length > 0) yield items;
  } finally {
    records.close();
  }
}

/** Turns CSV records into items, remembering the header. */
class CsvRows {
  private header: CsvHeader | undefined;

  constructor(
    private readonly encoding: TextEncodingName,
    private readonly counts: ReaderCounts,
    private readonly maxLineBytes: number,
  ) {}

  items(r: CsvRecord): ReadItem[] {
    this.counts.records++;
    const { fault, cells } = r;
    if (fault?.fault === 'too-long') return [problem(tooLong(r.start, fault.line, fault.bytes, this.maxLineBytes))];
    const blank = cells !== null && cells.every((c) => c.trim() === '');
    // A header with bad bytes is still read: its names carry U+FFFD, and are reported unknown
    // (a header in the other encoding is read as it really is).
    if (fault !== undefined && !(this.header === undefined && cells !== null && !blank)) {
      return [problem(lineFault(r.start, fault, this.encoding))];
    }
    if (cells === null) return [problem(unclosedQuote(r))];
    if (blank) {
      this.counts.blank++;
      return [];
    }
    if (this.header === undefined) {
      const { header, problems } = readHeader(cells, r.start);
      this.header = header;
      this.counts.header = 1;
      return problems.map(problem);
    }
    const width = this.header.fields.length;
    if (cells.length !== width) {
      return [problem(badCsv(r.start, `the row has ${cells.length} cells, the header has ${width}`, `该行有 ${cells.length} 个单元格,表头有 ${width} 列`))];
    }
    const stray = cells.findIndex((c, i) => this.header?.unnamed[i] === true && c.trim() !== '');
    if (stray !== -1) {
      const value = (cells[stray] ?? '').trim();
      return [problem(badCsv(r.start, `column ${stray + 1} has no header but holds "${value}"`, `第${stray + 1}列没有表头,却填有“${value}”`))];
    }
    return [{ kind: 'entry', line: r.start, entry: rowToEntry(cells, this.header) }];
  }

  /** Notes for a file without a header row (empty, or blank lines only). */
  noHeader(): ReadItem[] {
    return this.header === undefined ? readHeader([], 1).problems.map(problem) : [];
  }
}

function problem(p: ReturnType<typeof badCsv>): ReadItem {
  return { kind: 'problem', problem: p };
}

/** A quote opened on a record's first line and never closed, or closed only after taking in rows. */
function unclosedQuote(r: CsvRecord): ReturnType<typeof badCsv> {
  const u = r.unclosed;
  if (u?.closes === true) {
    return badCsv(r.start,
      `a quote opened on this line closes only on line ${u.until}, taking in ${u.lines} line(s) that read as rows of their own (lines ${r.start + 1}-${u.until}), so the row was not read; the lines after it were read on their own`,
      `本行的引号直到第${u.until}行才闭合,会吞并第${r.start + 1}-${u.until}行共 ${u.lines} 行本应单独成行的内容,故该行未读取;其后各行已单独读取`);
  }
  const until = u === undefined || u.lines === 0 ? { en: '', zh: '' } : { en: ` (it would take in the ${u.lines} line(s) up to line ${u.until})`, zh: `(会吞并其后直到第${u.until}行的 ${u.lines} 行)` };
  return badCsv(r.start,
    `a quote opened on this line is never closed${until.en}, so the row was not read; the lines after it were read on their own`,
    `本行有未闭合的引号${until.zh},该行未读取;其后各行已单独读取`);
}
