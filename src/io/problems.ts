import type { Help } from '../errors/messages.js';
import type { PhysicalLine } from './lines.js';
import type { ReadProblem, ReadProblemCode } from './types.js';

/**
 * Every code a read problem can carry.
 * @example READ_PROBLEM_CODES.includes('too-long') // true
 */
export const READ_PROBLEM_CODES: readonly ReadProblemCode[] = [
  'bad-json',
  'not-an-object',
  'bad-csv',
  'unknown-column',
  'missing-column',
  'unread-column',
  'bad-encoding',
  'mixed-encoding',
  'too-long',
];

/**
 * Every read problem code, explained with the fix, in English and Chinese.
 * @example READ_PROBLEM_HELP['bad-encoding'].zh // '该行含有不符合文件编码的字节 …'
 */
export const READ_PROBLEM_HELP: { readonly [C in ReadProblemCode]: Help } = {
  'bad-json': { en: 'Write one JSON object per line, strings in double quotes, no trailing commas.', zh: '请每行写一个 JSON 对象,字符串用双引号,末尾不要多余的逗号。' },
  'not-an-object': { en: 'Write each entry as an object: { "id": …, "windowId": …, "clauseId": …, "date": … }.', zh: '每条记录应写成对象:{ "id": …, "windowId": …, "clauseId": …, "date": … }。' },
  'bad-csv': { en: 'Give the row one cell per header column, and close every opening quote.', zh: '请使该行每个表头列各有一个单元格,并闭合所有引号。' },
  'unknown-column': { en: 'Rename the column to a ledger field (id, windowId, clauseId, date, … or 编号, 窗口, 条款, 日期, …) or delete it; its values were not read.', zh: '请将该列改为台账字段名(编号、窗口、条款、日期……)或删除该列;该列内容未被读取。' },
  'missing-column': { en: 'Add the column to the header row; without it every entry is rejected.', zh: '请在表头中补上该列;缺少此列时所有记录都将被拒绝。' },
  'unread-column': { en: 'Rename the column to the ledger name it means (次数 for a count, 扣分 for an amount, 日期 for a date, 撤销 for voids), or delete it if its values are not meant to count; a file with such a column is not scored.', zh: '请将该列改为其对应的台账列名(件数等改为“次数”,扣分值等改为“扣分”,日期改为“日期”,作废改为“撤销”),若该列内容本不应计分则删除该列;含有此类列的文件不予计分。' },
  'bad-encoding': { en: 'Save the file as UTF-8 (or read it with the right encoding, e.g. gbk), or retype the characters of that line.', zh: '请将文件另存为 UTF-8(或按正确的编码读取,如 gbk),或重新录入该行的字符。' },
  'mixed-encoding': { en: 'Save the whole file in one encoding (in Excel: Save As "CSV UTF-8"; in Notepad: Save As, encoding UTF-8) and read it again; no line of a file that mixes encodings is trusted.', zh: '请将整个文件统一保存为一种编码(Excel:另存为“CSV UTF-8”;记事本:另存为,编码选 UTF-8)后重新读取;混用编码的文件,其中的行不予采信。' },
  'too-long': { en: 'Split the line (or convert a big .json ledger to NDJSON), or check that the file is a ledger; it was not read.', zh: '请拆分该行(或将过大的 .json 台账转为 NDJSON),或检查文件是否为台账;该内容未读取。' },
};

/**
 * A problem: the line and what is wrong, then the fix of the code, in both languages.
 * @example readProblem('bad-csv', 4, 'the row has 2 cells', '该行有 2 个单元格').message
 * // 'line 4: the row has 2 cells. Give the row one cell per header column, …'
 */
export function readProblem(code: ReadProblemCode, line: number, en: string, zh: string): ReadProblem {
  const help = READ_PROBLEM_HELP[code];
  return { line, code, message: `line ${line}: ${en}. ${help.en}`, messageZh: `第${line}行:${zh}。${help.zh}` };
}

/** `(physical line 7)`, when the fault is not on the line the record starts on. */
function where(line: number, at: number): { en: string; zh: string } {
  return at === line ? { en: '', zh: '' } : { en: ` (physical line ${at})`, zh: `(第${at}行)` };
}

/**
 * A record with bytes that are not valid in the encoding, found on physical line `at`.
 * @example badEncoding(3, 3, 'utf-8').messageZh // '第3行:含有不符合 utf-8 编码的字节。…'
 */
export function badEncoding(line: number, at: number, encoding: string): ReadProblem {
  const w = where(line, at);
  return readProblem('bad-encoding', line, `bytes not valid in ${encoding}${w.en}`, `含有不符合 ${encoding} 编码的字节${w.zh}`);
}

/**
 * A record whose physical line `l` (at or after the record's first line `line`) could not
 * be decoded as the file's `encoding`: bad bytes, a line in the other encoding
 * (`mixed-encoding`, quoting the line as it reads in that encoding), or U+FFFD in the text.
 * @example lineFault(3, { line: 3, text: '住建', fault: 'mixed-encoding', readAs: 'gb18030', bytes: 4 }, 'utf-8').code // 'mixed-encoding'
 */
export function lineFault(line: number, l: PhysicalLine, encoding: string): ReadProblem {
  const w = where(line, l.line);
  const value = quoted(l.text);
  if (l.fault === 'mixed-encoding') {
    const other = l.readAs === 'utf-8' ? 'UTF-8' : 'GBK/GB18030';
    return readProblem('mixed-encoding', line,
      `the line is not ${encoding} like the rest of the file but ${other}${w.en}, where it reads ${value}: the file mixes encodings, so the line was not read`,
      `本行不是全文件所用的 ${encoding} 编码,而是 ${other}${w.zh},按其读作 ${value}:文件混用了编码,本行未读取`);
  }
  if (l.fault === 'replacement-char') {
    return readProblem('bad-encoding', line,
      `the text holds U+FFFD (\uFFFD), a character lost to a wrong encoding before the file was saved${w.en}: ${value}`,
      `文本中有 U+FFFD(\uFFFD),即保存文件之前已因编码错误而丢失的字符${w.zh}:${value}`);
  }
  return badEncoding(line, l.line, encoding);
}

/** A line's text in quotes, cut to 60 characters. */
function quoted(text: string): string {
  return `"${text.length > 60 ? `${text.slice(0, 60)}…` : text}"`;
}

/**
 * A line longer than the limit, skipped without being held in memory.
 * @example tooLong(2, 2, 17000000, MAX_LINE_BYTES).code // 'too-long'
 */
export function tooLong(line: number, at: number, bytes: number, limit: number): ReadProblem {
  const w = where(line, at);
  const mib = (n: number) => `${Math.floor(n / 1048576)} MiB`;
  return readProblem('too-long', line, `the line has ${bytes} bytes, over the limit of ${mib(limit)}${w.en}`, `该行有 ${bytes} 字节,超过 ${mib(limit)} 的上限${w.zh}`);
}

/**
 * Not JSON; `reason` is JSON.parse's.
 * @example badJson(4, 'Unexpected end of JSON input').message // 'line 4: not JSON (Unexpected end of JSON input). …'
 */
export function badJson(line: number, reason: string): ReadProblem {
  return readProblem('bad-json', line, `not JSON (${reason})`, `不是合法的 JSON(${reason})`);
}

/**
 * JSON, but not an object.
 * @example notAnObject(5, [1]).message // 'line 5: the value is an array, not an object. …'
 */
export function notAnObject(line: number, value: unknown): ReadProblem {
  const kind = value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`;
  const zh = value === null ? 'null' : Array.isArray(value) ? '数组' : typeof value === 'string' ? '字符串' : typeof value === 'number' ? '数字' : '布尔值';
  return readProblem('not-an-object', line, `the value is ${kind}, not an object`, `该值是${zh},不是对象`);
}

/**
 * A CSV row that cannot be read: `en` / `zh` say why.
 * @example badCsv(2, 'the row has 2 cells, the header has 3', '该行有 2 个单元格,表头有 3 列')
 */
export function badCsv(line: number, en: string, zh: string): ReadProblem {
  return readProblem('bad-csv', line, en, zh);
}

/**
 * A header cell that names no ledger field (or one already named), with `why` for the latter.
 * @example unknownColumn(1, 4, '颜色').messageZh // '第1行:第4列“颜色”不是台账字段。…'
 */
export function unknownColumn(line: number, column: number, name: string, why?: { en: string; zh: string }): ReadProblem {
  const en = why?.en ?? (name.includes('\uFFFD') ? ' (it has bytes not valid in the encoding: check the file\'s encoding)' : '');
  const zh = why?.zh ?? (name.includes('\uFFFD') ? '(列名含有不符合编码的字节:请检查文件编码)' : '');
  return readProblem('unknown-column', line, `column ${column} "${name}" is not a ledger field${en}`, `第${column}列“${name}”不是台账字段${zh}`);
}

/**
 * An unknown column whose name looks like a field that changes a score (a count, an amount,
 * a date, voids) while no column fills it: its values would be lost, so it is named with the
 * header to use.
 * @example unreadColumn(1, 5, '办件量', 'count', '次数').messageZh // '第1行:第5列“办件量”像是“次数”(count)列,…'
 */
export function unreadColumn(line: number, column: number, name: string, field: string, zhName: string): ReadProblem {
  return readProblem('unread-column', line,
    `column ${column} "${name}" looks like the ${field} column, but is not a name the reader knows, so its values would be lost (is it "${zhName}" / ${field}?)`,
    `第${column}列“${name}”像是“${zhName}”(${field})列,但不是已知的列名,其内容将被忽略(是否应为“${zhName}”?)`);
}

/**
 * A required column the header lacks.
 * @example missingColumn(1, 'date', '日期').message // 'line 1: the header has no date column. …'
 */
export function missingColumn(line: number, field: string, zhName: string): ReadProblem {
  return readProblem('missing-column', line, `the header has no ${field} column`, `表头缺少“${zhName}”(${field})列`);
}
