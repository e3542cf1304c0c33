import { missingColumn, unknownColumn } from './problems.js';
import type { ReadProblem } from './types.js';

/** The ledger fields a CSV column can hold (`evidenceRef` fills `evidence.ref`). */
const FIELDS = ['id', 'windowId', 'clauseId', 'date', 'count', 'amount', 'personId', 'evidence', 'evidenceRef', 'recordedBy', 'note', 'voids'] as const;

/**
 * A field a CSV column fills.
 * @example const field: CsvField = 'evidenceRef';
 */
export type CsvField = (typeof FIELDS)[number];

const CHINESE: Readonly<Record<string, CsvField>> = {
  编号: 'id', 窗口: 'windowId', 窗口编号: 'windowId', 条款: 'clauseId', 条款编号: 'clauseId', 日期: 'date',
  次数: 'count', 金额: 'amount', 分值: 'amount', 扣分: 'amount', 人员: 'personId', 人员编号: 'personId',
  证据: 'evidence', 评定依据: 'evidence', 证据编号: 'evidenceRef', 记录人: 'recordedBy', 备注: 'note',
  撤销: 'voids', 撤销编号: 'voids',
};

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
const ZH_NAME: Readonly<Record<string, string>> = { id: '编号', windowId: '窗口', date: '日期', voids: '撤销' };

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
 * column (ignored from then on) and each required column missing (`id`, `date`, and
 * `windowId` or `voids`).
 * @example
 * readHeader(['编号', '窗口', '日期', '颜色'], 1).problems[0].code // 'unknown-column'
 */
export function readHeader(cells: readonly string[], line: number): { header: CsvHeader; problems: ReadProblem[] } {
  const problems: ReadProblem[] = [];
  const seen = new Map<CsvField, number>();
  const fields: (CsvField | null)[] = [];
  const unnamed: boolean[] = [];
  cells.forEach((cell, i) => {
    const name = cell.replace(/^\uFEFF/, '').trim();
    const field = name === '' ? undefined : fieldOf(name);
    unnamed.push(name === '');
    if (field === undefined) {
      if (name !== '') problems.push(unknownColumn(line, i + 1, name));
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
