import { UsageError } from './errors.js';

/**
 * Header names of the window column (as in the survey), lower case: the names a county
 * centre gives the column of its 进驻窗口 sheet (窗口, 部门, 进驻单位, 单位名称 …).
 */
export const WINDOW_HEADERS: ReadonlySet<string> = new Set([
  '窗口', '窗口编号', '窗口名称', '窗口单位', '窗口部门', '进驻窗口',
  '部门', '部门名称', '进驻部门', '单位', '单位名称', '进驻单位', '名称',
  'window', 'windowid', 'window id', 'window name', 'department', 'unit', 'name',
]);

/**
 * Header names of other columns of such a sheet: a first line that is one of these alone is
 * a header without a window column, never a window.
 */
const OTHER_HEADERS: ReadonlySet<string> = new Set([
  '序号', '编号', '号', '备注', '说明', '负责人', '首席代表', '联系人', '联系电话', '电话', '人员', '姓名', '地址', '位置', '窗口号',
  'no', 'no.', '#', 'id', 'index', 'note', 'phone',
]);

/** A title line: words of a sheet's title (清单, 名单 …), or a year (2024年…). */
const TITLE = /清单|名单|一览|目录|列表|汇总|统计|明细|^\s*\d{4}\s*年/;

/**
 * The window ids of a window-list file's text (lines joined with LF, line n of the text is
 * line n of the file): one id a line; or a sheet saved from Excel (commas, or tabs when the
 * line has tabs and no comma, as Excel's "Unicode 文本" writes) whose header row names the
 * window column (窗口 / 部门 / 单位名称 / windowId …, see {@link WINDOW_HEADERS}), the other
 * columns ignored. Refused, naming the line and the value (never taken as a window):
 * - a first line that looks like a title (`2024年进驻窗口清单`: 清单/名单/一览/目录/列表/汇总…);
 * - a first line that is another column's header alone (`序号`, `负责人` …);
 * - a row with several cells and no such header (never taken whole as one id).
 */
export function windowIdsOf(text: string, path: string): string[] {
  const lines = text.split('\n');
  let column: number | undefined;
  let first = true;
  const ids: string[] = [];
  lines.forEach((line, i) => {
    const sep = line.includes('\t') && !line.includes(',') ? '\t' : ',';
    const cells = line.split(sep).map((c) => c.trim().replace(/^"(.*)"$/, '$1').trim());
    if (cells.every((c) => c === '')) return;
    const filled = cells.filter((c) => c !== '');
    if (first) {
      first = false;
      const h = cells.findIndex((c) => WINDOW_HEADERS.has(c.toLowerCase()));
      if (h !== -1) {
        column = h;
        return;
      }
      if (filled.length === 1) refuseFirst(filled[0] ?? '', path, i + 1);
    }
    if (column === undefined && filled.length > 1) {
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

/** Refuses a one-cell first line that is a title or another column's header. */
function refuseFirst(value: string, path: string, line: number): void {
  if (TITLE.test(value)) {
    throw new UsageError(
      `窗口清单 ${path}:${line} “${value}” 像是标题, 不是窗口: 请删除标题行, 或在第一行写表头 窗口`,
      `window list ${path}:${line}: "${value}" looks like a title, not a window: delete the title line, or write the header 窗口 (window) on the first line`,
    );
  }
  if (OTHER_HEADERS.has(value.toLowerCase())) {
    throw new UsageError(
      `窗口清单 ${path}:${line} “${value}” 是表头, 但不是窗口列: 请删除该行, 或将表头改为 窗口 (或 部门、单位名称)`,
      `window list ${path}:${line}: "${value}" is a header, but not of the window column: delete the line, or name the column 窗口 (window; or 部门, 单位名称)`,
    );
  }
}
