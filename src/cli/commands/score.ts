import type { ParseArgsConfig } from 'node:util';
import {
  scorePeriodAsync,
  scorePeriodBounded,
  selectMonthly,
  type MonthlySelection,
  type MonthResult,
  type MonthInputs,
  type PeriodResult,
  type Rubric,
} from '../../index.js';
import { monthlyBulletinHtml, monthlyBulletinMarkdown, nearlyAllNamed } from '../../report/index.js';
import { COMMON, formatFrom, parse, periodFrom, rubricFrom, windowsFrom, type Format } from '../args.js';
import { accounting, citedIndex, library, locate, unreadableOf } from '../common.js';
import { checkInputCards, inputsFile } from '../input-values.js';
import { fitSummary, windowSummary } from '../fit.js';
import { EXIT, UsageError } from '../errors.js';
import type { Sink } from '../io.js';
import { ledgerEntries, type ReadReport } from '../ledger.js';
import { declaredClean, emptyPeriod } from '../months.js';
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
  -o, --out <file>           写入文件 (default stdout; xlsx needs --out); - 为标准输出 (- is stdout);
                             不给 -f 时按扩展名定格式 (.json .csv .md .html .xlsx set the format when -f is not given)
  -e, --encoding <enc>       所有数据文件的编码 (台账, -w, -i): auto (默认) | utf-8 | gbk | gb18030
                             (encoding of every data file read; a rubric file is always detected)
      --centre <name>        通报中的中心名称 (centre name for md / html / xlsx)
      --count <n>            红旗窗口个数 (red-flag count; default the rubric's)
      --time-zone <zone>     默认 Asia/Shanghai
      --months <list>        声明确无扣分的月份: 台账中没有该月记录时按无扣分计分 (否则退出码 3), 如 2024-03
                             (months declared clean: a period with no ledger entry is otherwise refused, exit 3)
      --bounded              大文件: 读两遍, 内存不随条数增长; 明细中不列条目编号 (huge ledgers: two reads,
                             memory that does not grow with entries; no entry ids in the trace)
      --strict               有退回记录或无法读取的行时以 1 退出 (exit 1 when entries are rejected)
      --verbose              列出全部退回的行 (默认前 20 条) (list every refused row, not only the first 20)
  -h, --help

台账文件 ledger files: .csv (UTF-8 或 GBK, 中文或英文表头), .ndjson / .jsonl, .json.
退出码 exit codes: 0 成功 ok, 1 有退回 (--strict), 2 参数或输入错误 bad usage or unreadable input,
  3 台账与评分标准不符 (过半记录的条款编号不在标准中) 或无一记录计入 the ledger does not fit the rubric
    (more than half of the month's entries name unknown clauses) or no entry was accepted.`;

/** The options of score, select and explain. */
export const SCORE_OPTIONS = {
  ...COMMON,
  centre: { type: 'string' },
  count: { type: 'string' },
  window: { type: 'string' },
  person: { type: 'string' },
  bounded: { type: 'boolean' },
  months: { type: 'string' },
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
  const declared = declaredClean(values.months, period);
  const windows = windowsFrom(values.windows as string | undefined, values.encoding as string | undefined);
  const inputsRead = inputsFile(values.inputs as string | undefined, undefined, values.encoding as string | undefined);
  const inputs = inputsRead?.json as MonthInputs | undefined;
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
  if (bounded) await ledger.locate(result.rejected.flatMap((r) => [r.index, citedIndex(r) ?? r.index]));
  ui.done();
  checkInputCards(ui, [{ cards: result.cards }], inputsRead);
  return { help: false as const, values, rubric, period, result, ledger, declared };
}

/**
 * Whether score, select and explain must exit 3: the ledger does not fit the rubric, no
 * entry was accepted, or the period has no entry at all and was not declared clean.
 */
export function unfitPeriod(ui: Sink, result: PeriodResult, read: ReadReport, declared: boolean): boolean {
  const empty = emptyPeriod(ui, result.period, result.counts, unreadableOf(read), declared);
  // An empty period is said once; a declared one is not "nothing accepted".
  const none = result.counts.accepted + result.counts.rejected === 0;
  return (none ? fitSummary(ui, [result], { ...result.counts, received: 0 }) : fitSummary(ui, [result], result.counts)) || empty;
}

/**
 * The month's selection for bulletins: --count, or the rubric's count; undefined when
 * neither states one (no selection took place, and the bulletin says so).
 */
export async function selectionOf(rubric: Rubric, result: PeriodResult, count: string | undefined): Promise<MonthlySelection | undefined> {
  // Digits only: Number('') is 0, Number('1e1') is 10, Number(' 5') is 5.
  const n = count === undefined ? rubric.selection?.monthly?.count : /^\d+$/.test(count) ? Number(count) : NaN;
  if (n === undefined) return undefined;
  if (!Number.isSafeInteger(n) || n < 0) throw new UsageError(`--count 应为非负整数: ${count}`, `--count must be a whole number: ${count}`);
  return library(() => selectMonthly({ ...result, month: result.period } as MonthResult, { count: n }));
}

/** Notes on the selection a bulletin states: none made (and how to make one), or one naming nearly every window. */
export function selectionNotes(ui: Sink, rubric: Rubric, selection: MonthlySelection | undefined): void {
  if (selection === undefined) {
    ui.note(`提示 note: 评分标准 ${rubric.id} 未规定每月红旗窗口个数, 本次不评选红旗窗口; 如需评选, 用 --count <n> 指定个数`);
    ui.note(`note: the rubric ${rubric.id} sets no monthly red-flag count, so no red-flag windows are named; give one with --count <n>`);
    return;
  }
  const n = nearlyAllNamed(selection);
  if (n === undefined) return;
  ui.note(`警告 warning: 红旗窗口 ${n.named} 个, 占参加排名的 ${n.of} 个窗口的八成以上 (评选个数 ${selection.count}); 请核对个数是否适合本中心, 可用 --count <n> 指定`);
  ui.note(`warning: ${n.named} of the ${n.of} ranked windows are named red-flag windows (count ${selection.count}): check that the count fits this centre, or give one with --count <n>`);
}

export async function score(args: readonly string[], ui: Sink): Promise<number> {
  const run = await scoreFromArgs(args, ui, 'score');
  if (run.help) {
    ui.out(SCORE_HELP);
    return EXIT.ok;
  }
  const { values, rubric, result, ledger, declared } = run;
  const monthly = /^\d{4}-\d{2}$/.test(result.period);
  const format: Format = formatFrom(values.format as string | undefined, monthly ? ['json', 'csv', 'md', 'html', 'xlsx'] : ['json', 'csv'], 'json');
  const centre = (values.centre as string | undefined) ?? '政务服务中心';
  const lineOf = (i: number) => ledger.where(i)?.line;
  let notes: (() => void) | undefined;
  if (format === 'json') ui.out(json({ ...result, rejected: locate(result.rejected, ledger.where), read: { files: ledger.report.files, entries: ledger.report.entries, problems: ledger.report.problems } }));
  else {
    const selection = monthly ? await selectionOf(rubric, result, values.count as string | undefined) : undefined;
    // No count: the CSV still ranks the windows, but has no red-flag column.
    if (format === 'csv') ui.out(monthly && selection === undefined ? cardsCsv(result, await selectionOf(rubric, result, '0'), false) : cardsCsv(result, selection));
    else {
      const input = { centre, rubric, result: { ...result, month: result.period } as MonthResult, ...(selection === undefined ? {} : { selection }), lineOf };
      if (format === 'md') ui.out(monthlyBulletinMarkdown(input));
      else if (format === 'html') ui.out(monthlyBulletinHtml(input));
      else {
        if (values.out === undefined || values.out === '-') throw new UsageError('xlsx 输出需要 --out 文件', 'xlsx output needs --out <file>');
        const { bulletinWorkbook } = await import('../../report/xlsx.js');
        ui.out(await bulletinWorkbook(input));
      }
    }
    if (monthly) notes = () => selectionNotes(ui, rubric, selection);
  }
  accounting(ui, result.counts, ledger.report, { rejected: result.rejected, where: ledger.where, verbose: values.verbose === true });
  windowSummary(ui, [result]);
  // A month that must not be published (exit 3) gets no note that reads as a selection made.
  if (unfitPeriod(ui, result, ledger.report, declared)) return EXIT.unfit;
  notes?.();
  const rejected = result.counts.rejected + ledger.report.problems.length;
  return values.strict === true && rejected > 0 ? EXIT.rejected : EXIT.ok;
}
