import { D } from '../decimal/decimal.js';
import { compareIds } from '../ledger/table.js';

/** One place in a ranking. */
export interface RankEntry {
  /** The window's id (or, in a ranking of people, the person's). */
  readonly id: string;
  /** Canonical decimal string. */
  readonly score: string;
  /** Competition rank: 1, 2, 2, 4 … */
  readonly rank: number;
  /** True when another entry shares this rank. */
  readonly tied: boolean;
}

/**
 * Ranks scores highest first with competition ranks (1, 2, 2, 4): equal scores share a
 * rank and are listed by id, so no tie is ever broken silently.
 *
 * @example
 * rank([{ id: 'A', score: '90' }, { id: 'B', score: '95' }, { id: 'C', score: '90' }])
 * // [{ id: 'B', score: '95', rank: 1, tied: false },
 * //  { id: 'A', score: '90', rank: 2, tied: true },
 * //  { id: 'C', score: '90', rank: 2, tied: true }]
 */
export function rank(items: readonly { readonly id: string; readonly score: string }[]): RankEntry[] {
  const sorted = items
    .map((i) => ({ id: i.id, score: i.score, d: new D(i.score) }))
    .sort((a, b) => b.d.comparedTo(a.d) || compareIds(a.id, b.id));
  const out: RankEntry[] = [];
  sorted.forEach((s, i) => {
    const prev = sorted[i - 1];
    const next = sorted[i + 1];
    const rankHere = prev !== undefined && prev.d.equals(s.d) ? out[i - 1]!.rank : i + 1;
    const tied = (prev !== undefined && prev.d.equals(s.d)) || (next !== undefined && next.d.equals(s.d));
    out.push({ id: s.id, score: s.score, rank: rankHere, tied });
  });
  return out;
}
