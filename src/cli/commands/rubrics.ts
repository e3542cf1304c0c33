import { builtinRubrics, type Rubric } from '../../index.js';
import { escapeMarkdown } from '../../report/escape.js';
import { markdownTable } from '../../report/tables.js';
import { parse, rubricFrom } from '../args.js';
import { catalogue } from '../catalogue.js';
import { EXIT, UsageError } from '../errors.js';
import type { Sink } from '../io.js';
import { csv, json, rubricName } from '../output.js';
import { textTable } from '../table.js';

export const RUBRICS_HELP = `window-scorecard rubrics — 列出内置评分标准, 或一个评分标准的全部条款
List the built-in rubrics, or every clause of one (a built-in name or a rubric file).

用法 usage: window-scorecard rubrics [<name|rubric.json>] [-f text|csv|md|json] [-o file]

  rubrics                     内置评分标准 the built-in rubrics (use the id with --rubric)
  rubrics county-monthly      全部条款: 编号、类别、类型、分值、首席代表扣分、评定依据、条文
                              every clause: id, category, kind, points, chief points, evidence, text
  -f, --format <fmt>          text (默认, 终端表格 a terminal table) | csv (Excel/WPS) | md | json`;

/** The options of rubrics. */
export const RUBRICS_OPTIONS = { format: { type: 'string', short: 'f' }, out: { type: 'string', short: 'o' }, help: { type: 'boolean', short: 'h' } } as const;

const HEAD = ['编号 id', '类别 category', '类型 kind', '分值 points', '首席代表 chief', '评定依据 evidence', '条文 text'];
const CSV_HEAD = ['编号 id', '类别 category', '类别名称 category title', '类型 kind', '分值 points', '首席代表扣分 chief points', '计分方式 rule', '评定依据 evidence', '条文 text'];

export function rubrics(args: readonly string[], ui: Sink): number {
  const { values, positionals } = parse(args, RUBRICS_OPTIONS);
  if (values.help === true) {
    ui.out(RUBRICS_HELP);
    return EXIT.ok;
  }
  const format = values.format === 'markdown' ? 'md' : (values.format ?? 'text');
  if (!['text', 'csv', 'md', 'json'].includes(format)) {
    throw new UsageError(`不支持的输出格式 ${format} (可用: text, csv, md, json)`, `unsupported --format ${format} (use text, csv, md, json)`);
  }
  if (positionals.length > 1) throw new UsageError(`一次列出一个评分标准 (给出了 ${positionals.join(', ')})`, `rubrics takes one name (given ${positionals.join(', ')})`);
  const name = positionals[0];
  if (name === undefined) list(format, ui);
  else clauses(rubricFrom(name), format, ui);
  return EXIT.ok;
}

function list(format: string, ui: Sink): void {
  if (format === 'json') return ui.out(json(builtinRubrics));
  const rows = builtinRubrics.map((r) => [r.id, r.total, String(r.clauses), `${r.title}${r.truncated ? ' (原文不全 source truncated)' : ''}${r.template ? ' (模板 template)' : ''}`]);
  const head = ['名称 name', '总分 total', '条款 clauses', '标题 title'];
  if (format === 'csv') ui.out(csv([head, ...rows]));
  else if (format === 'md') ui.out(`${markdownTable(head, rows.map((r) => r.map(escapeMarkdown)), ['left', 'right', 'right', 'left'])}\n`);
  else ui.out(textTable(head, rows));
}

function clauses(rubric: Rubric, format: string, ui: Sink): void {
  const rows = catalogue(rubric);
  if (format === 'json') {
    ui.out(json({ id: rubric.id, version: rubric.version, title: rubric.title, total: rubric.total, chiefRatio: rubric.chiefRatio, clauses: rows }));
  } else if (format === 'csv') {
    ui.out(csv([CSV_HEAD, ...rows.map((r) => [r.id, r.category.id, r.category.title, r.kind, r.points, r.chiefPoints, r.rule, r.evidence, r.text])]));
  } else {
    const cells = rows.map((r) => [r.id, `${r.category.id} ${r.category.title}`, r.kind, r.points, r.chiefPoints, r.evidence, r.rule === '' ? r.text : `${r.text} [${r.rule}]`]);
    const title = `${rubricName(rubric)}: ${rows.length} 条 clauses, 总分 total ${rubric.total}, 首席代表比例 chief ratio ${rubric.chiefRatio}`;
    if (format === 'md') ui.out(`## ${escapeMarkdown(title)}\n\n${markdownTable(HEAD, cells.map((r) => r.map(escapeMarkdown)), ['left', 'left', 'left', 'right', 'right', 'left', 'left'])}\n`);
    else ui.out(`${title}\n\n${textTable(HEAD, cells)}`);
  }
  if (rows.length === 0) {
    const why = rubric.template === true ? { zh: '这是模板, 类别由各县填写', en: 'a template: the county fills in its categories' } : { zh: '评分标准中没有条款', en: 'the rubric has no clauses' };
    ui.note(`${rubric.id}: 0 条条款, ${why.zh} / 0 clauses, ${why.en}`);
  }
}
