import { D, max, min, sum, ZERO } from '../decimal/decimal.js';

/**
 * Shares `allowance` among `wanted` in order (rubric order): each takes what it wants
 * until the allowance runs out (扣完为止). Returns what each one got.
 * @example allocate([3, 4, 5].map((n) => new D(n)), new D(6)).map(String) // ['3', '3', '0']
 */
export function allocate(wanted: readonly D[], allowance: D): D[] {
  let left = allowance;
  return wanted.map((w) => {
    const got = min(w, max(left, ZERO));
    left = left.minus(got);
    return got;
  });
}

/** A category's points after its bounds: deductions and bonus are netted, kept in [0, max]. */
export interface Capped {
  readonly score: D;
  readonly deducted: D;
  readonly bonus: D;
  readonly capped: boolean;
}

/**
 * `score = max - deductions + bonus`, kept within [0, max]. Deductions past the floor and
 * bonus past the ceiling are cut, and reported as cut.
 * @example capCategory(new D(10), new D(12), new D(0)).score.toString() // '0'
 */
export function capCategory(maxPoints: D, deductions: D, bonus: D): Capped {
  const raw = maxPoints.minus(deductions).plus(bonus);
  if (raw.isNegative()) return { score: ZERO, deducted: maxPoints.plus(bonus), bonus, capped: true };
  if (raw.greaterThan(maxPoints)) return { score: maxPoints, deducted: deductions, bonus: deductions, capped: true };
  return { score: raw, deducted: deductions, bonus, capped: false };
}

/** The chief representative's deductions, capped at `cap` (category max x ratio). */
export function capChief(wanted: readonly D[], cap: D): { applied: D[]; total: D; capped: boolean } {
  const total = sum(wanted);
  const applied = allocate(wanted, cap);
  return { applied, total: min(total, cap), capped: total.greaterThan(cap) };
}

export { D };
