import { existsSync } from 'node:fs';
import { readTextFile, lineAt, type TextFile } from '../io/text-file.js';
import type { TextEncodingName } from '../io/types.js';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { builtinRubrics, loadRubric, parseRubric, RubricValidationError, type BuiltinRubricName, type Rubric } from '../index.js';
import { UsageError } from './errors.js';
import { windowIdsOf } from './window-list.js';
import { closest } from './suggest.js';
import { safeJson, subjectAt } from './where.js';

/** Options every scoring command shares. */
export const COMMON = {
  rubric: { type: 'string', short: 'r', multiple: true },
  month: { type: 'string', short: 'm' },
  period: { type: 'string' },
  windows: { type: 'string', short: 'w' },
  inputs: { type: 'string', short: 'i' },
  format: { type: 'string', short: 'f' },
  out: { type: 'string', short: 'o' },
  encoding: { type: 'string', short: 'e' },
  'time-zone': { type: 'string' },
  strict: { type: 'boolean' },
  verbose: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

/**
 * Parses a command's arguments, turning parseArgs' errors into usage errors. An option that
 * takes one value and is given twice (`-o a -o b`, `--month 2024-03 --month=2024-04`) is a
 * usage error, not "the last wins" in silence.
 */
export function parse<O extends NonNullable<ParseArgsConfig['options']>>(args: readonly string[], options: O) {
  const parsed = usage(() => parseArgs({ args: [...args], options, allowPositionals: true, strict: true, tokens: true }));
  const given = new Map<string, string[]>();
  for (const t of parsed.tokens) {
    if (t.kind !== 'option' || t.value === undefined) continue;
    const o = options[t.name];
    if (o === undefined || o.multiple === true) continue;
    given.set(t.name, [...(given.get(t.name) ?? []), t.value]);
  }
  for (const [name, values] of given) {
    if (values.length > 1) {
      const list = values.join(', ');
      throw new UsageError(`选项 --${name} 只能给出一次 (给出了 ${values.length} 次: ${list})`, `--${name} given ${values.length} times (${list}): give it once`);
    }
  }
  return { values: parsed.values, positionals: parsed.positionals };
}

function usage<T>(run: () => T): T {
  try {
    return run();
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    throw new UsageError(`参数错误: ${msg}`, `bad arguments: ${msg}`);
  }
}

/** A rubric by built-in name or JSON file. */
export function rubricFrom(nameOrFile: string | undefined): Rubric {
  if (nameOrFile === undefined) throw new UsageError('缺少 --rubric (内置名称或 JSON 文件)', 'missing --rubric (a built-in name or a JSON file)');
  if (builtinRubrics.some((r) => r.id === nameOrFile)) return loadRubric(nameOrFile as BuiltinRubricName);
  if (!existsSync(nameOrFile) && !/[\\/.]/.test(nameOrFile)) {
    // A name, not a path: a misspelt built-in.
    const names = builtinRubrics.map((r) => r.id);
    const near = closest(nameOrFile, names);
    const hint = near === undefined ? { zh: `内置: ${names.join(', ')}`, en: `built in: ${names.join(', ')}` } : { zh: `是否要找 ${near}?`, en: `did you mean ${near}?` };
    throw new UsageError(`没有名为 ${nameOrFile} 的内置评分标准, 也没有此文件; ${hint.zh}`, `no built-in rubric or file named ${nameOrFile}; ${hint.en}`);
  }
  const text = readText(nameOrFile, '评分标准文件', 'rubric file');
  try {
    return parseRubric(text);
  } catch (e) {
    if (e instanceof RubricValidationError) {
      const i = e.issues[0]!;
      const more = e.issues.length > 1 ? { zh: ` (另有 ${e.issues.length - 1} 个问题, 用 lint 查看全部)`, en: ` (and ${e.issues.length - 1} more: run lint to see all)` } : { zh: '', en: '' };
      const s = subjectAt(safeJson(text), i.path);
      throw new UsageError(
        `评分标准无效 (${nameOrFile}): ${s === undefined ? '' : `${s.zh}, `}${i.messageZh}${more.zh}`,
        `invalid rubric (${nameOrFile}): ${s === undefined ? '' : `${s.en}, `}${i.path.join('.') || '(root)'}: ${i.message}${more.en}`,
      );
    }
    throw e;
  }
}

const ENCODINGS: readonly string[] = ['auto', 'utf-8', 'gbk', 'gb18030'];

/**
 * --encoding: the encoding of every data file the CLI reads (ledgers, -w, -i, --survey,
 * --staff, --votes; not a rubric file, which is always detected), `auto` when not given.
 */
export function encodingFrom(value: string | undefined): TextEncodingName | 'auto' {
  if (value === undefined) return 'auto';
  if (!ENCODINGS.includes(value)) {
    throw new UsageError(`不支持的编码 ${value} (可用: auto, utf-8, gbk, gb18030)`, `unsupported --encoding ${value} (use auto, utf-8, gbk, gb18030)`);
  }
  return value as TextEncodingName | 'auto';
}

/**
 * A file's text, read through the same reader as the ledgers (src/io: UTF-8 or GBK, BOM,
 * any line endings), or a usage error naming the file, and the line and reason when a line
 * cannot be decoded as it is (bad bytes, mixed encodings, U+FFFD). `encoding` is --encoding
 * (see {@link encodingFrom}; auto-detected when not given).
 */
export function readText(path: string, whatZh: string, whatEn: string, encoding?: string): string {
  return readLines(path, whatZh, whatEn, encoding).text;
}

/** A file's lines, as {@link readText} reads them. */
export function readLines(path: string, whatZh: string, whatEn: string, encoding?: string): TextFile {
  const requested = encodingFrom(encoding);
  if (!existsSync(path)) throw new UsageError(`找不到${whatZh}: ${path}`, `${whatEn} not found: ${path}`);
  let file: TextFile;
  try {
    file = readTextFile(path, requested);
  } catch (e) {
    const cause = e instanceof Error && e.cause instanceof Error ? e.cause.message : e instanceof Error ? e.message : String(e);
    throw new UsageError(`无法读取${whatZh}: ${path}`, `cannot read ${whatEn} ${path}: ${cause}`);
  }
  const bad = file.problems[0];
  if (bad !== undefined) {
    const more = file.problems.length > 1 ? { zh: ` (另有 ${file.problems.length - 1} 行)`, en: ` (and ${file.problems.length - 1} more line(s))` } : { zh: '', en: '' };
    throw new UsageError(`${whatZh}无法按原样读取 ${path}:${bad.line} ${bad.code} — ${bad.messageZh}${more.zh}`, `${whatEn} cannot be read as it is: ${path}:${bad.line} ${bad.code}: ${bad.message}${more.en}`);
  }
  return file;
}

/** --windows: a comma list, or a file with one id per line, a sheet with a 窗口 column, or a JSON array. */
export function windowsFrom(value: string | undefined, encoding?: string): string[] | undefined {
  if (value === undefined) return undefined;
  if (!existsSync(value)) return value.split(',').map((w) => w.trim()).filter((w) => w.length > 0);
  const text = readText(value, '窗口清单', 'window list', encoding);
  if (text.trimStart().startsWith('[')) return jsonFrom<string[]>(text, value);
  return windowIdsOf(text, value);
}

/** JSON from a file's text, or a usage error naming the file. */
export function jsonFrom<T>(text: string, path: string): T {
  try {
    return JSON.parse(text) as T;
  } catch (e) {
    // Where, in our own words: the engine's message differs between Node versions, and a
    // clerk reads the Chinese half.
    const at = /position (\d+)/.exec(e instanceof Error ? e.message : String(e));
    if (at === null) {
      throw new UsageError(`不是有效的 JSON: ${path} 在文件末尾 (内容不完整, 可能缺少括号或引号)`, `not valid JSON: ${path} ends too early (a missing bracket or quote?)`);
    }
    const pos = Number(at[1]);
    const line = lineAt(text, pos);
    const column = pos - Math.max(text.lastIndexOf('\n', pos - 1), text.lastIndexOf('\r', pos - 1));
    throw new UsageError(
      `不是有效的 JSON: ${path}:${line} 第 ${column} 列 (常见原因: 最后一项后多了逗号, 或缺少引号、括号)`,
      `not valid JSON: ${path}:${line}, column ${column} (often a comma after the last item, or a missing quote or bracket)`,
    );
  }
}

/** --month / --period. */
export function periodFrom(values: { month?: string | undefined; period?: string | undefined }): string {
  if (values.month !== undefined && values.period !== undefined) {
    throw new UsageError(`--month 与 --period 只能给出一个 (${values.month}, ${values.period})`, `give --month or --period, not both (${values.month}, ${values.period})`);
  }
  const p = values.month ?? values.period;
  if (p === undefined) throw new UsageError('缺少 --month YYYY-MM (或 --period YYYY)', 'missing --month YYYY-MM (or --period YYYY)');
  if (!/^\d{4}(-(0[1-9]|1[0-2]))?$/.test(p)) throw new UsageError(`月份格式应为 YYYY-MM: ${p}`, `month must be YYYY-MM: ${p}`);
  return p;
}

export type Format = 'json' | 'csv' | 'md' | 'html' | 'text' | 'xlsx';

/** --format, checked against what the command can write. */
export function formatFrom(value: string | undefined, allowed: readonly Format[], fallback: Format): Format {
  const f = (value ?? fallback) as Format;
  if (f === 'markdown' as Format) return 'md';
  if (!allowed.includes(f)) throw new UsageError(`不支持的输出格式 ${f} (可用: ${allowed.join(', ')})`, `unsupported --format ${f} (use ${allowed.join(', ')})`);
  return f;
}
