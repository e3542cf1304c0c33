import type { RejectionCode } from '../ledger/entry.js';
import type { RubricIssueCode } from '../rubric/issues.js';

/** What a code means and how to fix it, in English and Chinese. */
export interface Help {
  readonly en: string;
  readonly zh: string;
}

/**
 * Every ledger rejection code, explained with the fix, in English and Chinese.
 * @example REJECTION_HELP['bad-date'].zh // '日期须为 YYYY-MM-DD 或带时区的 ISO 日期时间 …'
 */
export const REJECTION_HELP: { readonly [C in RejectionCode]: Help } = {
  'invalid-shape': { en: 'Not an object, a required field missing, or a field of the wrong type: supply the field in the right type.', zh: '记录不是对象、缺少必填字段或字段类型不对:请按所指字段补全或更正类型。' },
  'unknown-field': { en: 'A field the ledger format does not have (often a misspelling): rename or remove it.', zh: '台账格式中没有此字段(多为拼写错误):请改正字段名或删除。' },
  'invalid-id': { en: 'An id that is empty, padded with spaces, over 200 characters or not in Unicode NFC: clean the id.', zh: '编号为空、首尾有空格、超过200个字符或不是 Unicode NFC 形式:请规范编号。' },
  'unknown-clause': { en: 'clauseId is not in the rubric: use a clause id of the rubric (or the rubric version in force).', zh: '条款编号不在评分标准中:请使用评分标准(或当时施行版本)中的条款编号。' },
  'not-a-ledger-clause': { en: 'The clause is an input (such as 基础分): pass its value in options.inputs, not as an entry.', zh: '该条款是输入项(如基础分):请在 inputs 中提供数值,不要作为台账记录。' },
  'person-required': { en: 'The rubric scores people: give personId.', zh: '该评分标准按人员计分:请填写人员 (personId)。' },
  'unknown-window': { en: 'windowId is not among the declared windows (windows / people, -w): correct the window id (the message names the closest declared ones), or add the window to the list.', zh: '窗口不在窗口清单 (windows / people, -w) 中:请更正窗口编号 (提示中列出最接近的已列窗口), 或把该窗口加入清单。' },
  'unknown-person': { en: 'personId is not among the people declared at that window (people): correct the person (the message names the closest declared ones), or add the person to the list.', zh: '人员不在该窗口的人员名单 (people) 中:请更正人员 (提示中列出最接近的已列人员), 或把该人员加入名单。' },
  'bad-date': { en: 'The date must be YYYY-MM-DD or an ISO date-time with an offset (Z, +08:00), and a real day: correct it.', zh: '日期须为 YYYY-MM-DD 或带时区的 ISO 日期时间(Z、+08:00),且须为真实日期:请更正。' },
  'bad-count': { en: 'count must be a whole number from 1 to 9007199254740991: correct it, or leave it out for 1.', zh: '次数须为 1 到 9007199254740991 的整数:请更正;为 1 时可不填。' },
  'count-not-allowed': { en: 'External clauses take the points in amount, not a count: move the value to amount.', zh: '外部扣分条款以金额(分值)记录,不填次数:请把数值填入 amount。' },
  'bad-amount': { en: 'amount must be a non-negative decimal (a number or a string such as "1.5"): correct it.', zh: '分值须为非负十进制数(数字或如 "1.5" 的字符串):请更正。' },
  'amount-required': { en: 'External clauses need amount, the points decided by the other system: add it.', zh: '外部扣分条款须填写分值 (amount),即外部系统确定的扣分:请补填。' },
  'amount-not-allowed': { en: 'Only external clauses take an amount; this clause\'s points come from the rubric: remove amount.', zh: '只有外部扣分条款填写分值;本条款分值由评分标准规定:请删除 amount。' },
  'duplicate-id': { en: 'An exact repeat of an earlier entry: it is counted once; remove the copy.', zh: '与前一条记录完全相同:只计一次;请删除重复记录。' },
  'conflicting-id': { en: 'Different entries share this id, so none of them counts: give each entry its own id.', zh: '不同记录使用同一编号,均不计入:请为每条记录分配唯一编号。' },
  'unknown-void-target': { en: 'voids names no accepted entry: check the id of the entry to cancel.', zh: '撤销对象不是有效记录:请核对要撤销的记录编号。' },
  'invalid-void-target': { en: 'A void cannot cancel a void or itself: record a new finding instead.', zh: '撤销记录不能撤销另一条撤销记录或其本身:请另行录入新记录。' },
  'void-mismatch': { en: 'The void\'s windowId / clauseId differ from the entry it cancels: correct them or leave them out.', zh: '撤销记录的窗口或条款与被撤销记录不一致:请更正或不填。' },
  'already-voided': { en: 'The entry is already cancelled by another void (the one with the smaller id): remove this void.', zh: '该记录已被另一条撤销记录(编号较小者)撤销:请删除本条撤销记录。' },
};

/**
 * Every rubric issue code, explained with the fix, in English and Chinese.
 * @example RUBRIC_ISSUE_HELP['duplicate-id'].en // 'Two categories, sections or clauses share an id: …'
 */
export const RUBRIC_ISSUE_HELP: { readonly [C in RubricIssueCode]: Help } = {
  'invalid-json': { en: 'The text is not JSON: fix the syntax at the position given.', zh: '文本不是合法的 JSON:请按提示位置更正语法。' },
  'invalid-type': { en: 'A field has the wrong type: use the type the format asks for.', zh: '字段类型不对:请按格式要求的类型填写。' },
  'missing-field': { en: 'A required field is missing: add it.', zh: '缺少必填字段:请补上。' },
  'unknown-field': { en: 'A field the format does not have (often a misspelling): rename or remove it.', zh: '格式中没有此字段(多为拼写错误):请改正字段名或删除。' },
  'unknown-kind': { en: 'An unknown clause kind: use per-occurrence, flat, threshold, quota, external, veto, bonus, input, record or overflow.', zh: '未知的条款类型:请使用 per-occurrence、flat、threshold、quota、external、veto、bonus、input、record 或 overflow。' },
  'invalid-value': { en: 'A value the format does not allow (a decimal written wrongly, a ratio outside 0-1 …): correct it.', zh: '取值不符合格式(十进制数写法不对、比例不在 0-1 之间等):请更正。' },
  'invalid-format': { en: 'A text in the wrong format (a date that is not a real YYYY-MM-DD …): correct it.', zh: '文本格式不对(如日期不是真实的 YYYY-MM-DD):请更正。' },
  'too-small': { en: 'A value below its minimum (a negative point value, an empty list …): raise it.', zh: '取值低于下限(如负分值、空列表):请更正。' },
  'too-big': { en: 'A value above its maximum (a ratio over 1 …): lower it.', zh: '取值超过上限(如比例大于1):请更正。' },
  'duplicate-id': { en: 'Two categories, sections or clauses share an id: make every id unique.', zh: '类别、部分或条款编号重复:请确保每个编号唯一。' },
  'unknown-section': { en: 'A category or veto names a section the rubric does not have (or one is missing): fix the section id.', zh: '类别或否决条款引用了不存在的部分(或缺少部分):请更正部分编号。' },
  'unknown-clause': { en: 'A rate, flag or overflow clause names a clause the rubric does not have: fix the clause id.', zh: '比率、标记或超限条款引用了不存在的条款:请更正条款编号。' },
  'mixed-input-category': { en: 'A category with input clauses must hold only input clauses and have a max: split the category.', zh: '含输入项的类别只能包含输入项并须有满分:请拆分该类别。' },
  'date-order': { en: 'effectiveTo is before effectiveFrom: correct the dates.', zh: '失效日期早于生效日期:请更正日期。' },
};

const FIELDS_ZH: Readonly<Record<string, string>> = {
  id: '编号', windowId: '窗口', clauseId: '条款', date: '日期', count: '次数', amount: '分值', personId: '人员',
  evidence: '评定依据', recordedBy: '记录人', note: '备注', voids: '撤销对象',
};

/** The Chinese message of a rejection: the field, then what to do. */
export function rejectionZh(code: RejectionCode, path: readonly string[]): string {
  const field = path[0];
  const key = `${code}\u0000${field ?? ''}`;
  let text = zhMessages.get(key);
  if (text === undefined) {
    const name = field === undefined ? '记录' : `${FIELDS_ZH[field] ?? field} (${field})`;
    text = `${name}: ${REJECTION_HELP[code].zh}`;
    // One string per code and field, shared by every rejection that has them (a ledger can have 10^5 rejections).
    if (zhMessages.size < 4096) zhMessages.set(key, text);
  }
  return text;
}

const zhMessages = new Map<string, string>();

/**
 * The Chinese message of a rejection that names what was found: the field, the value at
 * fault (as the English message shows it), then the fix. Built when a rejection is made,
 * never for an accepted entry.
 * @example rejectionZhFound('bad-count', ['count'], '实为 "x"') // '次数 (count): 实为 "x"。次数须为 1 到 …'
 */
export function rejectionZhFound(code: RejectionCode, path: readonly string[], found: string): string {
  const field = path[0] ?? '';
  let name = fieldNames.get(field);
  if (name === undefined) {
    name = field === '' ? '记录: ' : `${FIELDS_ZH[field] ?? field} (${field}): `;
    if (fieldNames.size < 256) fieldNames.set(field, name);
  }
  return name + found + '。' + REJECTION_HELP[code].zh;
}

/** `条款 (clauseId): `, one string per field. */
const fieldNames = new Map<string, string>();

/** The Chinese message of a rubric issue: where, what was found (naming the values the English names), then what to do. */
export function rubricIssueZh(code: RubricIssueCode, path: readonly (string | number)[], found?: string): string {
  return `${path.length === 0 ? '评分标准' : path.join('.')}: ${found === undefined ? '' : `${found}。`}${RUBRIC_ISSUE_HELP[code].zh}`;
}
