import { D } from '../decimal/decimal.js';
import type { RankEntry } from './rank.js';
import { breakTies, type TieBreakRecord, type TieBreakRule, type TieKey } from './tie-break.js';

/** The windows tied for the last place, when there were more of them than places. */
export interface Boundary {
  /** The score shared at the boundary. */
  readonly score: string;
  readonly rank: number;
  /** Eligible windows with that score. */
  readonly tied: readonly string[];
  /** How many of them fit within the count. */
  readonly slots: number;
}

/** Who was named, and how the last place was settled. */
export interface TopSelection {
  /** The count asked for. */
  readonly count: number;
  /** Named windows, in ranking order. May exceed `count` when a tie is kept whole. */
  readonly selected: readonly string[];
  /** True when every window tied at the last place was named, so more than `count` were. */
  readonly tiedAtBoundary: boolean;
  readonly boundary?: Boundary;
  /** How a tie-break chain settled the boundary, when one was given. */
  readonly tieBreak?: TieBreakRecord;
  /** Places left empty: fewer were eligible than `count`, or a tie was left out. */
  readonly shortfall: number;
}

/**
 * Takes the top `count` eligible windows of a ranking. A tie at the last place is kept
 * whole by default (the committee sees 19 names, not an arbitrary 18); with a tie-break
 * chain exactly `count` are named and the chain's keys are recorded.
 */
export function selectTop(
  ranking: readonly RankEntry[],
  eligible: (id: string) => boolean,
  count: number,
  tieBreak?: { readonly chain: readonly TieBreakRule[]; readonly key: TieKey },
): TopSelection {
  const pool = ranking.filter((r) => eligible(r.id));
  if (pool.length <= count) {
    return { count, selected: pool.map((r) => r.id), tiedAtBoundary: false, shortfall: count - pool.length };
  }
  if (count === 0) return { count, selected: [], tiedAtBoundary: false, shortfall: 0 };
  const last = pool[count - 1]!;
  const at = new D(last.score);
  const above = pool.filter((r) => new D(r.score).greaterThan(at)).map((r) => r.id);
  const tied = pool.filter((r) => new D(r.score).equals(at)).map((r) => r.id);
  const slots = count - above.length;
  if (tied.length === slots) return { count, selected: [...above, ...tied], tiedAtBoundary: false, shortfall: 0 };
  const boundary: Boundary = { score: last.score, rank: last.rank, tied, slots };
  if (tieBreak === undefined) {
    return { count, selected: [...above, ...tied], tiedAtBoundary: true, boundary, shortfall: 0 };
  }
  const record = breakTies(tied, slots, tieBreak.chain, tieBreak.key);
  const chosen = new Set(record.rows.filter((r) => r.selected).map((r) => r.id));
  return {
    count,
    selected: [...above, ...tied.filter((w) => chosen.has(w))],
    tiedAtBoundary: false,
    boundary,
    tieBreak: record,
    shortfall: 0,
  };
}
