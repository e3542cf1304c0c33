import type { ParseArgsConfig } from 'node:util';
import { annualComposite, scoreYear, selectServiceStars, type MonthInputs } from '../../index.js';
import { annualBulletinHtml, annualBulletinMarkdown } from '../../report/index.js';
import { COMMON, formatFrom, parse, rubricFrom, windowsFrom } from '../args.js';
import { accounting, library, locate } from '../common.js';
import { fitSummary, windowSummary } from '../fit.js';
import { EXIT, UsageError } from '../errors.js';
import type { Sink } from '../io.js';
import { ledgerEntries } from '../ledger.js';
import { coveredMonthsFrom, refusedByMonth, warnUncovered } from '../months.js';
import { csv, json } from '../output.js';
import { surveyFrom } from '../survey.js';
import { checkSurvey } from '../survey-check.js';
import { checkInputCards, inputsFile } from '../input-values.js';
import { refuseUnknownStaffWindows, refuseUnknownVoters, staffOf } from '../stars-check.js';

export const ANNUAL_HELP = `window-scorecard annual — 年度综合评比 (月评 60% + 民主测评 40%)
The year's composite and annual red-flag windows; service stars with --staff and --votes.

用法 usage: window-scorecard annual -r <rubric> [-r <next version>…] --year YYYY --survey <file> [options] <ledger files…>

  -r, --rubric <name|file>   评分标准; 年中改版时按版本重复给出 (repeat for each version in force during the year)
      --year YYYY            年度
      --through YYYY-MM      只算到该月 (score the months up to this one)
      --months <list>        声明台账完整、确无扣分的月份, 如 2024-01..2024-03,2024-07
                             (months kept with nothing found; a month whose ledger holds no
                             accepted entry is otherwise left out of the monthly mean, with a warning)
      --survey <file>        民主测评得分: JSON {"W01": 92} 或 CSV, 首行为表头 (窗口,民主测评);
                             每个窗口一个 0-100 的数 (the survey: a header row, then a plain
                             0-100 score for every window; anything else is refused)
  -w, --windows <list|file>  全部窗口
      --inputs <file.json>   各月输入值 {"2024-03": {"W01": {"1.chief": 90}}}
      --staff <file.json>    服务明星候选: [{"personId": "张三", "windowId": "W01"}]
      --votes <file.json>    得票 {"张三": 40}; 名单外的姓名一律拒绝 (a name not on the staff list is refused)
      --centre <name>        中心名称
  -f, --format <fmt>         json (默认) | csv | md | html
  -o, --out <file>           写入文件; - 为标准输出; 不给 -f 时按扩展名定格式 (- is stdout; the extension sets the format without -f)
  -e, --encoding <enc>       所有数据文件的编码: auto (默认) | utf-8 | gbk | gb18030 (every data file's encoding)
      --verbose              列出全部退回的行 (list every refused row)
  各文件 (台账、窗口清单、测评、输入值、人员、得票) 均可为 UTF-8 或 GBK, 自动识别; -e 对它们全部适用
  (every file may be UTF-8 or GBK, detected; -e applies to all of them, not to a rubric file)`;

/** The options of annual. */
export const ANNUAL_OPTIONS = {
  ...COMMON,
  year: { type: 'string' },
  through: { type: 'string' },
  months: { type: 'string' },
  survey: { type: 'string' },
  staff: { type: 'string' },
  votes: { type: 'string' },
  centre: { type: 'string' },
} as const satisfies NonNullable<ParseArgsConfig['options']>;

export async function annual(args: readonly string[], ui: Sink): Promise<number> {
  const { values, positionals } = parse(args, ANNUAL_OPTIONS);
  if (values.help === true) {
    ui.out(ANNUAL_HELP);
    return EXIT.ok;
  }
  const year = values.year;
  if (year === undefined || !/^\d{4}$/.test(year)) throw new UsageError('缺少或无效的 --year YYYY', 'missing or bad --year YYYY');
  const versions = (values.rubric ?? []).map(rubricFrom);
  if (versions.length === 0) rubricFrom(undefined);
  const format = formatFrom(values.format, ['json', 'csv', 'md', 'html'], 'json');
  const coveredMonths = coveredMonthsFrom(values.months, year);
  const survey = await surveyFrom(values.survey, values.encoding);
  const windows = windowsFrom(values.windows, values.encoding);
  const inputsRead = inputsFile(values.inputs, undefined, values.encoding);
  const inputs = inputsRead?.json as Record<string, MonthInputs> | undefined;
  if ((values.staff === undefined) !== (values.votes === undefined)) {
    throw new UsageError('--staff 与 --votes 须一并给出 (评选服务明星需要人员名单和得票)', '--staff and --votes go together (service stars need the staff list and the votes)');
  }
  const staffRead = inputsFile(values.staff, ['人员名单', 'staff file'], values.encoding);
  const votesRead = inputsFile(values.votes, ['得票文件', 'votes file'], values.encoding);
  const staff = staffRead === undefined ? undefined : staffOf(staffRead);
  if (votesRead !== undefined && staff !== undefined) refuseUnknownVoters(ui, votesRead, staffRead!.path, staff);
  const ledger = ledgerEntries(positionals, values.encoding, ui);
  const entries: unknown[] = [];
  for await (const e of ledger.entries) entries.push(e);
  ui.done();
  const scored = await library(() =>
    scoreYear(versions, entries, {
      year,
      ...(windows === undefined ? {} : { windows }),
      ...(inputs === undefined ? {} : { inputs }),
      ...(values.through === undefined ? {} : { through: values.through }),
      ...(coveredMonths === undefined ? {} : { coveredMonths }),
      ...(values['time-zone'] === undefined ? {} : { timeZone: values['time-zone'] }),
    }),
  );
  checkInputCards(ui, scored.months, inputsRead);
  const result = await library(() => annualComposite({ months: scored.months, survey: survey.scores, ...(coveredMonths === undefined ? {} : { coveredMonths }) }));
  checkSurvey(ui, survey, result, scored.months.reduce((n, m) => n + m.counts.accepted, 0));
  if (staff !== undefined && scored.months.some((m) => m.counts.accepted > 0)) refuseUnknownStaffWindows(ui, staffRead!.path, staff, result.rows.map((r) => r.windowId));
  const stars =
    staff !== undefined && votesRead !== undefined
      ? await library(() => selectServiceStars({ annual: result, staff, votes: votesRead.json as Record<string, number> }))
      : undefined;
  const centre = values.centre ?? '政务服务中心';
  const refused = uniqueRejections(scored.months.flatMap((m) => m.rejected));
  if (format === 'json') ui.out(json({ ...result, ...(stars === undefined ? {} : { stars }), outsideSpan: scored.outsideSpan, rejected: locate(refused, ledger.where) }));
  else if (format === 'csv') {
    ui.out(csv([['名次 rank', '窗口 window', '月评均分 monthly mean', '计分月数 months', '民主测评 survey', '综合得分 composite', '入选 selected', '说明 note'],
      ...[...result.rows].sort((a, b) => (a.rank ?? 1e9) - (b.rank ?? 1e9)).map((r) => [r.rank ?? '', r.windowId, r.monthlyMean?.published ?? '', r.monthlyMean?.count ?? 0, r.survey ?? '', r.composite ?? '', r.selected ? '是' : '', r.incomplete ?? (r.disqualifiedBy.length > 0 ? 'disqualified' : '')])]));
  } else {
    const input = { centre, year, annual: result, ...(stars === undefined ? {} : { stars }) };
    ui.out(format === 'md' ? annualBulletinMarkdown(input) : annualBulletinHtml(input));
  }
  // Every entry is accepted in exactly one month of the year (its own; a void in its
  // target's), rejected (in its own month, or in all when it has no readable date), or of
  // another year.
  const rejected = refused.length;
  const accepted = scored.months.reduce((n, m) => n + m.counts.accepted, 0);
  const counts = { received: entries.length, accepted, rejected, outOfPeriod: entries.length - accepted - rejected };
  accounting(ui, counts, ledger.report, { rejected: refused, where: ledger.where, verbose: values.verbose === true });
  windowSummary(ui, scored.months);
  const allRefused = warnUncovered(ui, result.coverage, refusedByMonth(scored.months));
  ui.note(`年度红旗窗口 annual red-flag windows: ${result.selected.length} / ${result.windows}`);
  // Both checks speak before the exit: the fit of each month, then the whole ledger.
  const unfit = fitSummary(ui, scored.months, counts, true);
  if (unfit || allRefused) return EXIT.unfit;
  const left = rejected > 0 || ledger.report.problems.length > 0 || result.coverage.uncovered.length > 0;
  return values.strict === true && left ? EXIT.rejected : EXIT.ok;
}

/** Each rejected entry once (one without a readable date is rejected in every month). */
function uniqueRejections<R extends { readonly index: number }>(rejected: readonly R[]): R[] {
  const seen = new Set<number>();
  return rejected.filter((r) => !seen.has(r.index) && seen.add(r.index) !== undefined);
}
