import { CsvRecords } from '../io/csv-records.js';
import { MAX_LINE_BYTES } from '../io/lines.js';
import { jsonFrom, readLines } from './args.js';
import { UsageError } from './errors.js';
import { WINDOW_HEADERS } from './window-list.js';

const SCORE = new Set(['民主测评', '民主测评得分', '测评得分', '得分', 'survey', 'score']);

/**
 * --survey: JSON `{"W01": 92}`, or CSV from Excel (UTF-8 or GBK, any line endings): a header
 * row, then one row per window. The columns are found by name (窗口 / windowId, 民主测评 /
 * survey / 得分 …), else the first two. Every row is read or refused: a row without a window
 * or a score, a window given twice, or a row with an open quote stops the command, naming
 * the file and line.
 */
export async function surveyFrom(path: string | undefined, encoding?: string): Promise<Record<string, string>> {
  if (path === undefined) throw new UsageError('缺少 --survey 民主测评得分文件', 'missing --survey (the 民主测评 scores)');
  const file = readLines(path, '民主测评文件', 'survey file', encoding);
  if (file.text.trimStart().startsWith('{')) return jsonFrom<Record<string, string>>(file.text, path);
  const records = new CsvRecords(MAX_LINE_BYTES);
  const all = [...records.push(file.lines), ...(await records.finish())];
  records.close();
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  let columns: [number, number] | undefined;
  const refuse = (line: number, zh: string, en: string): never => {
    throw new UsageError(`民主测评文件 ${path}:${line} ${zh}`, `survey file ${path}:${line}: ${en}`);
  };
  for (const r of all) {
    if (r.cells === null) refuse(r.start, '引号未闭合, 该行无法读取', 'a quote opened on this line is not closed where it should be');
    const cells = (r.cells ?? []).map((c) => c.trim());
    if (cells.every((c) => c === '')) continue;
    if (columns === undefined) {
      const names = cells.map((c) => c.toLowerCase());
      const w = names.findIndex((n) => WINDOW_HEADERS.has(n));
      const s = names.findIndex((n) => SCORE.has(n));
      columns = [w === -1 ? 0 : w, s === -1 ? 1 : s];
      continue;
    }
    const [w, s] = columns;
    const id = cells[w] ?? '';
    const score = cells[s] ?? '';
    if (id === '' || score === '') refuse(r.start, `缺少窗口或得分 (“${cells.join(',')}”)`, `the row has no window or no score ("${cells.join(',')}")`);
    if (Object.hasOwn(out, id)) refuse(r.start, `窗口“${id}”重复出现`, `window "${id}" is given twice`);
    out[id] = score;
  }
  return { ...out };
}
