import { InvalidOptionsError, type MonthInputs } from '../index.js';
import { jsonFrom, readText } from './args.js';
import { UsageError } from './errors.js';
import type { ReadReport } from './ledger.js';
import type { Sink } from './io.js';

/** --inputs: a JSON file `{ "W01": { "1.chief": 90, "1.staff": 85 } }`. */
export function inputsFrom(path: string | undefined): MonthInputs | undefined {
  if (path === undefined) return undefined;
  return jsonFrom<MonthInputs>(readText(path, '输入值文件', 'inputs file'), path);
}

/** Runs library code, turning its option errors into usage errors (exit 2). */
export async function library<T>(run: () => T | Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof InvalidOptionsError) throw new UsageError(`参数无效 (${e.path.join('.')}): ${e.message}`, `invalid option ${e.path.join('.')}: ${e.message}`);
    throw e;
  }
}

/**
 * The line that closes every score: lines in = accepted + rejected + other months, plus
 * what could not be read at all. Nothing read is lost.
 */
export function accounting(ui: Sink, counts: { received: number; accepted: number; rejected: number; outOfPeriod: number }, read: ReadReport): void {
  const problems = read.problems.length;
  ui.note(
    `台账 ${read.files.length} 个文件 ${read.lines} 行: 记录 ${counts.received} 条 = 有效 ${counts.accepted} + 退回 ${counts.rejected} + 其他月份 ${counts.outOfPeriod}; 无法读取 ${problems}, 空行 ${read.blank}, 表头 ${read.headers}`,
  );
  ui.note(
    `ledger ${read.files.length} file(s), ${read.lines} lines: ${counts.received} entries = ${counts.accepted} accepted + ${counts.rejected} rejected + ${counts.outOfPeriod} other months; ${problems} unreadable, ${read.blank} blank, ${read.headers} header`,
  );
  for (const p of read.problems.slice(0, 20)) ui.note(`  ${p.file}:${p.line} ${p.code}: ${p.messageZh}`);
  if (problems > 20) ui.note(`  … 另有 ${problems - 20} 行 (and ${problems - 20} more)`);
}
