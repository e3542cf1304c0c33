import { VERSION, WindowScorecardError } from '../index.js';
import { annual, ANNUAL_HELP } from './commands/annual.js';
import { explain, EXPLAIN_HELP } from './commands/explain.js';
import { lint, LINT_HELP } from './commands/lint.js';
import { rubrics, RUBRICS_HELP } from './commands/rubrics.js';
import { schema, SCHEMA_HELP } from './commands/schema.js';
import { score, SCORE_HELP } from './commands/score.js';
import { select, SELECT_HELP } from './commands/select.js';
import { EXIT, UsageError } from './errors.js';
import { sink, type Sink } from './io.js';

const COMMANDS: Record<string, { run: (args: readonly string[], ui: Sink) => number | Promise<number>; help: string }> = {
  score: { run: score, help: SCORE_HELP },
  select: { run: select, help: SELECT_HELP },
  annual: { run: annual, help: ANNUAL_HELP },
  explain: { run: explain, help: EXPLAIN_HELP },
  lint: { run: lint, help: LINT_HELP },
  schema: { run: schema, help: SCHEMA_HELP },
  rubrics: { run: rubrics, help: RUBRICS_HELP },
};

export const HELP = `window-scorecard ${VERSION} — 政务服务中心窗口考评 (service-window scorecards)

用法 usage: window-scorecard <command> [options]

  score     计算月度 (或年度) 成绩 score a month (or a year) of ledger files
  select    本月红旗窗口 the month's red-flag windows
  annual    年度综合评比 the year's composite and annual red-flag windows
  explain   一个窗口的扣分说明 one window's card in Chinese
  lint      检查评分标准文件 check a rubric file
  schema    打印 JSON Schema print the rubric (or --ledger) JSON Schema
  rubrics   列出内置评分标准 list the built-in rubrics

window-scorecard <command> --help 查看各命令选项 for each command's options.
退出码 exit codes: 0 成功 ok, 1 有退回记录 (--strict) entries rejected, 2 参数或输入错误 bad usage or unreadable input,
  3 台账与评分标准不符或无一记录计入 the ledger does not fit the rubric, or no entry was accepted.`;

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
  const c = COMMANDS[command];
  if (c === undefined) {
    ui.note(`错误 error: 未知命令 ${command} / unknown command ${command} (window-scorecard --help)`);
    return EXIT.usage;
  }
  const out = outPath(rest);
  try {
    return await c.run(rest, out === undefined ? ui : sink(out));
  } catch (e) {
    if (e instanceof UsageError) ui.note(`错误 error: ${e.zh} / ${e.en}`);
    else if (e instanceof WindowScorecardError) ui.note(`错误 error: ${e.message}`);
    else ui.note(`错误 error: 内部错误 internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    return EXIT.usage;
  }
}

/** --out / -o, read ahead so every command writes there. */
function outPath(args: readonly string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--out' || a === '-o') return args[i + 1];
    if (a.startsWith('--out=')) return a.slice(6);
  }
  return undefined;
}

const invokedDirectly = process.argv[1] !== undefined && /(?:^|[\\/])(?:cli\.(?:js|ts|mjs)|window-scorecard)$/.test(process.argv[1]);
if (invokedDirectly) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
