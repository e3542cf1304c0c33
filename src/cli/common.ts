import { InvalidOptionsError } from '../index.js';
import { UsageError } from './errors.js';
import type { ReadReport } from './ledger.js';
import type { Sink } from './io.js';

/** Runs library code, turning its option errors into usage errors (exit 2). */
export async function library<T>(run: () => T | Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof InvalidOptionsError) throw new UsageError(`参数无效 (${e.path.join('.')}): ${e.messageZh}`, `invalid option ${e.path.join('.')}: ${e.message}`);
    throw e;
  }
}

/** Problems that are notes on a CSV header, not a record that gave no entry. */
const HEADER_NOTES: ReadonlySet<string> = new Set(['unknown-column', 'missing-column', 'unread-column']);

/** Records of the ledger that could not be read as an entry (header notes aside). */
export const unreadableOf = (read: ReadReport): number => read.problems.filter((p) => !HEADER_NOTES.has(p.code)).length;

/**
 * The line that closes every score: lines in = entries (accepted + rejected + other
 * months) + records that could not be read + blank + header rows + the lines a quoted
 * cell continues on. Nothing read is lost. Then every row refused, read problems and
 * rejected entries alike, as `file:line code — 中文原因` (the first 20; all with --verbose).
 */
export function accounting(
  ui: Sink,
  counts: { received: number; accepted: number; rejected: number; outOfPeriod: number },
  read: ReadReport,
  refused?: Refused,
): void {
  const unreadable = unreadableOf(read);
  const notes = read.problems.length - unreadable;
  const continued = read.lines - read.records;
  const sum = read.json ? undefined : [counts.received, unreadable, read.blank, read.headers, continued];
  const tie = sum === undefined ? { zh: '', en: '' } : { zh: ` (${sum.join(' + ')} = ${read.lines} 行)`, en: ` (${sum.join(' + ')} = ${read.lines} lines)` };
  const cont = continued > 0 && !read.json ? { zh: `, 单元格内换行 ${continued}`, en: `, ${continued} inside quoted cells` } : { zh: '', en: '' };
  ui.note(
    `台账 ${read.files.length} 个文件 ${read.lines} 行: 记录 ${counts.received} 条 = 有效 ${counts.accepted} + 退回 ${counts.rejected} + 其他月份 ${counts.outOfPeriod}; 无法读取 ${unreadable}, 空行 ${read.blank}, 表头 ${read.headers}${cont.zh}${tie.zh}${notes > 0 ? `; 表头问题 ${notes}` : ''}`,
  );
  ui.note(
    `ledger ${read.files.length} file(s), ${read.lines} lines: ${counts.received} entries = ${counts.accepted} accepted + ${counts.rejected} rejected + ${counts.outOfPeriod} other months; ${unreadable} unreadable, ${read.blank} blank, ${read.headers} header${cont.en}${tie.en}${notes > 0 ? `; ${notes} header note(s)` : ''}`,
  );
  const rows = refusedRows(read, refused);
  const shown = refused?.verbose === true ? rows : rows.slice(0, LISTED);
  for (const r of shown) ui.note(`  ${r.at} ${r.code} — ${r.zh}`);
  if (rows.length > shown.length) {
    const more = rows.length - shown.length;
    ui.note(`  … 另有 ${more} 条, 用 --verbose 全部列出 (and ${more} more: --verbose lists them all)`);
  }
}

/** How many refused rows are listed without --verbose. */
const LISTED = 20;

/**
 * The entries the scorer rejected, where each was read from, and whether to list them all.
 */
export interface Refused {
  readonly rejected: readonly { readonly index: number; readonly code: string; readonly message: string; readonly messageZh: string }[];
  readonly where: (index: number) => { file: string; line: number } | undefined;
  readonly verbose: boolean;
}

/** Read problems and rejected entries, in file and line order. */
function refusedRows(read: ReadReport, refused: Refused | undefined): { at: string; code: string; zh: string; file: number; line: number }[] {
  const fileIndex = new Map(read.files.map((f, i) => [f, i]));
  const rows: { at: string; code: string; zh: string; file: number; line: number }[] = read.problems.map((p) => ({ at: `${p.file}:${p.line}`, code: p.code, zh: p.messageZh.replace(/^第\d+行:/, ''), file: fileIndex.get(p.file) ?? 0, line: p.line }));
  const seen = new Set<number>();
  for (const r of refused?.rejected ?? []) {
    if (seen.has(r.index)) continue;
    seen.add(r.index);
    const w = refused?.where(r.index);
    const cited = citedWhere(r, refused?.where);
    const zh = cited === undefined ? r.messageZh : `${r.messageZh} (#${cited.index} 即 ${cited.file}:${cited.line})`;
    rows.push({ at: w === undefined ? `#${r.index + 1}` : `${w.file}:${w.line}`, code: r.code, zh, file: w === undefined ? read.files.length : (fileIndex.get(w.file) ?? 0), line: w?.line ?? r.index });
  }
  return rows.sort((a, b) => a.file - b.file || a.line - b.line);
}

/** The codes whose message cites another record by its 0-based index (`#9`). */
const CITING: ReadonlySet<string> = new Set(['duplicate-id', 'conflicting-id']);

/** The index of the other record a rejection cites (`#9` in a duplicate-id message), if any. */
export function citedIndex(r: { readonly code: string; readonly message: string }): number | undefined {
  if (!CITING.has(r.code)) return undefined;
  const m = /#(\d+)/.exec(r.message);
  return m === null ? undefined : Number(m[1]);
}

/** The file and line of the record a rejection cites, when known. */
function citedWhere(r: { readonly code: string; readonly message: string }, where: Refused['where'] | undefined): { index: number; file: string; line: number } | undefined {
  const index = citedIndex(r);
  const w = index === undefined ? undefined : where?.(index);
  return index === undefined || w === undefined ? undefined : { index, ...w };
}

/**
 * Rejected entries with the file and line each was read from (when known), for JSON output;
 * a duplicate-id or conflicting-id rejection also gets `citedFile` and `citedLine`, where the
 * other record it names (by 0-based index) was read.
 */
export function locate<R extends { readonly index: number; readonly code: string; readonly message: string }>(rejected: readonly R[], where: Refused['where']): (R & { file?: string; line?: number; citedFile?: string; citedLine?: number })[] {
  return rejected.map((r) => {
    const cited = citedWhere(r, where);
    return { ...r, ...(where(r.index) ?? {}), ...(cited === undefined ? {} : { citedFile: cited.file, citedLine: cited.line }) };
  });
}
