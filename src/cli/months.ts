import type { MonthCoverage } from '../index.js';
import { UsageError } from './errors.js';
import type { Sink } from './io.js';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/**
 * --months: the months the centre declares covered (kept, nothing found), as a comma list
 * of months and ranges: `2024-01..2024-03,2024-07`. Every month must be of `year`.
 */
export function coveredMonthsFrom(value: string | undefined, year: string): string[] | undefined {
  if (value === undefined) return undefined;
  const out = new Set<string>();
  const bad = (part: string, zh: string, en: string) => new UsageError(`--months 无效 (${part}): ${zh}`, `bad --months (${part}): ${en}`);
  for (const raw of value.split(',')) {
    const part = raw.trim();
    if (part.length === 0) continue;
    const ends = part.split('..').map((p) => p.trim());
    const from = ends[0] ?? '';
    const to = ends[1] ?? from;
    if (ends.length > 2 || !MONTH.test(from) || !MONTH.test(to)) {
      throw bad(part, '应为 YYYY-MM 或 YYYY-MM..YYYY-MM', 'use YYYY-MM or YYYY-MM..YYYY-MM');
    }
    if (!from.startsWith(`${year}-`) || !to.startsWith(`${year}-`)) throw bad(part, `不是 ${year} 年的月份`, `not a month of ${year}`);
    if (from > to) throw bad(part, '起始月份晚于结束月份', 'the first month is after the last');
    for (let m = Number(from.slice(5)); m <= Number(to.slice(5)); m++) out.add(`${year}-${String(m).padStart(2, '0')}`);
  }
  if (out.size === 0) throw bad(value, '没有月份', 'no month given');
  return [...out].sort();
}

/** Months as the shortest --months argument: consecutive months become a range. */
export function monthsArgument(months: readonly string[]): string {
  const parts: string[] = [];
  let start: string | undefined;
  let prev: string | undefined;
  const next = (m: string) => `${m.slice(0, 4)}-${String(Number(m.slice(5)) + 1).padStart(2, '0')}`;
  const close = () => {
    if (start !== undefined && prev !== undefined) parts.push(start === prev ? start : `${start}..${prev}`);
  };
  for (const m of [...months].sort()) {
    if (prev === undefined || next(prev) !== m) {
      close();
      start = m;
    }
    prev = m;
  }
  close();
  return parts.join(',');
}

/**
 * Rejected entries by month: those rejected in one month only (a month's own rows), and how
 * many were rejected in several months (no readable date: they may belong to any month).
 */
export function refusedByMonth(months: readonly { readonly month: string; readonly rejected: readonly { readonly index: number }[] }[]): { own: Map<string, number>; undated: number } {
  const monthsOf = new Map<number, string[]>();
  for (const m of months) for (const r of m.rejected) monthsOf.set(r.index, [...(monthsOf.get(r.index) ?? []), m.month]);
  const own = new Map<string, number>();
  let undated = 0;
  for (const ms of monthsOf.values()) {
    if (ms.length === 1) own.set(ms[0]!, (own.get(ms[0]!) ?? 0) + 1);
    else undated++;
  }
  return { own, undated };
}

/**
 * The warning for months with no accepted ledger entry: left out of the mean, and how to
 * declare the truly clean ones. A month whose own rows were all refused is never offered
 * --months (and is refused even when declared): its rows must be corrected. True when such
 * a month exists (exit 3).
 */
export function warnUncovered(ui: Sink, coverage: MonthCoverage, refused: { own: ReadonlyMap<string, number>; undated: number } = { own: new Map(), undated: 0 }): boolean {
  const missing = coverage.uncovered;
  // A month declared clean whose own rows were all refused is refused too: --months
  // declares a month with nothing found, not a month whose findings could not be read.
  const bad = [...missing, ...coverage.declaredClean].filter((m) => (refused.own.get(m) ?? 0) > 0).sort();
  if (missing.length === 0 && bad.length === 0) return false;
  const counted = coverage.months.filter((m) => !missing.includes(m));
  const mean = { zh: `均分为 ${counted.length} 个月的平均${counted.length > 0 ? `: ${monthsArgument(counted)}` : ''}`, en: `the mean of ${counted.length} month(s)${counted.length > 0 ? `: ${monthsArgument(counted)}` : ''}` };
  const empty = missing.filter((m) => !bad.includes(m));
  if (empty.length > 0) {
    // Months after the last one with data are most often a year not over yet: --through,
    // not --months, is the advice there (declaring them clean would score them 96).
    const last = [...coverage.withEntries, ...coverage.declaredClean].sort().at(-1);
    const after = last === undefined ? [] : empty.filter((m) => m > last);
    const advice = { zh: `若这些月份确实无扣分, 用 --months ${monthsArgument(empty)} 声明后计分`, en: `if they truly had no findings, declare them with --months ${monthsArgument(empty)}` };
    if (after.length > 0 && last !== undefined) {
      advice.zh = `若本年度只计到 ${last}, 用 --through ${last}; ${advice.zh}`;
      advice.en = `if the year is scored only through ${last}, give --through ${last}; ${advice.en}`;
    }
    const u = refused.undated;
    const maybe = u > 0 ? { zh: `; 注意另有 ${u} 条日期无法识别的记录被退回 (见上), 可能属于这些月份, 请先更正`, en: `; note that ${u} entr${u === 1 ? 'y' : 'ies'} with no readable date ${u === 1 ? 'was' : 'were'} rejected (listed above) and may belong to these months: correct them first` } : { zh: '', en: '' };
    ui.note(`警告 warning: ${empty.join(', ')} 台账中没有任何有效记录, 不按无扣分计, 不计入月评均分 (${mean.zh}); ${advice.zh}${maybe.zh}`);
    ui.note(`warning: no accepted ledger entry in ${empty.join(', ')}: not scored as clean months, left out of the monthly mean (${mean.en}); ${advice.en}${maybe.en}`);
  }
  if (bad.length > 0) {
    const zh = bad.map((m) => `${m} (${refused.own.get(m) ?? 0} 条)`).join(', ');
    const en = bad.map((m) => `${m} (${refused.own.get(m) ?? 0})`).join(', ');
    ui.note(`错误 error: ${zh} 的记录全部被退回 (见上), 这些月份没有一条计入: 请更正这些记录后重新计分; 不能用 --months 声明这些月份无扣分`);
    ui.note(`错误 error: every entry of ${en} was rejected (listed above), so these months count nothing: correct the entries and score again; do not declare these months clean with --months`);
  }
  return bad.length > 0;
}

/** The months of a period: `2024-03`, or the twelve of `2024`. */
const monthsOf = (period: string): string[] => (period.length === 7 ? [period] : Array.from({ length: 12 }, (_, i) => `${period}-${String(i + 1).padStart(2, '0')}`));

/**
 * --months on score, select and explain: whether the scored period (a month, or every month
 * of a year) is declared clean. A month outside the period is refused.
 */
export function declaredClean(value: string | undefined, period: string): boolean {
  const declared = coveredMonthsFrom(value, period.slice(0, 4));
  if (declared === undefined) return false;
  const months = monthsOf(period);
  const outside = declared.filter((m) => !months.includes(m));
  if (outside.length > 0) {
    throw new UsageError(`--months 无效 (${outside.join(', ')}): 不在计分期间 ${period} 内`, `bad --months (${outside.join(', ')}): not in the scored period ${period}`);
  }
  return months.every((m) => declared.includes(m));
}

/**
 * A period with no ledger entry of its own (an empty ledger, a header only, or entries of
 * other months only) is not a clean period: exit 3, unless it was declared clean with
 * --months. Rows that could not be read must be corrected first: then --months is not
 * suggested. True when the command must exit 3.
 */
export function emptyPeriod(ui: Sink, period: string, counts: { received: number; accepted: number; rejected: number; outOfPeriod: number }, unreadable: number, declared: boolean): boolean {
  if (counts.accepted + counts.rejected > 0) return false;
  const others = counts.outOfPeriod > 0 ? { zh: ` (台账 ${counts.outOfPeriod} 条记录均属其他月份)`, en: ` (all ${counts.outOfPeriod} entries are of other months)` } : { zh: '', en: '' };
  if (declared) {
    ui.note(`提示 note: 台账中没有 ${period} 的任何记录${others.zh}; 已用 --months 声明确无扣分, 按无扣分计分`);
    ui.note(`note: the ledger holds no entry of ${period}${others.en}; declared clean with --months, so scored as having no findings`);
    return false;
  }
  const arg = monthsArgument(monthsOf(period));
  if (unreadable > 0) {
    ui.note(`错误 error: 台账中没有 ${period} 的任何可读记录${others.zh}, 另有 ${unreadable} 行无法读取 (见上): 请更正这些行后重新计分; 没有数据的月份不能按无扣分计分`);
    ui.note(`错误 error: the ledger holds no readable entry of ${period}${others.en}, and ${unreadable} row(s) could not be read (listed above): correct them and score again; a month without data is not a clean month`);
    return true;
  }
  ui.note(`错误 error: 台账中没有 ${period} 的任何记录${others.zh}: 没有数据的月份不能按无扣分计分; 若该月确实无扣分, 用 --months ${arg} 声明后计分`);
  ui.note(`错误 error: the ledger holds no entry of ${period}${others.en}: a month without data is not a clean month; if it truly had no findings, declare it with --months ${arg}`);
  return true;
}
