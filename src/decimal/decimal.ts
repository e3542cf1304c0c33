import DecimalJs from 'decimal.js';

/**
 * The library's own decimal.js constructor: 1000 significant digits (enough that sums and
 * products of the at most 200-character decimals it accepts are exact), half-up rounding,
 * never exponential notation in output. A private clone, so the caller's global
 * `Decimal` configuration is neither read nor changed.
 */
export const D = DecimalJs.clone({
  precision: 1000,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -1e9,
  toExpPos: 1e9,
});
export type D = InstanceType<typeof D>;

export const ZERO = new D(0);

/** Strict syntax of a decimal written as text: optional minus, digits, optional fraction. */
export const DECIMAL_TEXT = /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/;

/**
 * A decimal value as a canonical string: no exponent, no trailing zeros, no `-0`.
 * @example canonical(new D('87.50')) // '87.5'
 */
export function canonical(value: D): string {
  if (value.isZero()) return '0';
  return value.toString(); // never exponential: D is configured with toExpNeg / toExpPos of ±1e9
}

/** Reads a finite JSON number or a decimal string; returns undefined when it is neither. */
export function readDecimal(value: unknown): D | undefined {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return undefined;
    return new D(value);
  }
  if (typeof value === 'string' && value.length <= 200 && DECIMAL_TEXT.test(value)) {
    return new D(value);
  }
  return undefined;
}

/** Sum of decimals. */
export function sum(values: Iterable<D>): D {
  let acc = ZERO;
  for (const v of values) acc = acc.plus(v);
  return acc;
}

/** The smaller of two decimals. */
export function min(a: D, b: D): D {
  return a.lessThanOrEqualTo(b) ? a : b;
}

/** The larger of two decimals. */
export function max(a: D, b: D): D {
  return a.greaterThanOrEqualTo(b) ? a : b;
}

/** An own property of a record, never one inherited from Object.prototype (`constructor`, `__proto__`). */
export function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}
