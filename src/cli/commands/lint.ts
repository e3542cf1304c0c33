import { lintRubric, safeParseRubric } from '../../index.js';
import { parse, readText } from '../args.js';
import { EXIT, UsageError } from '../errors.js';
import type { Sink } from '../io.js';
import { json } from '../output.js';

export const LINT_HELP = `window-scorecard lint — 检查评分标准文件
Validate and lint a rubric file: schema issues, totals, chief points, dead clauses.

用法 usage: window-scorecard lint <rubric.json> [--format json]
退出码 exit codes: 0 无问题 clean, 1 有错误 lint errors, 2 文件无效 invalid or unreadable file`;

export function lint(args: readonly string[], ui: Sink): number {
  const { values, positionals } = parse(args, { format: { type: 'string', short: 'f' }, help: { type: 'boolean', short: 'h' } });
  if (values.help === true) {
    ui.out(LINT_HELP);
    return EXIT.ok;
  }
  const file = positionals[0];
  if (file === undefined) throw new UsageError('缺少评分标准文件', 'no rubric file given');
  const parsed = safeParseRubric(readText(file, '评分标准文件', 'rubric file'));
  if (!parsed.success) {
    if (values.format === 'json') ui.out(json({ valid: false, issues: parsed.issues }));
    else for (const i of parsed.issues) ui.out(`${i.code} ${i.path.join('.') || '(root)'}: ${i.message}\n    ${i.messageZh}`);
    ui.note(`评分标准无效 invalid rubric: ${parsed.issues.length} 个问题 issue(s)`);
    return EXIT.usage;
  }
  const result = lintRubric(parsed.data);
  if (values.format === 'json') ui.out(json({ valid: true, ...result }));
  else if (result.issues.length === 0) ui.out(`${file}: 无问题 clean (${parsed.data.id}@${parsed.data.version})`);
  else for (const i of result.issues) ui.out(`${i.severity} ${i.code} ${i.path.join('.')}: ${i.message}`);
  return result.ok ? EXIT.ok : EXIT.rejected;
}
