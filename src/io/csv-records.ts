import { parse, type CsvError, type Options, type Parser } from 'csv-parse';
import type { PhysicalLine } from './lines.js';

/**
 * A CSV record, with the physical lines it spans.
 * @example const record: CsvRecord = { start: 3, end: 4, cells: ['e2', 'line one\nline two'] };
 */
export interface CsvRecord {
  /** The line the record starts on. */
  readonly start: number;
  /** The line it ends on (later than `start` when a quoted cell holds line breaks). */
  readonly end: number;
  /** The cells, untrimmed; `null` when a quote opened on `start` was never closed. */
  readonly cells: readonly string[] | null;
  /** The first faulty physical line of the record, if any. */
  readonly fault?: PhysicalLine;
  /**
   * For a record given up on a quote left open (`cells: null`): the line the quote would
   * close on (the last line read, when it never closes), whether it closes, and how many
   * of the lines it would take in were read again on their own.
   */
  readonly unclosed?: { readonly until: number; readonly closes: boolean; readonly lines: number };
}

interface ParsedRecord {
  readonly record: string[];
  readonly info: { readonly lines: number };
}

/**
 * Drives csv-parse over decoded lines and hands back records with their line spans.
 *
 * csv-parse's `info.lines` is the line a record ends on; the start is found by counting
 * the line breaks inside its cells. Quotes that are not RFC 4180 (`a"b`, `"a"b`) are read
 * literally (`relax_quotes`). A quote never closed would swallow the rest of the file:
 * at the end of the file, or once the open record holds more than `maxRecordChars`, the
 * record is reported as unclosed (`cells: null`) and the lines after its first line are
 * read again by a fresh parser, so one stray quote costs one line. A quote that does close,
 * but on a later line, after taking in a line that reads as a row of its own (as many
 * commas as the first row has columns, less one), is a stray quote too: its record is
 * given up and the lines after its first read again the same way (a note written over
 * several lines with Alt+Enter in Excel has lines with fewer commas, and is kept). Memory:
 * the lines of the record being read, at most about `maxRecordChars`. Cells are split on
 * commas, or on tabs when the first line that is not blank has tabs and no comma (see
 * {@link delimiterOf}).
 * @example
 * const records = new CsvRecords(16 * 1024 * 1024);
 * for (const r of records.push(batch)) use(r);
 * for (const r of await records.finish()) use(r);
 */
export class CsvRecords {
  private parser: Parser;
  /** The line before the first one fed to the current parser. */
  private offset = 0;
  /** Lines fed to the current parser and not yet part of a record handed out. */
  private pending: PhysicalLine[] = [];
  private head = 0;
  private pendingChars = 0;
  private out: CsvRecord[] = [];
  private unclosed = false;
  private failure: unknown;
  /** The cells of the first record that is not blank (the header), once read. */
  private width: number | undefined;
  /** The cell delimiter, settled by the first line that is not blank (see {@link delimiterOf}). */
  private delimiter: ',' | '\t' | undefined;

  constructor(private readonly maxRecordChars: number) {
    this.parser = this.newParser();
  }

  /** Feeds lines; returns the records completed so far. */
  push(lines: readonly PhysicalLine[]): CsvRecord[] {
    this.feed(lines);
    while (this.pendingChars > this.maxRecordChars && this.open() > 1) this.restart();
    return this.take();
  }

  /** Ends the input; returns the last records. */
  async finish(): Promise<CsvRecord[]> {
    for (;;) {
      this.parser.end();
      let again: PhysicalLine[] | undefined;
      // After a record given up, the rest of this parser's records are read again: drained unused.
      for await (const r of this.parser as AsyncIterable<ParsedRecord>) if (again === undefined) again = this.onRecord(r);
      if (again !== undefined) {
        this.feed(this.restartWith(again));
        continue;
      }
      this.check();
      if (!this.unclosed || this.open() === 0) break;
      this.restart();
    }
    return this.take();
  }

  /** Stops reading (the consumer went away). */
  close(): void {
    this.parser.destroy();
  }

  private newParser(): Parser {
    this.unclosed = false;
    let parser: Parser | undefined;
    const options: Options & { readonly readableHighWaterMark: number } = {
      info: true,
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: false,
      skip_records_with_error: true,
      record_delimiter: '\n',
      delimiter: this.delimiter ?? ',',
      on_skip: (err: CsvError | undefined) => {
        // A parser given up and drained (see finish) says nothing about the lines read again.
        if (parser !== this.parser) return undefined;
        if (err?.code === 'CSV_QUOTE_NOT_CLOSED') this.unclosed = true;
        else this.failure = err;
        return undefined;
      },
      // Records are read right after each write: never let the stream hold a write back.
      readableHighWaterMark: 2 ** 30,
    };
    parser = parse(options);
    parser.on('error', (e: unknown) => {
      // A parser given up (destroyed) may still report that; only the current one counts.
      if (parser === this.parser) this.failure = e;
    });
    return parser;
  }

  private feed(lines: readonly PhysicalLine[]): void {
    let queue: readonly PhysicalLine[] = lines;
    if (this.delimiter === undefined) {
      const k = queue.findIndex((l) => l.text.trim() !== '');
      if (k === -1) return this.write(queue);
      this.write(queue.slice(0, k));
      const first = queue[k]!;
      this.delimiter = delimiterOf(first.text);
      if (this.delimiter === '\t') {
        // Only blank lines were read (each a record of its own): start again with tabs.
        this.parser.destroy();
        this.offset = first.line - 1;
        this.pending = [];
        this.head = 0;
        this.pendingChars = 0;
        this.parser = this.newParser();
      }
      queue = queue.slice(k);
    }
    this.write(queue);
  }

  private write(lines: readonly PhysicalLine[]): void {
    let queue: readonly PhysicalLine[] = lines;
    while (queue.length > 0) {
      let text = '';
      for (const l of queue) {
        this.pending.push(l);
        this.pendingChars += l.text.length + 1;
        text += `${l.text}\n`;
      }
      queue = [];
      this.parser.write(text);
      let r: ParsedRecord | null;
      while ((r = this.parser.read() as ParsedRecord | null) !== null) {
        const again = this.onRecord(r);
        if (again !== undefined) {
          queue = this.restartWith(again);
          break;
        }
      }
      this.check();
    }
  }

  /**
   * Takes a record and its lines; or, when a quote opened on its first line takes in
   * lines that read as rows, gives it up and returns its lines and the lines after it,
   * to be read again.
   */
  private onRecord({ record, info }: ParsedRecord): PhysicalLine[] | undefined {
    const end = this.offset + info.lines;
    let breaks = 0;
    for (const cell of record) for (let i = cell.indexOf('\n'); i !== -1; i = cell.indexOf('\n', i + 1)) breaks++;
    if (this.width === undefined && record.some((c) => c.trim() !== '')) this.width = record.length;
    if (breaks > 0 && this.width !== undefined && this.width > 1) {
      let rows = 0;
      for (let k = 1; k <= breaks; k++) if (count(this.pending[this.head + k]?.text ?? '', this.delimiter ?? ',') >= this.width - 1) rows++;
      const first = this.pending[this.head];
      if (rows > 0 && first !== undefined) {
        this.out.push({ start: first.line, end: first.line, cells: null, unclosed: { until: end, closes: true, lines: breaks }, ...(first.fault === undefined ? {} : { fault: first }) });
        return this.pending.slice(this.head);
      }
    }
    let fault: PhysicalLine | undefined;
    while (this.head < this.pending.length) {
      const l = this.pending[this.head];
      if (l === undefined || l.line > end) break;
      if (fault === undefined && l.fault !== undefined) fault = l;
      this.pendingChars -= l.text.length + 1;
      this.head++;
    }
    if (this.head > 1024 && this.head * 2 > this.pending.length) {
      this.pending = this.pending.slice(this.head);
      this.head = 0;
    }
    this.out.push({ start: end - breaks, end, cells: record, ...(fault === undefined ? {} : { fault }) });
    return undefined;
  }

  /** Lines of the open record. */
  private open(): number {
    return this.pending.length - this.head;
  }

  /** Reports the open record as unclosed and reads its lines but the first again. */
  private restart(): void {
    const lines = this.pending.slice(this.head);
    const first = lines[0];
    const last = lines[lines.length - 1];
    if (first === undefined || last === undefined) {
      this.parser.destroy();
      return;
    }
    this.out.push({ start: first.line, end: first.line, cells: null, unclosed: { until: last.line, closes: false, lines: lines.length - 1 }, ...(first.fault === undefined ? {} : { fault: first }) });
    this.feed(this.restartWith(lines));
  }

  /** A fresh parser, to read again the lines after `lines[0]` (returned). */
  private restartWith(lines: readonly PhysicalLine[]): PhysicalLine[] {
    this.parser.destroy();
    this.offset = lines[0]?.line ?? this.offset;
    this.pending = [];
    this.head = 0;
    this.pendingChars = 0;
    this.parser = this.newParser();
    return lines.slice(1);
  }

  private check(): void {
    if (this.failure !== undefined) throw this.failure;
  }

  private take(): CsvRecord[] {
    const records = this.out;
    this.out = [];
    return records;
  }
}

function count(text: string, delimiter: string): number {
  let n = 0;
  for (let i = text.indexOf(delimiter); i !== -1; i = text.indexOf(delimiter, i + 1)) n++;
  return n;
}

/**
 * The cell delimiter of a CSV file from its first line that is not blank: a tab when the
 * line has tabs and no comma (Excel's "Unicode 文本" / "文本文件(制表符分隔)"), else a comma.
 * @example delimiterOf('编号\t窗口\t日期') // '\t'
 */
export function delimiterOf(line: string): ',' | '\t' {
  return line.includes('\t') && !line.includes(',') ? '\t' : ',';
}
