import type { MonthResult } from '../../index.js';
import { monthlyBulletinHtml, monthlyBulletinMarkdown } from '../../report/index.js';
import { formatFrom } from '../args.js';
import { accounting } from '../common.js';
import { windowSummary } from '../fit.js';
import { EXIT, UsageError } from '../errors.js';
import type { Sink } from '../io.js';
import { csv, json } from '../output.js';
import { scoreFromArgs, selectionNotes, selectionOf, unfitPeriod } from './score.js';

export const SELECT_HELP = `window-scorecard select — 本月红旗窗口评选
The month's red-flag windows (红旗窗口): the top N by score, ties kept whole.

用法 usage: window-scorecard select -r <rubric> --month YYYY-MM [options] <ledger files…>

  (与 score 相同的选项 the same options as score), and
      --count <n>   红旗窗口个数 (default the rubric's selection.monthly.count, 18 in red-flag-window)
  -f, --format      json (默认) | csv | md | html`;

export async function select(args: readonly string[], ui: Sink): Promise<number> {
  const run = await scoreFromArgs(args, ui, 'select');
  if (run.help) {
    ui.out(SELECT_HELP);
    return EXIT.ok;
  }
  const { values, rubric, result, ledger, declared } = run;
  if (!/^\d{4}-\d{2}$/.test(result.period)) throw new UsageError('select 需要 --month YYYY-MM', 'select needs --month YYYY-MM');
  const format = formatFrom(values.format as string | undefined, ['json', 'csv', 'md', 'html'], 'json');
  const selection = await selectionOf(rubric, result, values.count as string | undefined);
  if (selection === undefined) {
    throw new UsageError(
      `评分标准 ${rubric.id} 未规定每月红旗窗口个数, 无法评选: 请用 --count <n> 指定个数`,
      `the rubric ${rubric.id} sets no monthly red-flag count, so there is nothing to select: give one with --count <n>`,
    );
  }
  const input = { centre: (values.centre as string | undefined) ?? '政务服务中心', rubric, result: { ...result, month: result.period } as MonthResult, selection, lineOf: (i: number) => ledger.where(i)?.line };
  if (format === 'json') ui.out(json(selection));
  else if (format === 'csv') {
    const named = new Set(selection.selected);
    ui.out(csv([['名次 rank', '窗口 window', '得分 score', '并列 tied', '红旗窗口 red flag'], ...selection.ranking.map((r) => [r.rank, r.id, r.score, r.tied ? '是' : '', named.has(r.id) ? '是' : ''])]));
  } else ui.out(format === 'md' ? monthlyBulletinMarkdown(input) : monthlyBulletinHtml(input));
  accounting(ui, result.counts, ledger.report, { rejected: result.rejected, where: ledger.where, verbose: values.verbose === true });
  windowSummary(ui, [result]);
  // A month that must not be published (exit 3) gets no note that reads as a selection made.
  if (unfitPeriod(ui, result, ledger.report, declared)) return EXIT.unfit;
  selectionNotes(ui, rubric, selection);
  ui.note(`红旗窗口 red-flag windows: ${selection.selected.length} / ${selection.count}${selection.tiedAtBoundary ? ` (第 ${selection.boundary?.rank} 名并列 tie at rank ${selection.boundary?.rank})` : ''}`);
  return values.strict === true && result.counts.rejected + ledger.report.problems.length > 0 ? EXIT.rejected : EXIT.ok;
}
