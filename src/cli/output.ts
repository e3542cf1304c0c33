import type { MonthlySelection, PeriodResult, Rubric } from '../index.js';

/**
 * A CSV cell: quoted when it holds a comma, a quote or a line break. A text starting with
 * `=`, `+`, `-`, `@`, a tab or a CR gets a leading `'` so Excel and WPS show it instead of
 * running it as a formula (OWASP, CSV injection); plain numbers such as `-1.5` stay numbers.
 */
export function csvCell(value: unknown): string {
  let s = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s) && !/^[+-]?\d+(\.\d+)?$/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV text (UTF-8 with BOM, so Excel on Windows opens the Chinese correctly). */
export function csv(rows: readonly (readonly unknown[])[]): string {
  return `\uFEFF${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** The cards of a result as CSV rows, with ranks when a selection is given; without the red-flag column when `redFlag` is false (no selection was made). */
export function cardsCsv(result: PeriodResult, selection?: MonthlySelection, redFlag = true): string {
  const ranks = new Map(selection?.ranking.map((r) => [r.id, r.rank]) ?? []);
  const named = new Set(selection?.selected ?? []);
  const person = result.cards.some((c) => c.personId !== undefined);
  const head = ['窗口 window', ...(person ? ['人员 person'] : []), '得分 score', '名次 rank', ...(redFlag ? ['红旗窗口 red flag'] : []), '首席代表扣分 chief', '本月不得分 vetoed', '取消评先 disqualified', '完整 complete'];
  return csv([
    head,
    ...result.cards.map((c) => [
      c.windowId,
      ...(person ? [c.personId ?? ''] : []),
      c.score ?? '',
      ranks.get(c.windowId) ?? '',
      ...(redFlag ? [named.has(c.windowId) ? '是' : ''] : []),
      c.chiefDeduction,
      c.vetoed ? '是' : '',
      c.disqualified ? '是' : '',
      c.complete ? '是' : '否',
    ]),
  ]);
}

/** JSON text, two-space indented. */
export const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** The rubric's name as the outputs print it. */
export const rubricName = (r: Rubric): string => `${r.title} (${r.id}@${r.version})`;
