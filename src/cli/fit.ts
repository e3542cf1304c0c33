import { closestIds } from '../ledger/closest.js';
import { BUILTIN_CLAUSE_IDS, builtinRubricsHolding } from '../rubric/builtin-clauses.js';
import type { PeriodResult } from '../index.js';
import type { Sink } from './io.js';

/** How many windows or rejections a summary line names before it counts the rest. */
const SHOWN = 20;

const list = (ids: readonly string[]) => ids.slice(0, SHOWN).join(', ') + (ids.length > SHOWN ? ` … (+${ids.length - SHOWN})` : '');

/**
 * The summary lines about windows: the windows only the ledger names when no list was
 * given (and the pairs of them that look like one window spelt twice), and the windows
 * refused as not on the list.
 */
export function windowSummary(ui: Sink, results: readonly PeriodResult[]): void {
  const only = [...new Set(results.flatMap((r) => r.windowsOnlyInLedger))].sort();
  if (only.length > 0) {
    ui.note(`注意: 未给出窗口清单 (-w), ${only.length} 个窗口取自台账: ${list(only)}; 请用 -w 列出全部窗口, 以免拼错的窗口另成一张成绩`);
    ui.note(`note: no window list given (-w); ${only.length} window(s) taken from the ledger: ${list(only)}; list every window with -w so that a misspelt window cannot get a card of its own`);
    const alike = only.flatMap((w) => closestIds(w, only).filter((o) => o > w).map((o) => `${w} / ${o}`));
    if (alike.length > 0) ui.note(`  相近的窗口编号 similar window ids: ${list(alike)}`);
  }
  const off = new Map<string, { zh: string; en: string; n: number }>();
  for (const r of results) {
    for (const j of r.rejected) {
      if (j.code !== 'unknown-window' && j.code !== 'unknown-person') continue;
      const seen = off.get(j.messageZh);
      if (seen === undefined) off.set(j.messageZh, { zh: j.messageZh, en: j.message, n: 1 });
      else seen.n++;
    }
  }
  if (off.size === 0) return;
  const n = [...off.values()].reduce((a, b) => a + b.n, 0);
  ui.note(`窗口清单外的记录 ${n} 条已退回 (unknown-window) / ${n} entr${n === 1 ? 'y' : 'ies'} for windows (or people) not on the list rejected:`);
  for (const o of [...off.values()].slice(0, SHOWN)) ui.note(`  ${o.n} 条 x ${o.zh} / ${o.en}`);
  if (off.size > SHOWN) ui.note(`  … 另有 ${off.size - SHOWN} 个 (and ${off.size - SHOWN} more)`);
}

/** Entry counts of a scored period, as the library reports them. */
export type Counts = { received: number; accepted: number; rejected: number; outOfPeriod: number };

/**
 * Says loudly when the ledger does not fit the rubric (more than half of the period's
 * entries name clauses the rubric does not have, naming the built-in rubric they belong
 * to) or when nothing at all was accepted from a non-empty ledger. With `perMonth` (annual)
 * the fit is checked month by month, each unfit month named. True when either holds: the
 * command then exits 3.
 */
export function fitSummary(ui: Sink, results: readonly PeriodResult[], counts: Counts, perMonth = false): boolean {
  const mismatch = perMonth ? results.map((r) => mismatchNote(ui, [r], r.period)).some(Boolean) : mismatchNote(ui, results, undefined);
  const nothing = counts.received > 0 && counts.accepted === 0;
  if (nothing) {
    ui.note(`错误 error: 台账 ${counts.received} 条记录无一计入 (退回 ${counts.rejected}, 其他月份 ${counts.outOfPeriod}): 成绩不反映该台账; 请核对评分标准 (-r)、月份 (--month) 和窗口清单 (-w)`);
    ui.note(`错误 error: none of the ledger's ${counts.received} entries was accepted (${counts.rejected} rejected, ${counts.outOfPeriod} of other months): the scores do not reflect this ledger; check --rubric, --month and --windows`);
  }
  return mismatch || nothing;
}

/** The mismatch lines for `results` (one month's when `month` is given); true when unfit. */
function mismatchNote(ui: Sink, results: readonly PeriodResult[], month: string | undefined): boolean {
  const rubric = results[0]?.rubric.id ?? '';
  const unknown = results.reduce((n, r) => n + r.ledgerFit.unknownClause, 0);
  const checked = results.reduce((n, r) => n + r.counts.accepted + r.counts.rejected, 0);
  if (unknown === 0 || unknown * 2 <= checked) return false;
  const ids = [...new Set(results.flatMap((r) => r.ledgerFit.unknownClauseIds))].sort();
  const belongs = builtinRubricsHolding(ids, rubric);
  // A ledger has its typos: say how many of the ids the named rubric holds when not all.
  const held = belongs.length === 0 ? 0 : ids.filter((id) => (BUILTIN_CLAUSE_IDS[belongs[0]!] ?? '').split(' ').includes(id)).length;
  const share = held === ids.length ? { zh: '这些条款编号', en: 'These clause ids' } : { zh: `这些条款编号 (${ids.length} 个中的 ${held} 个)`, en: `${held} of these ${ids.length} clause ids` };
  const zh = belongs.length === 0 ? '' : ` ${share.zh}属于 ${belongs.join(', ')}, 请用 -r ${belongs[0]!} 计分。`;
  const en = belongs.length === 0 ? '' : ` ${share.en} belong to ${belongs.join(', ')}: score with -r ${belongs[0]!}.`;
  const at = month === undefined ? { zh: '', en: '' } : { zh: `${month} 的`, en: ` of ${month}` };
  ui.note(`错误 error: ${at.zh}台账与评分标准 ${rubric} 不符: ${checked} 条记录中 ${unknown} 条的条款编号不在该标准中 (${list(ids)}).${zh}`);
  ui.note(`错误 error: the ledger${at.en} does not fit rubric ${rubric}: ${unknown} of ${checked} entries name clauses it does not have (${list(ids)}).${en}`);
  return true;
}
