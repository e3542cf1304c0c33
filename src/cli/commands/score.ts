import type { ParseArgsConfig } from 'node:util';
import {
  scorePeriodAsync,
  scorePeriodBounded,
  selectMonthly,
  type MonthlySelection,
  type MonthResult,
  type PeriodResult,
  type Rubric,
} from '../../index.js';
import { monthlyBulletinHtml, monthlyBulletinMarkdown } from '../../report/index.js';
import { COMMON, formatFrom, parse, periodFrom, rubricFrom, windowsFrom, type Format } from '../args.js';
import { accounting, inputsFrom, library } from '../common.js';
import { EXIT, UsageError } from '../errors.js';
import type { Sink } from '../io.js';
import { ledgerEntries } from '../ledger.js';
import { expectedRecords } from '../../io/score-file.js';
import { cardsCsv, json } from '../output.js';

export const SCORE_HELP = `window-scorecard score — 按评分标准计算一个月 (或一年) 的窗口成绩
Score a month (or a year) of ledger files against a rubric.

用法 usage: window-scorecard score -r <rubric> --month YYYY-MM [options] <ledger files…>

  -r, --rubric <name|file>   内置评分标准名称或 JSON 文件 (built-in name or rubric JSON file)
  -m, --month YYYY-MM        月份 (or --period YYYY for a year)
  -w, --windows <list|file>  全部窗口: 逗号分隔或每行一个 (all windows: comma list or a file, one per line)
  -i, --inputs <file.json>   输入值, 如基础分 ({"W01": {"1.chief": 90}})
  -f, --format <fmt>         json (默认) | csv | md | html | xlsx
  -o, --out <file>           写入文件 (default stdout; xlsx needs --out)
  -e, --encoding <enc>       auto (默认) | utf-8 | gbk | gb18030
      --centre <name>        通报中的中心名称 (centre name for md / html / xlsx)
      --count <n>            红旗窗口个数 (red-flag count; default the rubric's)
      --time-zone <zone>     默认 Asia/Shanghai
      --bounded              大文件: 读两遍, 内存不随条数增长; 明细中不列条目编号 (huge ledgers: two reads,
                             memory that does not grow with entries; no entry ids in the trace)
      --strict               有退回记录或无法读取的行时以 1 退出 (exit 1 when entries are rejected)
  -h, --help

台账文件 ledger files: .csv (UTF-8 或 GBK, 中文或英文表头), .ndjson / .jsonl, .json.
退出码 exit codes: 0 成功 ok, 1 有退回 (--strict), 2 参数或输入错误 bad usage or unreadable input.`;

/** The options of score, select and explain. */
export const SCORE_OPTIONS = {
  ...COMMON,
  centre: { type: 'string' },
  count: { type: 'string' },
  window: { type: 'string' },
  person: { type: 'string' },
  bounded: { type: 'boolean' },
} as const satisfies NonNullable<ParseArgsConfig['options']>;

/** Reads the ledger and scores it; shared by score, select and explain. */
export async function scoreFromArgs(args: readonly string[], ui: Sink, command: 'score' | 'select' | 'explain') {
  const { values, positionals } = parse(args, SCORE_OPTIONS);
  if (values.help === true) return { help: true as const, values };
  if (command !== 'explain' && (values.window !== undefined || values.person !== undefined)) {
    throw new UsageError('--window / --person 只用于 explain 命令', '--window / --person are options of explain');
  }
  if ((values.rubric?.length ?? 0) > 1) {
    const list = values.rubric!.join(', ');
    throw new UsageError(`${command} 只接受一个 --rubric (给出了 ${list}; 年中改版请用 annual)`, `${command} takes one --rubric (given ${list}; annual takes one per version)`);
  }
  const rubric = rubricFrom(values.rubric?.[0]);
  const period = periodFrom(values);
  const windows = windowsFrom(values.windows as string | undefined);
  const inputs = inputsFrom(values.inputs as string | undefined);
  const bounded = values.bounded === true;
  const ledger = ledgerEntries(positionals, values.encoding as string | undefined, ui, !bounded);
  const options = {
    period,
    ...(windows === undefined ? {} : { windows }),
    ...(inputs === undefined ? {} : { inputs }),
    ...(values['time-zone'] === undefined ? {} : { timeZone: values['time-zone'] as string }),
  };
  const result = await library(async () =>
    bounded
      ? scorePeriodBounded(rubric, (pass) => (pass === 1 ? ledger.entries : ledger.again()), {
          ...options,
          expectedEntries: (await Promise.all(positionals.map(expectedRecords))).reduce((a, b) => a + b, 0),
        })
      : scorePeriodAsync(rubric, ledger.entries, options),
  );
  ui.done();
  return { help: false as const, values, rubric, period, result, ledger };
}

/** The month's selection for bulletins: the rubric's count, or --count, or none. */
export async function selectionOf(rubric: Rubric, result: PeriodResult, count: string | undefined): Promise<MonthlySelection> {
  // Digits only: Number('') is 0, Number('1e1') is 10, Number(' 5') is 5.
  const n = count === undefined ? (rubric.selection?.monthly?.count ?? 0) : /^\d+$/.test(count) ? Number(count) : NaN;
  if (!Number.isSafeInteger(n) || n < 0) throw new UsageError(`--count 应为非负整数: ${count}`, `--count must be a whole number: ${count}`);
  return library(() => selectMonthly({ ...result, month: result.period } as MonthResult, { count: n }));
}

export async function score(args: readonly string[], ui: Sink): Promise<number> {
  const run = await scoreFromArgs(args, ui, 'score');
  if (run.help) {
    ui.out(SCORE_HELP);
    return EXIT.ok;
  }
  const { values, rubric, result, ledger } = run;
  const monthly = /^\d{4}-\d{2}$/.test(result.period);
  const format: Format = formatFrom(values.format as string | undefined, monthly ? ['json', 'csv', 'md', 'html', 'xlsx'] : ['json', 'csv'], 'json');
  const centre = (values.centre as string | undefined) ?? '政务服务中心';
  const lineOf = (i: number) => ledger.where(i)?.line;
  if (format === 'json') ui.out(json({ ...result, read: { files: ledger.report.files, entries: ledger.report.entries, problems: ledger.report.problems } }));
  else {
    const selection = monthly ? await selectionOf(rubric, result, values.count as string | undefined) : undefined;
    if (format === 'csv') ui.out(cardsCsv(result, selection));
    else {
      const input = { centre, rubric, result: { ...result, month: result.period } as MonthResult, selection: selection!, lineOf };
      if (format === 'md') ui.out(monthlyBulletinMarkdown(input));
      else if (format === 'html') ui.out(monthlyBulletinHtml(input));
      else {
        if (values.out === undefined) throw new UsageError('xlsx 输出需要 --out 文件', 'xlsx output needs --out <file>');
        const { bulletinWorkbook } = await import('../../report/xlsx.js');
        ui.out(await bulletinWorkbook(input));
      }
    }
  }
  accounting(ui, result.counts, ledger.report);
  const rejected = result.counts.rejected + ledger.report.problems.length;
  return values.strict === true && rejected > 0 ? EXIT.rejected : EXIT.ok;
}
