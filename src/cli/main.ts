import { VERSION, WindowScorecardError } from '../index.js';
import type { ParseArgsConfig } from 'node:util';
import { parse } from './args.js';
import { annual, ANNUAL_HELP, ANNUAL_OPTIONS } from './commands/annual.js';
import { explain, EXPLAIN_HELP } from './commands/explain.js';
import { lint, LINT_HELP, LINT_OPTIONS } from './commands/lint.js';
import { rubrics, RUBRICS_HELP, RUBRICS_OPTIONS } from './commands/rubrics.js';
import { schema, SCHEMA_HELP, SCHEMA_OPTIONS } from './commands/schema.js';
import { score, SCORE_HELP, SCORE_OPTIONS } from './commands/score.js';
import { select, SELECT_HELP } from './commands/select.js';
import { EXIT, UsageError } from './errors.js';
import { sink, type Sink } from './io.js';
import { hold } from './held.js';
import { checkOut, toFile } from './out.js';
import { formatForOut } from './out-format.js';
import { refuseOutOntoInput } from './same-file.js';

type Command = { run: (args: readonly string[], ui: Sink) => number | Promise<number>; help: string; options: NonNullable<ParseArgsConfig['options']> };

const COMMANDS: Record<string, Command> = {
  score: { run: score, help: SCORE_HELP, options: SCORE_OPTIONS },
  select: { run: select, help: SELECT_HELP, options: SCORE_OPTIONS },
  annual: { run: annual, help: ANNUAL_HELP, options: ANNUAL_OPTIONS },
  explain: { run: explain, help: EXPLAIN_HELP, options: SCORE_OPTIONS },
  lint: { run: lint, help: LINT_HELP, options: LINT_OPTIONS },
  schema: { run: schema, help: SCHEMA_HELP, options: SCHEMA_OPTIONS },
  rubrics: { run: rubrics, help: RUBRICS_HELP, options: RUBRICS_OPTIONS },
};

export const HELP = `window-scorecard ${VERSION} — 政务服务中心窗口考评 (service-window scorecards)

用法 usage: window-scorecard <command> [options]

  score     计算月度 (或年度) 成绩 score a month (or a year) of ledger files
  select    本月红旗窗口 the month's red-flag windows
  annual    年度综合评比 the year's composite and annual red-flag windows
  explain   一个窗口的扣分说明 one window's card in Chinese
  lint      检查评分标准文件 check a rubric file
  schema    打印 JSON Schema print the rubric (or --ledger) JSON Schema
  rubrics   内置评分标准, 或一个评分标准的全部条款 the built-in rubrics, or every clause of one

window-scorecard <command> --help 查看各命令选项 for each command's options.
退出码 exit codes: 0 成功 ok, 1 有退回记录 (--strict) entries rejected, 2 参数或输入错误 bad usage or unreadable input,
  3 台账与评分标准不符、无一记录计入或该月没有任何记录 the ledger does not fit the rubric, no entry was accepted,
    or the month has no entry at all (--months declares it clean); 退出码 3 时不输出任何结果 exit 3 writes no result.
-o <file> 不能是任一输入文件 (must not be an input); -o - 为标准输出 (is stdout); 不给 -f 时按 -o 的扩展名
  (.json .csv .md .html .xlsx) 确定格式, 与 -f 矛盾时拒绝 (without -f the extension sets the format; a contradiction is refused).`;

/** Runs the command line; returns the exit code. */
export async function main(argv: readonly string[], ui: Sink = sink(undefined)): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    ui.out(HELP);
    return EXIT.ok;
  }
  if (command === '--version' || command === '-v') {
    ui.out(VERSION);
    return EXIT.ok;
  }
  const c = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (c === undefined) {
    ui.note(`错误 error: 未知命令 ${command} / unknown command ${command} (window-scorecard --help)`);
    return EXIT.usage;
  }
  try {
    // --out is read with the command's own options, so -oFILE, --out=FILE and -o FILE
    // all name the file written; a repeated -o is refused by parse. `-o -` is stdout.
    const { values, positionals } = parse(rest, c.options);
    const given = outOf(values);
    const out = given === '-' ? undefined : given;
    let args = rest;
    let inferred: string | undefined;
    if (out !== undefined) {
      checkOut(out);
      refuseOutOntoInput(out, values, positionals, command === 'lint' ? { zh: '评分标准文件', en: 'rubric file' } : { zh: '台账文件', en: 'ledger file' });
      const f = Object.hasOwn(c.options, 'format') ? formatForOut(out, typeof values['format'] === 'string' ? values['format'] : undefined) : undefined;
      if (f?.inferred === true) {
        inferred = f.format;
        args = [...rest, `--format=${f.format}`];
      }
    }
    // The output is held until the command has finished: a run that ends unfit (exit 3)
    // or in an error writes nothing, neither at --out nor on stdout.
    const held = hold(ui);
    const code = await runInferred(() => c.run(args, held), out, inferred);
    if (code === EXIT.unfit) {
      if (held.holds()) {
        ui.note(out === undefined ? '未输出任何结果 (退出码 3) / no result printed (exit 3)' : `未写入 ${out} (退出码 3) / ${out} not written (exit 3)`);
      }
      return code;
    }
    if (out === undefined) {
      held.release(ui);
      return code;
    }
    const file = toFile(ui, out);
    held.release(file);
    const written = file.written();
    if (written !== undefined) {
      const folder = written.createdFolder === undefined ? '' : ` (新建文件夹 created folder ${written.createdFolder})`;
      ui.note(`已写入 written: ${written.path}${folder}`);
    }
    return code;
  } catch (e) {
    if (e instanceof UsageError) ui.note(`错误 error: ${e.zh} / ${e.en}`);
    else if (e instanceof WindowScorecardError) ui.note(`错误 error: ${e.message}`);
    else ui.note(`错误 error: 内部错误 internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    return EXIT.usage;
  }
}

/**
 * Runs a command whose --format was inferred from the extension of --out; a format the
 * command cannot write is then refused naming the extension it came from.
 */
async function runInferred(run: () => number | Promise<number>, out: string | undefined, inferred: string | undefined): Promise<number> {
  try {
    return await run();
  } catch (e) {
    if (inferred === undefined || out === undefined || !(e instanceof UsageError) || !e.zh.startsWith('不支持的输出格式')) throw e;
    throw new UsageError(`${e.zh}; 格式 ${inferred} 由输出文件 ${out} 的扩展名推断, 请用 -f 指定`, `${e.en}; the format ${inferred} was inferred from the extension of --out ${out}: give one with -f`);
  }
}

/** The --out value of parsed options, if any. */
function outOf(values: Record<string, unknown>): string | undefined {
  const v = values['out'];
  return typeof v === 'string' ? v : undefined;
}

const invokedDirectly = process.argv[1] !== undefined && /(?:^|[\\/])(?:cli\.(?:js|ts|mjs)|window-scorecard)$/.test(process.argv[1]);
if (invokedDirectly) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
