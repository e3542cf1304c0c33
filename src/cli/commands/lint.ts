import { lintRubric, safeParseRubric } from '../../index.js';
import { parse, readText } from '../args.js';
import { EXIT, UsageError } from '../errors.js';
import type { Sink } from '../io.js';
import { json } from '../output.js';
import { located, safeJson } from '../where.js';

export const LINT_HELP = `window-scorecard lint — 检查评分标准文件
Validate and lint a rubric file: schema issues, totals, chief points, dead clauses.

用法 usage: window-scorecard lint <rubric.json> [--format text|json] [-o file]
退出码 exit codes: 0 无问题 clean (警告不影响 warnings allowed), 1 有错误 lint errors, 2 文件无效 invalid or unreadable file`;

/** The options of lint. */
export const LINT_OPTIONS = { format: { type: 'string', short: 'f' }, out: { type: 'string', short: 'o' }, help: { type: 'boolean', short: 'h' } } as const;

const SEVERITY = { error: '错误 error', warning: '警告 warning' } as const;

export function lint(args: readonly string[], ui: Sink): number {
  const { values, positionals } = parse(args, LINT_OPTIONS);
  if (values.help === true) {
    ui.out(LINT_HELP);
    return EXIT.ok;
  }
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`不支持的输出格式 ${format} (可用: text, json)`, `unsupported --format ${format} (use text, json)`);
  const file = positionals[0];
  if (file === undefined) throw new UsageError('缺少评分标准文件', 'no rubric file given');
  if (positionals.length > 1) throw new UsageError(`一次只检查一个评分标准文件 (给出了 ${positionals.join(', ')})`, `lint takes one rubric file (given ${positionals.join(', ')})`);
  const text = readText(file, '评分标准文件', 'rubric file');
  const parsed = safeParseRubric(text);
  // The JSON as written, to name a clause by its id even when the rubric is invalid.
  const raw = parsed.success ? parsed.data : safeJson(text);
  if (!parsed.success) {
    if (format === 'json') ui.out(json({ valid: false, issues: parsed.issues }));
    else ui.out(parsed.issues.map((i) => `${SEVERITY.error} ${i.code} ${located(raw, i.path)}\n    ${i.messageZh}\n    ${i.message}`).join('\n'));
    ui.note(`${file}: 评分标准无效, ${parsed.issues.length} 个问题 / invalid rubric, ${parsed.issues.length} issue(s)`);
    return EXIT.usage;
  }
  const result = lintRubric(parsed.data);
  const errors = result.issues.filter((i) => i.severity === 'error').length;
  const warnings = result.issues.length - errors;
  if (format === 'json') ui.out(json({ valid: true, ...result }));
  else if (result.issues.length === 0) ui.out(`${file}: 无问题 clean (${parsed.data.id}@${parsed.data.version})`);
  else ui.out(result.issues.map((i) => `${SEVERITY[i.severity]} ${i.code} ${located(raw, i.path)}\n    ${i.messageZh}\n    ${i.message}`).join('\n'));
  if (result.issues.length > 0) {
    ui.note(`${file} (${parsed.data.id}@${parsed.data.version}): ${errors} 个错误, ${warnings} 个警告 / ${errors} error(s), ${warnings} warning(s)`);
  }
  return result.ok ? EXIT.ok : EXIT.rejected;
}
