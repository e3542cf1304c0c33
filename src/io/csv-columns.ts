import { missingColumn, unknownColumn, unreadColumn } from './problems.js';
import type { ReadProblem } from './types.js';

/** The ledger fields a CSV column can hold (`evidenceRef` fills `evidence.ref`). */
const FIELDS = ['id', 'windowId', 'clauseId', 'date', 'count', 'amount', 'personId', 'evidence', 'evidenceRef', 'recordedBy', 'note', 'voids'] as const;

/**
 * A field a CSV column fills.
 * @example const field: CsvField = 'evidenceRef';
 */
export type CsvField = (typeof FIELDS)[number];

const CHINESE: Readonly<Record<string, CsvField>> = {
  编号: 'id', 记录编号: 'id', 流水号: 'id',
  窗口: 'windowId', 窗口编号: 'windowId', 窗口名称: 'windowId', 窗口单位: 'windowId', 部门: 'windowId', 单位名称: 'windowId', 进驻单位: 'windowId',
  条款: 'clauseId', 条款编号: 'clauseId', 条款号: 'clauseId', 扣分条款: 'clauseId', 考核条款: 'clauseId',
  日期: 'date', 发生日期: 'date', 扣分日期: 'date', 记录日期: 'date', 发生时间: 'date', 时间: 'date',
  次数: 'count', 件数: 'count', 人次: 'count', 件次: 'count', 数量: 'count', 频次: 'count',
  金额: 'amount', 分值: 'amount', 扣分: 'amount', 扣分值: 'amount', 扣分分值: 'amount', 扣除分值: 'amount',
  人员: 'personId', 人员编号: 'personId', 姓名: 'personId', 人员姓名: 'personId', 工作人员: 'personId', 当事人: 'personId',
  证据: 'evidence', 评定依据: 'evidence', 依据: 'evidence', 扣分依据: 'evidence', 证据编号: 'evidenceRef', 证据号: 'evidenceRef',
  记录人: 'recordedBy', 录入人: 'recordedBy', 登记人: 'recordedBy', 备注: 'note', 说明: 'note',
  撤销: 'voids', 撤销编号: 'voids', 作废: 'voids', 作废编号: 'voids', 撤销记录: 'voids',
};

/**
 * Unknown names that look like a field whose values change a score: a count (`办件量`), an
 * amount (`扣减分`), a date (`办结日期`), voids (`冲销`). When no other column fills that
 * field, such a column is `unread-column` (its values would be lost: a 件数 of 3 counted
 * once), naming the header to use; otherwise (`录入时间` beside 日期) only `unknown-column`.
 * Person, window and clause names are not guessed: a 审核人 is no person at fault.
 */
const LOOKS_LIKE: readonly (readonly [CsvField, RegExp])[] = [
  ['voids', /作废|撤销|撤回|冲销|冲正|^void|^cancel/i],
  ['date', /(日期|时间|日|date|time|day)$/i],
  ['amount', /(分值|分数|扣分|加分|金额|分|额|amount|points?)$/i],
  ['count', /(次数|件数|数量|次|量|数|count|qty|quantity|times)$/i],
];

/**
 * CSV header names, English (the entry field names) and Chinese, and the entry field each
 * fills. Header cells are trimmed (and a BOM dropped) before they are looked up; English
 * names also match in any letter case (`WindowId`). A null-prototype object: only these
 * names are in it.
 * @example
 * CSV_HEADERS['窗口编号'] // 'windowId'
 * CSV_HEADERS['分值'] // 'amount'
 */
export const CSV_HEADERS: Readonly<Record<string, string>> = Object.freeze(
  Object.assign(Object.create(null) as Record<string, string>, Object.fromEntries(FIELDS.map((f) => [f, f])), CHINESE),
);

const LOWER = new Map<string, CsvField>(FIELDS.map((f) => [f.toLowerCase(), f]));
const ZH_NAME: Readonly<Record<string, string>> = { id: '编号', windowId: '窗口', date: '日期', voids: '撤销', count: '次数', amount: '扣分' };

/**
 * The header, read: the field of each column, `null` for a column that is ignored.
 * @example const header: CsvHeader = { line: 1, fields: ['id', null], unnamed: [false, true] };
 */
export interface CsvHeader {
  readonly line: number;
  readonly fields: readonly (CsvField | null)[];
  /** Columns without a name: a value in one makes its row a problem. */
  readonly unnamed: readonly boolean[];
}

/**
 * The field a header cell names, if any.
 * @example fieldOf(' 日期 ') // 'date'
 */
export function fieldOf(cell: string): CsvField | undefined {
  const name = cell.replace(/^\uFEFF/, '').trim();
  if (Object.hasOwn(CSV_HEADERS, name)) return CSV_HEADERS[name] as CsvField;
  return LOWER.get(name.toLowerCase());
}

/**
 * Reads the header row: the field of each column, and a note for each unknown or repeated
 * column (ignored from then on), each unknown column that looks like a count, an amount,
 * a date or voids while no column fills that field (`unread-column`, see `LOOKS_LIKE`), and
 * each required column missing (`id`, `date`, and `windowId` or `voids`).
 * @example
 * readHeader(['编号', '窗口', '日期', '颜色'], 1).problems[0].code // 'unknown-column'
 */
export function readHeader(cells: readonly string[], line: number): { header: CsvHeader; problems: ReadProblem[] } {
  const problems: ReadProblem[] = [];
  const seen = new Map<CsvField, number>();
  const unknown: [number, string][] = [];
  const fields: (CsvField | null)[] = [];
  const unnamed: boolean[] = [];
  cells.forEach((cell, i) => {
    const name = cell.replace(/^\uFEFF/, '').trim();
    const field = name === '' ? undefined : fieldOf(name);
    unnamed.push(name === '');
    if (field === undefined) {
      if (name !== '') unknown.push([i + 1, name]);
      fields.push(null);
    } else if (seen.has(field)) {
      const first = seen.get(field) ?? 0;
      problems.push(unknownColumn(line, i + 1, name, {
        en: ` here: column ${first} already fills ${field}, so this column is ignored`,
        zh: `:第${first}列已对应 ${field},本列被忽略`,
      }));
      fields.push(null);
    } else {
      seen.set(field, i + 1);
      fields.push(field);
    }
  });
  for (const [column, name] of unknown) {
    const like = LOOKS_LIKE.find(([, re]) => re.test(name))?.[0];
    if (like !== undefined && !seen.has(like)) problems.push(unreadColumn(line, column, name, like, ZH_NAME[like] ?? like));
    else problems.push(unknownColumn(line, column, name));
  }
  for (const field of ['id', 'date'] as const) if (!seen.has(field)) problems.push(missingColumn(line, field, ZH_NAME[field] ?? field));
  if (!seen.has('windowId') && !seen.has('voids')) problems.push(missingColumn(line, 'windowId (or voids)', '窗口(或撤销)'));
  return { header: { line, fields, unnamed }, problems };
}

/**
 * A CSV row as an entry: cells trimmed, empty cells left out, `count` a number when it
 * is ASCII digits within the safe integers (else kept as text, for the scorer to reject),
 * `evidence` and `evidenceRef` joined into `evidence: { source, ref }`, a date as Excel on
 * Chinese Windows writes it (`2024/3/5`) written `2024-03-05` (nothing else about dates is
 * guessed: the scorer checks them), the rest as text. The row must have one cell per column.
 * @example
 * rowToEntry(['e1', 'W01', ' 2 '], { line: 1, fields: ['id', 'windowId', 'count'], unnamed: [] })
 * // { id: 'e1', windowId: 'W01', count: 2 }
 */
export function rowToEntry(cells: readonly string[], header: CsvHeader): Record<string, unknown> {
  const entry: Record<string, unknown> = {};
  let source: string | undefined;
  let ref: string | undefined;
  header.fields.forEach((field, i) => {
    const value = (cells[i] ?? '').trim();
    if (field === null || value === '') return;
    if (field === 'count') entry['count'] = /^[0-9]+$/.test(value) && Number.isSafeInteger(Number(value)) ? Number(value) : value;
    else if (field === 'evidence') source = value;
    else if (field === 'evidenceRef') ref = value;
    else if (field === 'date') entry['date'] = excelDate(value);
    else entry[field] = value;
  });
  if (source !== undefined || ref !== undefined) {
    entry['evidence'] = { ...(source === undefined ? {} : { source }), ...(ref === undefined ? {} : { ref }) };
  }
  return entry;
}

/**
 * `2024/3/5` (Excel's short date on Chinese Windows) as `2024-03-05`; anything else as it is.
 * @example excelDate('2024/3/5') // '2024-03-05'
 */
export function excelDate(value: string): string {
  const m = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(value);
  return m === null ? value : `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
}
