import { TZDate, tzOffset } from '@date-fns/tz';
import { InvalidOptionsError, shown } from '../errors/errors.js';

/**
 * Default time zone in which months are cut.
 * @example
 * DEFAULT_TIME_ZONE // 'Asia/Shanghai'
 */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

const MONTH = /^(\d{4})(?:-(0[1-9]|1[0-2]))?$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:(Z)|([+-])(\d{2}):(\d{2}))$/;

/** A month or a year cut in a time zone: `[startMs, endMs)` as UTC instants. */
export interface Period {
  /** `YYYY-MM` or `YYYY`. */
  readonly key: string;
  readonly kind: 'month' | 'year';
  readonly timeZone: string;
  readonly startMs: number;
  readonly endMs: number;
}

/** Throws unless `timeZone` is an IANA zone the runtime knows. */
export function assertTimeZone(timeZone: unknown): asserts timeZone is string {
  if (typeof timeZone !== 'string' || timeZone.length === 0) {
    throw new InvalidOptionsError(`timeZone must be an IANA time zone name, got ${shown(timeZone)}`, ['timeZone'], `timeZone 应为 IANA 时区名, 实为 ${shown(timeZone)}`);
  }
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
  } catch {
    throw new InvalidOptionsError(`unknown time zone "${timeZone}"`, ['timeZone'], `未知时区 "${timeZone}"`);
  }
}

/**
 * The instants at which a month (`YYYY-MM`) or a year (`YYYY`) starts and ends in `timeZone`.
 * @example periodOf('2024-04', 'Asia/Shanghai').startMs === Date.parse('2024-03-31T16:00:00Z') // true
 */
export function periodOf(key: unknown, timeZone: string = DEFAULT_TIME_ZONE, path: string = 'period'): Period {
  const m = typeof key === 'string' ? MONTH.exec(key) : null;
  if (m === null) {
    throw new InvalidOptionsError(`${path} must be "YYYY-MM" (a month) or "YYYY" (a year), got ${shown(key)}`, [path], `${path} 应为 "YYYY-MM" (月份) 或 "YYYY" (年度), 实为 ${shown(key)}`);
  }
  assertTimeZone(timeZone);
  const year = Number(m[1]);
  const month = m[2] === undefined ? undefined : Number(m[2]) - 1;
  const startMs = new TZDate(year, month ?? 0, 1, timeZone).getTime();
  const endMs = month === undefined ? new TZDate(year + 1, 0, 1, timeZone).getTime() : new TZDate(year, month + 1, 1, timeZone).getTime();
  return { key: key as string, kind: month === undefined ? 'year' : 'month', timeZone, startMs, endMs };
}

/** Two ASCII digits at `i` as a number, or -1. */
function two(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/** Days from 1970-01-01 to a proleptic Gregorian date (Hinnant's days_from_civil): `Date.UTC` without the Date. */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * Where a date-time of the two commonest shapes, `YYYY-MM-DDTHH:MM:SSZ` and
 * `…SS+08:00`, falls, read without a regex: the same answer as the general path, or
 * undefined for any other shape (which the general path then reads).
 */
function commonDateTime(s: string, period: Period): boolean | string | undefined {
  const n = s.length;
  if ((n !== 20 && n !== 25) || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(10) !== 84 || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58) return undefined;
  const hi = two(s, 0);
  const lo = two(s, 2);
  const mo = two(s, 5);
  const d = two(s, 8);
  const h = two(s, 11);
  const mi = two(s, 14);
  const sec = two(s, 17);
  if (hi < 0 || lo < 0 || mo < 0 || d < 0 || h < 0 || mi < 0 || sec < 0) return undefined;
  let offset = 0;
  if (n === 20) {
    if (s.charCodeAt(19) !== 90) return undefined; // Z
  } else {
    const sign = s.charCodeAt(19);
    const oh = two(s, 20);
    const om = two(s, 23);
    if ((sign !== 43 && sign !== 45) || s.charCodeAt(22) !== 58 || oh < 0 || om < 0 || om > 59) return undefined;
    offset = (sign === 45 ? -1 : 1) * (oh * 60 + om);
  }
  const y = hi * 100 + lo;
  const bad = checkDay(y, mo, d);
  if (bad !== undefined) return bad;
  if (h > 23 || mi > 59 || sec > 59) return 'time of day out of range';
  if (Math.abs(offset) > 14 * 60) return 'offset out of range (-14:00 to +14:00)';
  const utc = ((daysFromCivil(y, mo, d) * 24 + h) * 60 + mi - offset) * 60_000 + sec * 1000;
  return utc >= period.startMs && utc < period.endMs;
}

function daysIn(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function checkDay(y: number, mo: number, d: number): string | undefined {
  if (y < 1900) return 'year before 1900';
  if (mo < 1 || mo > 12) return `no month ${mo}`;
  if (d < 1 || d > daysIn(y, mo)) return `${y}-${String(mo).padStart(2, '0')} has no day ${d}`;
  return undefined;
}

/**
 * Where a ledger date falls against a period: `true` inside, `false` outside, or a
 * message saying why the text is not a date. Calendar dates (`YYYY-MM-DD`) are taken as
 * days of the period's own time zone; date-times must carry an offset (`Z`, `+08:00`).
 */
export function inPeriod(date: string, period: Period): boolean | string {
  const fast = commonDateTime(date, period);
  if (fast !== undefined) return fast;
  let m = DATE.exec(date);
  if (m !== null) {
    const bad = checkDay(Number(m[1]), Number(m[2]), Number(m[3]));
    if (bad !== undefined) return bad;
    return date.startsWith(period.key);
  }
  m = DATE_TIME.exec(date);
  if (m === null) {
    if (/^\d{4}-\d{2}-\d{2}T[\d:.]+$/.test(date)) return 'date-time without an offset (add Z or +08:00)';
    return 'expected YYYY-MM-DD or an ISO date-time with offset';
  }
  const [y, mo, d, h, mi] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [number, number, number, number, number];
  const bad = checkDay(y, mo, d);
  if (bad !== undefined) return bad;
  const s = m[6] === undefined ? 0 : Number(m[6]);
  if (h > 23 || mi > 59 || s > 59) return 'time of day out of range';
  let offset = 0;
  if (m[8] === undefined) {
    const oh = Number(m[10]);
    const om = Number(m[11]);
    if (oh > 14 || om > 59 || (oh === 14 && om > 0)) return 'offset out of range (-14:00 to +14:00)';
    offset = (m[9] === '-' ? -1 : 1) * (oh * 60 + om);
  }
  const ms = m[7] === undefined ? 0 : Number(m[7].slice(0, 3).padEnd(3, '0'));
  const utc = Date.UTC(y, mo - 1, d, h, mi, s, ms) - offset * 60_000;
  return utc >= period.startMs && utc < period.endMs;
}

/**
 * The month (`YYYY-MM`, in `timeZone`) of a ledger date that `inPeriod` accepted. Only
 * clauses that count per month (overflow, monthly flags) need it.
 * @example monthOf('2024-03-31T16:30:00Z', 'Asia/Shanghai') // '2024-04'
 */
export function monthOf(date: string, timeZone: string): string {
  if (date.length === 10) return date.slice(0, 7);
  const m = DATE_TIME.exec(date)!;
  const offset = m[8] === undefined ? (m[9] === '-' ? -1 : 1) * (Number(m[10]) * 60 + Number(m[11])) : 0;
  const utc = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0)) - offset * 60_000;
  const local = new Date(utc + tzOffset(timeZone, new Date(utc)) * 60_000);
  return `${local.getUTCFullYear()}-${String(local.getUTCMonth() + 1).padStart(2, '0')}`;
}
