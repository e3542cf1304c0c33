import { describe, expect, it } from 'vitest';
import { InvalidOptionsError } from '../errors/errors.js';
import { inPeriod, periodOf } from './period.js';

describe('periodOf', () => {
  it('cuts months in Asia/Shanghai by default', () => {
    const p = periodOf('2024-04');
    expect(new Date(p.startMs).toISOString()).toBe('2024-03-31T16:00:00.000Z');
    expect(new Date(p.endMs).toISOString()).toBe('2024-04-30T16:00:00.000Z');
  });

  it('follows another zone, DST included', () => {
    const p = periodOf('2024-04', 'America/New_York');
    expect(new Date(p.startMs).toISOString()).toBe('2024-04-01T04:00:00.000Z');
  });

  it('rolls December into the next year', () => {
    expect(new Date(periodOf('2024-12').endMs).toISOString()).toBe('2024-12-31T16:00:00.000Z');
  });

  it.each(['2024-13', '2024-3', '2024/03', '', 202403, undefined])('rejects month %j', (m) => {
    expect(() => periodOf(m)).toThrow(InvalidOptionsError);
  });

  it('rejects unknown time zones', () => {
    expect(() => periodOf('2024-03', 'Mars/Olympus')).toThrow(/unknown time zone/);
    expect(() => periodOf('2024-03', '__proto__')).toThrow(InvalidOptionsError);
  });
});

describe('inPeriod', () => {
  const april = periodOf('2024-04');
  it.each([
    ['2024-03-31T16:30:00Z', true],
    ['2024-03-31T15:59:59.999Z', false],
    ['2024-04-30T15:59:59Z', true],
    ['2024-04-30T16:00:00Z', false],
    ['2024-04-01T00:00:00+08:00', true],
    ['2024-03-31T23:59:59+08:00', false],
    ['2024-04-01T02:00:00+14:00', false],
    ['2024-04-01', true],
    ['2024-04-30', true],
    ['2024-05-01', false],
  ])('%s in April (Asia/Shanghai): %s', (date, expected) => {
    expect(inPeriod(date, april)).toBe(expected);
  });

  it.each([
    ['2024-02-30', '2024-02 has no day 30'],
    ['2023-02-29', '2023-02 has no day 29'],
    ['2024-04-01T10:00:00', 'date-time without an offset (add Z or +08:00)'],
    ['２０２４-04-01', 'expected YYYY-MM-DD or an ISO date-time with offset'],
    ['2024-04-01T10:00:00+15:00', 'offset out of range (-14:00 to +14:00)'],
    ['2024-04-01T24:00:00Z', 'time of day out of range'],
    ['', 'expected YYYY-MM-DD or an ISO date-time with offset'],
  ])('%j is not a date: %s', (date, message) => {
    expect(inPeriod(date, april)).toBe(message);
  });

  it('accepts 29 February in a leap year', () => {
    expect(inPeriod('2024-02-29', periodOf('2024-02'))).toBe(true);
  });
});

describe('the fast path for common date-times', () => {
  it('answers exactly as the general parser (the same instant written with milliseconds)', async () => {
    const fc = (await import('fast-check')).default;
    const p = periodOf('2024-03');
    const d2 = fc.integer({ min: 0, max: 99 }).map((n) => String(n).padStart(2, '0'));
    fc.assert(
      fc.property(fc.integer({ min: 1890, max: 2110 }), d2, d2, d2, d2, d2, fc.constantFrom('Z', '+08:00', '-05:30', '+14:00', '+14:01', '-00:00', '+15:00', '+08:60'), (y, mo, d, h, mi, s, zone) => {
        const plain = `${y}-${mo}-${d}T${h}:${mi}:${s}${zone}`;
        const withMs = `${y}-${mo}-${d}T${h}:${mi}:${s}.000${zone}`;
        expect(inPeriod(plain, p)).toEqual(inPeriod(withMs, p));
      }),
      { numRuns: 2000 },
    );
  });

  it('places instants near the edges of months and years exactly (any offset, any zone)', async () => {
    const fc = (await import('fast-check')).default;
    const pad = (n: number, w = 2) => String(Math.abs(n)).padStart(w, '0');
    const arb = fc.record({
      key: fc.constantFrom('2024-03', '2024-02', '2023-12', '2024', '1900-02', '2100-02'),
      zone: fc.constantFrom('Asia/Shanghai', 'UTC', 'America/New_York'),
      shift: fc.integer({ min: -3 * 86_400, max: 3 * 86_400 }),
      atEnd: fc.boolean(),
      offset: fc.integer({ min: -14 * 60, max: 14 * 60 }),
      z: fc.boolean(),
    });
    fc.assert(
      fc.property(arb, ({ key, zone, shift, atEnd, offset, z }) => {
        const p = periodOf(key, zone);
        const instant = (atEnd ? p.endMs : p.startMs) + shift * 1000;
        const off = z ? 0 : offset;
        const local = new Date(instant + off * 60_000);
        const ymdhms = `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`;
        const text = z ? `${ymdhms}Z` : `${ymdhms}${off < 0 ? '-' : '+'}${pad(Math.trunc(off / 60))}:${pad(off % 60)}`;
        expect(inPeriod(text, p)).toBe(instant >= p.startMs && instant < p.endMs);
      }),
      { numRuns: 3000 },
    );
  });
});
