import { CsvRecords } from '../io/csv-records.js';
import { MAX_LINE_BYTES } from '../io/lines.js';
import { jsonFrom, readLines } from './args.js';
import { UsageError } from './errors.js';
import { WINDOW_HEADERS } from './window-list.js';

/** Header names of the survey's window column, lower case (the window list's, and the unit's names). */
const WINDOW = new Set([...WINDOW_HEADERS, '单位', '单位名称', '部门', '部门名称', '进驻单位', '窗口单位']);
/** Header names of the survey's score column, lower case. */
const SCORE = new Set(['民主测评', '民主测评得分', '民主测评分数', '测评得分', '测评分数', '测评分', '得分', '分数', '评分', 'survey', 'score']);

/** A plain decimal (digits, an optional fraction): no sign, unit, exponent or full-width digit. */
const PLAIN = /^\d+(?:\.\d+)?$/;

/** The 民主测评 scores read: window id -> score as written, and the line each was read on (CSV only). */
export interface Survey {
  readonly path: string;
  readonly scores: Record<string, string>;
  readonly lines: ReadonlyMap<string, number>;
}

/** Why a survey score is not one, in both languages; undefined for a plain decimal in [0, 100]. */
function scoreProblem(value: unknown): { zh: string; en: string } | undefined {
  const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
  if (typeof text !== 'string' || !PLAIN.test(text)) {
    return { zh: '得分应为 0 至 100 的数 (如 92 或 92.5, 不带“分”、全角数字或正负号)', en: 'a score must be a plain decimal from 0 to 100 (92 or 92.5, no unit, sign or full-width digits)' };
  }
  if (Number(text) > 100) return { zh: '得分应在 0 至 100 之间', en: 'a score must be from 0 to 100' };
  return undefined;
}

const quoted = (v: unknown) => (typeof v === 'string' ? `“${v}”` : JSON.stringify(v) ?? String(v));

/**
 * --survey: JSON `{"W01": 92}`, or CSV from Excel (UTF-8 or GBK, any line endings): a header
 * row naming the window column (窗口 / 窗口名称 / 单位 / 部门 / window …) and the score
 * column (民主测评 / 测评得分 / 得分 / 分数 / score …), then one row per window. Every row is
 * read or refused: no such header, a row without a window or a score, a score that is not
 * a plain decimal from 0 to 100 (`95分`, `９５`, `900`, `-5`, `1e2`), a window given twice,
 * or a row with an open quote stops the command, naming the file, the line and the value.
 */
export async function surveyFrom(path: string | undefined, encoding?: string): Promise<Survey> {
  if (path === undefined) throw new UsageError('缺少 --survey 民主测评得分文件', 'missing --survey (the 民主测评 scores)');
  const file = readLines(path, '民主测评文件', 'survey file', encoding);
  if (file.text.trimStart().startsWith('{')) return surveyJson(jsonFrom<unknown>(file.text, path), path);
  const records = new CsvRecords(MAX_LINE_BYTES);
  const all = [...records.push(file.lines), ...(await records.finish())];
  records.close();
  const scores: Record<string, string> = Object.create(null) as Record<string, string>;
  const lines = new Map<string, number>();
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
      const w = names.findIndex((n) => WINDOW.has(n));
      const s = names.findIndex((n) => SCORE.has(n));
      if (w === -1 || s === -1) {
        refuse(
          r.start,
          `没有可识别的表头 (首行为“${cells.join(',')}”): 首行应为表头, 含窗口列 (窗口 / 窗口名称 / 单位 / 部门) 和得分列 (民主测评 / 测评得分 / 得分 / 分数), 如“窗口,民主测评”`,
          `no header row recognised (the first row is "${cells.join(',')}"): the first row must name the window column (窗口 / 单位 / window) and the score column (民主测评 / 得分 / 分数 / score), e.g. "窗口,民主测评"`,
        );
      }
      columns = [w, s];
      continue;
    }
    const [w, s] = columns;
    const id = cells[w] ?? '';
    const score = cells[s] ?? '';
    if (id === '' || score === '') refuse(r.start, `缺少窗口或得分 (“${cells.join(',')}”)`, `the row has no window or no score ("${cells.join(',')}")`);
    const bad = scoreProblem(score);
    if (bad !== undefined) refuse(r.start, `窗口“${id}”的得分“${score}”无效: ${bad.zh}`, `window "${id}": bad score "${score}": ${bad.en}`);
    if (Object.hasOwn(scores, id)) refuse(r.start, `窗口“${id}”重复出现 (另见第 ${lines.get(id)} 行)`, `window "${id}" is given twice (also line ${lines.get(id)})`);
    scores[id] = score;
    lines.set(id, r.start);
  }
  if (columns === undefined) refuse(1, '没有内容: 应有表头“窗口,民主测评”和每个窗口一行', 'is empty: expected a header "窗口,民主测评" and one row per window');
  if (lines.size === 0) refuse(1, '只有表头, 没有任何窗口的得分', 'has a header but no window\'s score');
  return { path, scores: { ...scores }, lines };
}

/** A JSON survey `{"W01": 92}`, every score checked. */
function surveyJson(json: unknown, path: string): Survey {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new UsageError(`民主测评文件 ${path} 应为 JSON 对象 {"窗口": 得分}`, `survey file ${path} must be a JSON object {"window": score}`);
  }
  const scores: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [id, value] of Object.entries(json)) {
    const bad = scoreProblem(value);
    if (bad !== undefined) {
      throw new UsageError(`民主测评文件 ${path} 窗口“${id}”的得分 ${quoted(value)} 无效: ${bad.zh}`, `survey file ${path}: window "${id}": bad score ${JSON.stringify(value) ?? String(value)}: ${bad.en}`);
    }
    scores[id] = String(value);
  }
  if (Object.keys(scores).length === 0) throw new UsageError(`民主测评文件 ${path} 没有任何窗口的得分`, `survey file ${path} has no window's score`);
  return { path, scores: { ...scores }, lines: new Map() };
}
