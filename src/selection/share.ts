import { D } from '../decimal/decimal.js';
import { InvalidOptionsError } from '../errors/errors.js';
import type { ShareRounding } from '../rubric/settings-schema.js';
import { rank, type RankEntry } from './rank.js';
import { selectTop, type TopSelection } from './select-top.js';
import { checkChain, type TieBreakRule } from './tie-break.js';

/**
 * How many a share of a population names, exactly: `share x population`, made whole by
 * `rounding` (default `floor`).
 * @example shareCount('0.5', 41) // 20
 * @example shareCount('0.15', 30, 'ceil') // 5
 */
export function shareCount(share: number | string, population: number, rounding: ShareRounding = 'floor'): number {
  const s = new D(share);
  if (s.isNegative() || s.greaterThan(1)) throw new InvalidOptionsError(`share must be from 0 to 1, got ${String(share)}`, ['share']);
  if (!Number.isSafeInteger(population) || population < 0) throw new InvalidOptionsError(`population must be a whole number >= 0, got ${population}`, ['population']);
  const exact = s.times(population);
  const whole = rounding === 'floor' ? exact.floor() : rounding === 'ceil' ? exact.ceil() : exact.toDecimalPlaces(0, D.ROUND_HALF_UP);
  return whole.toNumber();
}

/** Options of {@link selectShare}. */
export interface SelectShareOptions {
  /** Scores to rank: `{ id, score }` (a window or a person). */
  readonly scores: readonly { readonly id: string; readonly score: string }[];
  /** The share to name, e.g. `0.15`. */
  readonly share: number | string;
  /** The highest share the rules allow (0.2 where performance is outstanding); `share` above it is an error. */
  readonly cap?: number | string;
  /** Size the share is taken of; default the number of scores. */
  readonly population?: number;
  readonly rounding?: ShareRounding;
  /** Ids that may be ranked but not named. */
  readonly ineligible?: readonly string[];
  /**
   * A tie at the last place: `keep-whole` names all of them (the count is exceeded and
   * reported), `leave-out` names none of them (the count is not reached, and reported).
   * Use `leave-out` where the share is a ceiling ("最高不超过20%"). Default `keep-whole`.
   */
  readonly ties?: 'keep-whole' | 'leave-out';
  /** Settles a tie by stated rules instead; must end in `window-id` (plain id order) or `order`. */
  readonly tieBreak?: readonly TieBreakRule[];
}

/** A share selection: the count, the ranking and who was named. */
export interface ShareSelection extends TopSelection {
  readonly share: string;
  readonly population: number;
  readonly ranking: readonly RankEntry[];
}

/**
 * Names the top share of a ranking: the annual 优秀 grade of centre staff (at most 15%,
 * up to 20% where performance is outstanding), or the annual red-flag windows (50%).
 *
 * @example
 * const sel = selectShare({ scores, share: '0.15', cap: '0.2', ties: 'leave-out' });
 * sel.count    // 4 of 30 (floor of 4.5)
 * sel.selected // the four best, never more than 15%
 */
export function selectShare(options: SelectShareOptions): ShareSelection {
  const { scores, share } = options;
  if (options.cap !== undefined && new D(share).greaterThan(options.cap)) {
    throw new InvalidOptionsError(`share ${String(share)} is above the cap ${String(options.cap)}`, ['share']);
  }
  const population = options.population ?? scores.length;
  const count = shareCount(share, population, options.rounding);
  const ranking = rank(scores);
  const ineligible = new Set(options.ineligible ?? []);
  if (options.tieBreak !== undefined) checkChain(options.tieBreak, []);
  const chain = options.tieBreak;
  let top = selectTop(ranking, (id) => !ineligible.has(id), count, chain === undefined ? undefined : { chain, key: () => undefined });
  if (top.tiedAtBoundary && options.ties === 'leave-out' && top.boundary !== undefined) {
    const tied = new Set(top.boundary.tied);
    const selected = top.selected.filter((id) => !tied.has(id));
    top = { ...top, selected, tiedAtBoundary: false, shortfall: count - selected.length };
  }
  return { ...top, share: new D(share).toString(), population, ranking };
}

