import { builtinRubrics } from '../../index.js';
import { parse } from '../args.js';
import { EXIT } from '../errors.js';
import type { Sink } from '../io.js';
import { json } from '../output.js';

export const RUBRICS_HELP = `window-scorecard rubrics — 列出内置评分标准
List the built-in rubrics (use the id with --rubric).

用法 usage: window-scorecard rubrics [--format json]`;

/** The options of rubrics. */
export const RUBRICS_OPTIONS = { format: { type: 'string', short: 'f' }, out: { type: 'string', short: 'o' }, help: { type: 'boolean', short: 'h' } } as const;

export function rubrics(args: readonly string[], ui: Sink): number {
  const { values } = parse(args, RUBRICS_OPTIONS);
  if (values.help === true) ui.out(RUBRICS_HELP);
  else if (values.format === 'json') ui.out(json(builtinRubrics));
  else {
    ui.out(
      builtinRubrics
        .map((r) => `${r.id.padEnd(24)} ${r.total.padStart(5)} 分 ${String(r.clauses).padStart(3)} 条  ${r.title}${r.truncated ? ' (原文不全 source truncated)' : ''}${r.template ? ' (模板 template)' : ''}`)
        .join('\n'),
    );
  }
  return EXIT.ok;
}
