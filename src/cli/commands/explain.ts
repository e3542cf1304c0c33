import { explain as explainCard } from '../../index.js';
import { closestIds } from '../../ledger/closest.js';
import { accounting } from '../common.js';
import { windowSummary } from '../fit.js';
import { EXIT, UsageError } from '../errors.js';
import type { Sink } from '../io.js';
import { scoreFromArgs, unfitPeriod } from './score.js';

export const EXPLAIN_HELP = `window-scorecard explain — 一个窗口的扣分说明 (中文)
One window's card explained in Chinese, quoting each clause and naming the ledger entries.

用法 usage: window-scorecard explain -r <rubric> --month YYYY-MM --window <id> [--person <id>] [options] <ledger files…>

  (与 score 相同的选项 the same options as score)`;

export async function explain(args: readonly string[], ui: Sink): Promise<number> {
  const run = await scoreFromArgs(args, ui, 'explain');
  if (run.help) {
    ui.out(EXPLAIN_HELP);
    return EXIT.ok;
  }
  const { values, rubric, result, ledger, declared } = run;
  const windowId = values.window;
  if (windowId === undefined) throw new UsageError('缺少 --window <窗口编号>', 'missing --window <id>');
  const person = values.person;
  const card = result.cards.find((c) => c.windowId === windowId && (person === undefined || c.personId === person));
  if (card === undefined) {
    const near = closestIds(windowId, new Set(result.cards.map((c) => c.windowId)));
    const zh = near.length === 0 ? '' : `; 是否应为 ${near.join(', ')}?`;
    const en = near.length === 0 ? '' : `; did you mean ${near.join(', ')}?`;
    throw new UsageError(`没有窗口 ${windowId} 的成绩${zh} (用 --windows 列出全部窗口)`, `no card for window ${windowId}${en} (list all windows with --windows)`);
  }
  ui.out(explainCard(card, rubric));
  accounting(ui, result.counts, ledger.report, { rejected: result.rejected, where: ledger.where, verbose: values.verbose === true });
  windowSummary(ui, [result]);
  return unfitPeriod(ui, result, ledger.report, declared) ? EXIT.unfit : EXIT.ok;
}
