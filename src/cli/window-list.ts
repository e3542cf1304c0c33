import { UsageError } from './errors.js';

/** Header names of the window column (as in the survey), lower case. */
export const WINDOW_HEADERS: ReadonlySet<string> = new Set(['窗口', '窗口编号', '窗口名称', 'window', 'windowid']);

/**
 * The window ids of a window-list file's text (lines joined with LF, line n of the text is
 * line n of the file): one id a line; or a sheet saved from Excel whose header row names
 * the window column (窗口 / 窗口编号 / windowId …), the other columns ignored. A row with
 * several cells and no such header is refused naming its line (never taken whole as one id).
 */
export function windowIdsOf(text: string, path: string): string[] {
  const lines = text.split('\n');
  let column: number | undefined;
  const ids: string[] = [];
  lines.forEach((line, i) => {
    const cells = line.split(',').map((c) => c.trim().replace(/^"(.*)"$/, '$1').trim());
    if (cells.every((c) => c === '')) return;
    if (column === undefined && ids.length === 0) {
      const h = cells.findIndex((c) => WINDOW_HEADERS.has(c.toLowerCase()));
      if (h !== -1) {
        column = h;
        return;
      }
    }
    if (column === undefined && cells.filter((c) => c !== '').length > 1) {
      throw new UsageError(
        `窗口清单 ${path}:${i + 1} 有多个单元格 (“${line.trim()}”): 请每行写一个窗口编号, 或在首行加表头“窗口”指明窗口所在列`,
        `window list ${path}:${i + 1} has several cells ("${line.trim()}"): write one window id a line, or name the window column in a header row (窗口 / windowId)`,
      );
    }
    const id = cells[column ?? 0] ?? '';
    if (id !== '') ids.push(id);
  });
  return ids;
}
