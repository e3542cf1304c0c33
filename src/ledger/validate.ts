import { shown } from '../errors/errors.js';
import { canonical, readDecimal } from '../decimal/decimal.js';
import type { CompiledClause, CompiledRubric } from '../rubric/compile.js';
import { rejectionZh, rejectionZhFound } from '../errors/messages.js';
import type { RejectedEntry, RejectionCode } from './entry.js';
import { inPeriod, monthOf, type Period } from './period.js';
import type { Roster } from './roster.js';

interface FindingBase {
  readonly type: 'finding';
  readonly index: number;
  readonly id: string;
  readonly windowId: string;
  readonly clauseId: string;
}

/** A finding of the scored period that passed validation. */
export interface MonthFinding extends FindingBase {
  readonly inPeriod: true;
  /** The card it counts on: the window, or for person rubrics the window and the person. */
  readonly subject: string;
  /** Its month, for clauses counted per month (overflow, monthly flags). */
  readonly month: string | undefined;
  readonly clause: CompiledClause;
  readonly count: number;
  /** Canonical decimal string, on external clauses only. */
  readonly amount: string | undefined;
}

/** A finding of another month: checked against the rubric when its own month is scored. */
export interface OtherMonthFinding extends FindingBase {
  readonly inPeriod: false;
}

/** A finding that passed validation as far as the scored month needs. */
export type Finding = MonthFinding | OtherMonthFinding;

/** A void entry that passed validation (its target is checked after the pass). */
export interface Voiding {
  readonly type: 'void';
  readonly index: number;
  readonly id: string;
  readonly voids: string;
  readonly windowId: string | undefined;
  readonly clauseId: string | undefined;
}

export type Rejection = RejectedEntry;

/** Whether validation rejected the record. */
export const isRejection = (r: Finding | Voiding | Rejection): r is Rejection => 'code' in r;

const VOID_FIELDS = new Set(['id', 'voids', 'windowId', 'clauseId', 'date', 'evidence', 'recordedBy', 'note']);
const ID_FIELDS = ['windowId', 'clauseId', 'personId'] as const;
const TEXT_FIELDS = ['recordedBy', 'note'] as const;
const PRINTABLE_ASCII = /^[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?$/;
const EDGE_SPACE = /^\s|\s$/u;

/** Whether a finding may carry this field: a switch, which compares interned strings without hashing them. */
function knownFindingField(key: string): boolean {
  switch (key) {
    case 'id':
    case 'windowId':
    case 'clauseId':
    case 'date':
    case 'count':
    case 'amount':
    case 'personId':
    case 'evidence':
    case 'recordedBy':
    case 'note':
      return true;
    default:
      return false;
  }
}

/** Why an id is not usable, or undefined when it is. */
export function idProblem(value: unknown): string | undefined {
  if (typeof value !== 'string') return 'must be a string';
  if (value.length > 200) return 'longer than 200 characters';
  if (printableAscii(value) || PRINTABLE_ASCII.test(value)) return undefined;
  if (value.length === 0) return 'must not be empty';
  if (EDGE_SPACE.test(value)) return 'must not start or end with white space';
  if (value.normalize('NFC') !== value) return 'must be in Unicode NFC form';
  return undefined;
}

/** PRINTABLE_ASCII without the regex, for short ids (the common case): false means "ask the regex". */
function printableAscii(value: string): boolean {
  const n = value.length;
  if (n === 0 || n > 32 || value.charCodeAt(0) === 0x20 || value.charCodeAt(n - 1) === 0x20) return false;
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return false;
  }
  return true;
}

/** The card key of a person at a window (person rubrics). */
export function subjectKey(windowId: string, personId: string): string {
  return `${windowId}\u0000${personId}`;
}

/**
 * A rejection with its Chinese message; `found` says in Chinese what the English message
 * says was found, naming the same values (built here, only for a rejected entry).
 */
export function rejection(index: number, id: string, code: RejectionCode, path: string[], message: string, found?: string): Rejection {
  return { index, id, code, path, message, messageZh: found === undefined ? rejectionZh(code, path) : rejectionZhFound(code, path, found) };
}

const ID_PROBLEM_ZH: Readonly<Record<string, string>> = {
  'must be a string': '须为文本',
  'longer than 200 characters': '超过 200 个字符',
  'must not be empty': '不能为空',
  'must not start or end with white space': '首尾不能有空白字符',
  'must be in Unicode NFC form': '须为 Unicode NFC 形式',
};

/** An id problem said in Chinese. */
export const idProblemZh = (why: string): string => ID_PROBLEM_ZH[why] ?? why;

function textProblem(value: unknown): string | undefined {
  return typeof value === 'string' ? undefined : 'must be a string';
}

/**
 * Remembers what repeats across a ledger: where calendar dates (`YYYY-MM-DD`) fall, and
 * which window, clause and person ids are valid (few distinct values in a ledger).
 * Date-times are parsed each time. Bounded, so hostile input cannot grow it.
 */
export class ValidationCache {
  private readonly known = new Map<string, boolean | string>();
  /** Window, clause and person ids already found valid (few distinct values in a ledger). */
  private readonly ids = new Set<string>();
  /** @param roster the declared windows (or people): an entry for anyone else is rejected. */
  constructor(readonly period: Period, readonly roster?: Roster) {}

  knownId(value: unknown): boolean {
    return typeof value === 'string' && this.ids.has(value);
  }

  rememberId(value: string): void {
    if (this.ids.size < 65_536) this.ids.add(value);
  }
  where(date: string): boolean | string {
    if (date.length !== 10) return inPeriod(date, this.period);
    let w = this.known.get(date);
    if (w === undefined) {
      w = inPeriod(date, this.period);
      if (this.known.size < 4096) this.known.set(date, w);
    }
    return w;
  }
}

/** Validates one ledger record against the rubric and the period. Never throws. */
export function validateRecord(raw: unknown, index: number, rubric: CompiledRubric, dates: ValidationCache): Finding | Voiding | Rejection {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    const v = shown(raw);
    return { index, code: 'invalid-shape', path: [], message: `an entry must be an object, got ${v}`, messageZh: rejectionZhFound('invalid-shape', [], `须为对象,实为 ${v}`) };
  }
  const e = raw as Record<string, unknown>;
  const idBad = idProblem(e['id']);
  if (idBad !== undefined) {
    const code: RejectionCode = e['id'] === undefined || typeof e['id'] !== 'string' ? 'invalid-shape' : 'invalid-id';
    if (e['id'] === undefined) return { index, code, path: ['id'], message: 'id is required', messageZh: rejectionZhFound(code, ['id'], '缺少编号') };
    const v = shown(e['id']);
    return { index, code, path: ['id'], message: `id ${v} ${idBad}`, messageZh: rejectionZhFound(code, ['id'], `${v} ${idProblemZh(idBad)}`) };
  }
  const id = e['id'] as string;
  const isVoid = e['voids'] !== undefined;
  // for…in, not Object.keys: no array per entry. Inherited keys are skipped as before.
  for (const key in e) {
    if (!(isVoid ? VOID_FIELDS.has(key) : knownFindingField(key)) && Object.hasOwn(e, key)) {
      const voidField = isVoid && knownFindingField(key);
      const k = shown(key);
      return rejection(index, id, 'unknown-field', [key], `unknown field ${k}${voidField ? ' (a void entry carries no count or amount)' : ''}`, `没有字段 ${k}${voidField ? '(撤销记录不填次数或分值)' : ''}`);
    }
  }
  for (const key of ID_FIELDS) {
    const v = e[key];
    if (v === undefined || dates.knownId(v)) continue;
    const bad = idProblem(v);
    if (bad !== undefined) return rejection(index, id, typeof v === 'string' ? 'invalid-id' : 'invalid-shape', [key], `${key} ${shown(v)} ${bad}`, `${shown(v)} ${idProblemZh(bad)}`);
    dates.rememberId(v as string);
  }
  for (const key of TEXT_FIELDS) {
    if (e[key] !== undefined && textProblem(e[key]) !== undefined) {
      return rejection(index, id, 'invalid-shape', [key], `${key} must be a string, got ${shown(e[key])}`, `须为文本,实为 ${shown(e[key])}`);
    }
  }
  const ev = e['evidence'];
  if (ev !== undefined) {
    const ok =
      typeof ev === 'object' && ev !== null && !Array.isArray(ev) &&
      Object.keys(ev).every((k) => k === 'source' || k === 'ref') &&
      typeof (ev as Record<string, unknown>)['source'] === 'string' &&
      textProblem((ev as Record<string, unknown>)['ref'] ?? '') === undefined;
    if (!ok) return rejection(index, id, 'invalid-shape', ['evidence'], `evidence must be { source: string, ref?: string }, got ${shown(ev)}`, `须为 { source: 文本, ref?: 文本 },实为 ${shown(ev)}`);
  }
  if (typeof e['date'] !== 'string') {
    if (e['date'] === undefined) return rejection(index, id, 'invalid-shape', ['date'], 'date is required: YYYY-MM-DD or an ISO date-time with offset', '缺少日期');
    const v = shown(e['date']);
    return rejection(index, id, 'invalid-shape', ['date'], `date must be a text YYYY-MM-DD or an ISO date-time with offset, got ${v}`, `须为 YYYY-MM-DD 文本,实为 ${v}`);
  }
  const where = dates.where(e['date']);
  if (typeof where === 'string') return rejection(index, id, 'bad-date', ['date'], `date ${shown(e['date'])}: ${where}`, `${shown(e['date'])} 不是可用的日期`);

  if (isVoid) {
    const bad = idProblem(e['voids']);
    if (bad !== undefined) return rejection(index, id, typeof e['voids'] === 'string' ? 'invalid-id' : 'invalid-shape', ['voids'], `voids ${shown(e['voids'])} ${bad}`, `${shown(e['voids'])} ${idProblemZh(bad)}`);
    if (e['voids'] === id) return rejection(index, id, 'invalid-void-target', ['voids'], `entry ${shown(id)} cannot void itself`, `记录 ${shown(id)} 不能撤销其本身`);
    return {
      type: 'void', index, id, voids: e['voids'] as string,
      windowId: e['windowId'] as string | undefined, clauseId: e['clauseId'] as string | undefined
    };
  }

  if (e['windowId'] === undefined) return rejection(index, id, 'invalid-shape', ['windowId'], 'windowId is required', '缺少窗口');
  if (e['clauseId'] === undefined) return rejection(index, id, 'invalid-shape', ['clauseId'], 'clauseId is required', '缺少条款');
  if (!where) {
    // Another month's entry: counted as out of period here and checked against the rubric
    // (which may be another version) when its own month is scored.
    return { type: 'finding', index, id, windowId: e['windowId'] as string, clauseId: e['clauseId'] as string, inPeriod: false };
  }
  const clause = rubric.clauses.get(e['clauseId'] as string);
  if (clause === undefined) {
    const c = shown(e['clauseId']);
    const r = `${rubric.rubric.id}@${rubric.rubric.version}`;
    return rejection(index, id, 'unknown-clause', ['clauseId'], `clause ${c} is not in rubric ${r}`, `${c} 不在评分标准 ${r} 中`);
  }
  const kind = clause.clause.kind;
  const named = shown(clause.clause.id);
  if (kind === 'input') return rejection(index, id, 'not-a-ledger-clause', ['clauseId'], `clause ${named} is an input: pass its value in options.inputs, not as a ledger entry`, `条款 ${named} 是输入项`);

  let subject = e['windowId'] as string;
  if (rubric.rubric.subject === 'person') {
    if (e['personId'] === undefined) {
      return rejection(index, id, 'person-required', ['personId'], `rubric ${rubric.rubric.id} scores people: personId is required`, `评分标准 ${rubric.rubric.id} 按人员计分,缺少人员`);
    }
    subject = subjectKey(subject, e['personId'] as string);
  }
  if (dates.roster !== undefined) {
    const off = dates.roster.check(e['windowId'] as string, rubric.rubric.subject === 'person' ? (e['personId'] as string) : undefined);
    if (off !== undefined) return { index, id, code: off.code, path: off.path, message: off.message, messageZh: off.messageZh };
  }
  let count = 1;
  if (e['count'] !== undefined) {
    const c = e['count'];
    if (kind === 'external') {
      return rejection(index, id, 'count-not-allowed', ['count'], `clause ${named} is external: record the points in amount, not a count (got count ${shown(c)})`, `条款 ${named} 为外部扣分条款,不填次数(实为 ${shown(c)})`);
    }
    if (typeof c !== 'number' || !Number.isSafeInteger(c) || c < 1) {
      return rejection(index, id, 'bad-count', ['count'], `count must be a whole number from 1 to ${Number.MAX_SAFE_INTEGER}, got ${shown(c)}`, `实为 ${shown(c)}`);
    }
    count = c;
  }
  let amount: string | undefined;
  if (kind === 'external') {
    if (e['amount'] === undefined) {
      return rejection(index, id, 'amount-required', ['amount'], `clause ${named} is external: amount (the points decided elsewhere) is required`, `条款 ${named} 为外部扣分条款,缺少分值`);
    }
    const d = readDecimal(e['amount']);
    if (d === undefined || d.isNegative()) {
      return rejection(index, id, 'bad-amount', ['amount'], `amount must be a non-negative decimal (a number or a string such as "1.5"), got ${shown(e['amount'])}`, `实为 ${shown(e['amount'])}`);
    }
    amount = canonical(d);
  } else if (e['amount'] !== undefined) {
    const a = shown(e['amount']);
    return rejection(index, id, 'amount-not-allowed', ['amount'], `clause ${named} is ${kind}: its points come from the rubric, amount is only for external clauses (got amount ${a})`, `条款 ${named} 类型为 ${kind},分值由评分标准规定,不填分值(实为 ${a})`);
  }
  const month = clause.byMonth ? monthOf(e['date'], dates.period.timeZone) : undefined;
  return { type: 'finding', index, id, windowId: e['windowId'] as string, clauseId: clause.clause.id, clause, count, amount, inPeriod: true, subject, month };
}
