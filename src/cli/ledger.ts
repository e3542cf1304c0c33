import { existsSync } from 'node:fs';
import type { ReadItem, ReadProblem, ReadSummary } from '../io/index.js';
import { encodingFrom } from './args.js';
import { formatOf, readFileBatches } from '../io/file.js';
import { flatten } from '../ledger/batches.js';
import { UsageError } from './errors.js';
import type { Sink } from './io.js';

/** What reading the ledger files found, for the accounting line. */
export interface ReadReport {
  readonly files: string[];
  /** Physical lines read, over all files. */
  lines: number;
  /** Records read as entries (what the scorer receives). */
  entries: number;
  /** Records read (rows of a CSV, lines of NDJSON, elements of JSON), over all files. */
  records: number;
  /** Whether a .json file was read (its lines are not records). */
  json: boolean;
  /** Blank lines and CSV header rows: read, and not entries. */
  blank: number;
  headers: number;
  /** Records that could not be read as an entry (and header notes), with the file. */
  readonly problems: (ReadProblem & { readonly file: string })[];
}

/**
 * The entries of all ledger files, in order, with each entry's file and line kept
 * (8 bytes an entry) so a rejection can name its line.
 */
export function ledgerEntries(files: readonly string[], encoding: string | undefined, ui: Sink, keepLines = true) {
  if (files.length === 0) throw new UsageError('缺少台账文件', 'no ledger file given');
  for (const f of files) if (!existsSync(f)) throw new UsageError(`找不到台账文件: ${f}`, `ledger file not found: ${f}`);
  const options = { encoding: encodingFrom(encoding) };
  // Check every file's format (by extension) before reading any.
  const reads = files.map((file) => ({ file, batches: readFileBatches(file, options) }));
  const report: ReadReport = { files: [...files], lines: 0, records: 0, json: false, entries: 0, blank: 0, headers: 0, problems: [] };
  const fileOf: number[] = [];
  const lineOf: number[] = [];
  // In batches (one per chunk read): the scorer takes them whole (see flatten).
  async function* batches(): AsyncGenerator<Record<string, unknown>[]> {
    for (const [n, { file, batches: items }] of reads.entries()) {
      const it: AsyncIterator<ReadItem[], ReadSummary> = items[Symbol.asyncIterator]();
      for (;;) {
        const next = await it.next();
        if (next.done === true) {
          refuseMixed(file, report.problems);
          report.lines += next.value.lines;
          report.records += next.value.records;
          if (formatOf(file) === 'json') report.json = true;
          report.blank += next.value.blank;
          report.headers += next.value.header;
          break;
        }
        const entries: Record<string, unknown>[] = [];
        for (const item of next.value) {
          if (item.kind === 'problem') {
            refuseUnread(file, item.problem);
            report.problems.push({ ...item.problem, file });
            continue;
          }
          if (keepLines) {
            fileOf.push(n);
            lineOf.push(item.line);
          }
          entries.push(item.entry);
        }
        const before = report.entries;
        report.entries += entries.length;
        if (Math.floor(report.entries / 100_000) > Math.floor(before / 100_000)) ui.progress(`读取中 reading ${file}: ${report.entries.toLocaleString('en')} 条 entries`);
        if (entries.length > 0) yield entries;
      }
    }
  }
  const found = new Map<number, { file: string; line: number }>();
  const where = (index: number): { file: string; line: number } | undefined => {
    const n = fileOf[index];
    return n === undefined ? found.get(index) : { file: files[n]!, line: lineOf[index]! };
  };
  /**
   * Without kept lines (--bounded), finds the file and line of the given entries by one
   * more read of the files (memory: the entries asked for), so that `where` knows them.
   */
  const locate = async (indices: readonly number[]): Promise<void> => {
    const wanted = new Set(indices.filter((i) => fileOf[i] === undefined));
    if (wanted.size === 0) return;
    let index = 0;
    for (const file of files) {
      for await (const items of readFileBatches(file, options)) {
        for (const item of items) {
          if (item.kind !== 'entry') continue;
          if (wanted.has(index)) found.set(index, { file, line: item.line });
          index++;
        }
      }
    }
  };
  return { entries: flatten(batches()), report, where, locate, again: () => ledgerEntries(files, encoding, ui, false).entries };
}

/**
 * A ledger file with a column that looks like a count, an amount, a date or voids under a
 * name the reader does not know (`unread-column`) is refused (exit 2): scoring it with that
 * column ignored would count a 件数 of 3 once.
 */
function refuseUnread(file: string, problem: ReadProblem): void {
  if (problem.code !== 'unread-column') return;
  throw new UsageError(`台账文件 ${file}:${problem.line} 不予计分: ${problem.messageZh}`, `ledger file ${file}:${problem.line} is not scored: ${problem.message}`);
}

/**
 * A ledger file whose lines are in two encodings is refused whole (exit 2), naming the
 * lines in the other encoding: none of its lines is trusted.
 */
function refuseMixed(file: string, problems: ReadReport['problems']): void {
  const lines = problems.filter((p) => p.file === file && p.code === 'mixed-encoding').map((p) => p.line);
  if (lines.length === 0) return;
  const shown = `${lines.slice(0, 10).join(', ')}${lines.length > 10 ? ` … (${lines.length})` : ''}`;
  const first = problems.find((p) => p.file === file && p.code === 'mixed-encoding');
  throw new UsageError(
    `台账文件 ${file} 混用了两种编码 (第 ${shown} 行与其余各行不同), 整个文件不予读取; ${first?.messageZh ?? ''}`,
    `ledger file ${file} mixes two encodings (line(s) ${shown} differ from the rest), so none of it is read; ${first?.message ?? ''}`,
  );
}
