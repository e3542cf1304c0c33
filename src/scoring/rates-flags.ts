import { canonical, D, ZERO } from '../decimal/decimal.js';
import { cellCount, type Cell } from '../ledger/table.js';
import type { Rubric } from '../rubric/schema.js';
import type { Conversion } from './conversions.js';

/** A rate on a card (评价率, 差评整改率): exact counts, and the value published to 4 places. */
export interface RateResult {
  readonly id: string;
  readonly label: string;
  readonly numerator: string;
  readonly denominator: string;
  /** `numerator / denominator`, half-up to 4 decimal places; null when the denominator is 0. */
  readonly value: string | null;
  readonly target?: string;
  /** Whether `numerator >= target x denominator`, exactly; null without a target or a denominator. */
  readonly meetsTarget: boolean | null;
}

/** A condition raised on a card (退回原单位 …). */
export interface FlagResult {
  readonly id: string;
  readonly label: string;
  /** The weighted count over the period, or the largest of any month for monthly flags. */
  readonly value: string;
  readonly raised: boolean;
  /** Monthly flags: the months that raised it. */
  readonly months?: readonly string[];
}

type Row = ReadonlyMap<string, Cell> | undefined;
type Extra = ReadonlyMap<string, Conversion>;

/** Live occurrences of a clause, including those converted into it by overflow clauses. */
const countOf = (row: Row, extra: Extra, id: string): bigint => {
  const cell = row?.get(id);
  return (cell === undefined ? 0n : cellCount(cell)) + (extra.get(id)?.count ?? 0n);
};

/** The rubric's rates for one card. */
export function rates(rubric: Rubric, row: Row, extra: Extra): RateResult[] {
  return (rubric.rates ?? []).map((r) => {
    const num = r.numerator.reduce((n, id) => n + countOf(row, extra, id), 0n);
    const den = r.denominator.reduce((n, id) => n + countOf(row, extra, id), 0n);
    const N = new D(num.toString());
    const Dn = new D(den.toString());
    return {
      id: r.id,
      label: r.label,
      numerator: num.toString(),
      denominator: den.toString(),
      value: den === 0n ? null : canonical(N.dividedBy(Dn).toDecimalPlaces(4, D.ROUND_HALF_UP)),
      ...(r.target === undefined ? {} : { target: r.target }),
      meetsTarget: r.target === undefined || den === 0n ? null : N.greaterThanOrEqualTo(Dn.times(r.target)),
    };
  });
}

/** The rubric's flags for one card. */
export function flags(rubric: Rubric, row: Row, extra: Extra): FlagResult[] {
  return (rubric.flags ?? []).map((f) => {
    const reached = (v: D) => (f.atLeast !== undefined ? v.greaterThanOrEqualTo(f.atLeast) : v.greaterThan(f.moreThan!));
    const weight = (w: string | undefined) => (w === undefined ? new D(1) : new D(w));
    if (f.per === 'period') {
      const value = f.clauses.reduce((acc, c) => acc.plus(weight(c.weight).times(countOf(row, extra, c.id).toString())), ZERO);
      return { id: f.id, label: f.label, value: canonical(value), raised: reached(value) };
    }
    const byMonth = new Map<string, D>();
    for (const c of f.clauses) {
      for (const source of [row?.get(c.id)?.months, extra.get(c.id)?.byMonth]) {
        for (const [month, n] of source ?? []) byMonth.set(month, (byMonth.get(month) ?? ZERO).plus(weight(c.weight).times(n.toString())));
      }
    }
    const months = [...byMonth].filter(([, v]) => reached(v)).map(([m]) => m).sort();
    const value = [...byMonth.values()].reduce((a, b) => (b.greaterThan(a) ? b : a), ZERO);
    return { id: f.id, label: f.label, value: canonical(value), raised: months.length > 0, months };
  });
}
