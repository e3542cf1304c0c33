import { compareIds } from '../ledger/table.js';
import { InvalidOptionsError, shown } from '../errors/errors.js';
import type { AnnualResult } from './annual.js';
import { rank, type RankEntry } from './rank.js';
import { selectTop } from './select-top.js';

/** Options of {@link selectServiceStars}. */
export interface ServiceStarOptions {
  /** The year's annual result: only staff of its named red-flag windows are candidates. */
  readonly annual: Pick<AnnualResult, 'selected'> & { readonly stars?: { readonly min: number; readonly max: number } };
  /** The roster: who works at which window. */
  readonly staff: readonly { readonly personId: string; readonly windowId: string }[];
  /** Votes per person (whole numbers). */
  readonly votes: Readonly<Record<string, number>>;
  /** Default the rubric's `selection.stars.min` (4). */
  readonly min?: number;
  /** Default the rubric's `selection.stars.max` (6). */
  readonly max?: number;
}

/** The year's service stars (服务明星) and what the committee still has to settle. */
export interface ServiceStarSelection {
  readonly min: number;
  readonly max: number;
  /** Candidates (staff of red-flag windows with at least one vote), by votes, competition ranks. */
  readonly ranking: readonly RankEntry[];
  readonly selected: readonly string[];
  /** Candidates tied at the last place that did not fit within `max`: left to the committee (结合日常考核记录综合评定). */
  readonly tiedAtMax: readonly string[];
  /** `min - selected` when too few candidates could be named; never padded. */
  readonly shortfall: number;
  /** Votes that could not count, and why. */
  readonly ignoredVotes: readonly { readonly personId: string; readonly votes: number; readonly reason: 'not-on-staff-list' | 'not-on-a-red-flag-window' }[];
}

/**
 * Names 4-6 service stars (服务明星) a year: candidates only from the staff of the year's
 * red-flag windows (只有被评为“红旗窗口”的工作人员才能作为候选人), ranked by votes. Never
 * more than `max`: a tie that would exceed it is left to the committee and reported.
 * Fewer than `min` is reported as a shortfall, not padded. A person needs at least one vote.
 *
 * @example
 * const stars = selectServiceStars({ annual, staff, votes: { p1: 40, p2: 38, p9: 12 }, min: 4, max: 6 });
 * stars.selected    // ['p1', 'p2', 'p9']
 * stars.shortfall   // 1
 */
export function selectServiceStars(options: ServiceStarOptions): ServiceStarSelection {
  const min = options.min ?? options.annual.stars?.min;
  const max = options.max ?? options.annual.stars?.max;
  if (min === undefined || max === undefined) throw new InvalidOptionsError('min and max are required: the rubric states no selection.stars', ['min']);
  if (!Number.isSafeInteger(min) || !Number.isSafeInteger(max) || min < 0 || max < min) {
    throw new InvalidOptionsError(`min and max must be whole numbers with 0 <= min <= max, got ${min} and ${max}`, ['max']);
  }
  const redFlag = new Set(options.annual.selected);
  const windowsOf = new Map<string, string[]>();
  for (const s of options.staff) windowsOf.set(s.personId, [...(windowsOf.get(s.personId) ?? []), s.windowId]);
  const ignoredVotes: ServiceStarSelection['ignoredVotes'][number][] = [];
  const candidates: { id: string; score: string }[] = [];
  for (const [personId, votes] of Object.entries(options.votes)) {
    if (!Number.isSafeInteger(votes) || votes < 0) throw new InvalidOptionsError(`votes.${personId} must be a whole number >= 0`, ['votes', personId], `得票 votes.${personId} 应为非负整数, 实为 ${shown(votes)}`);
    const windows = windowsOf.get(personId);
    if (windows === undefined) ignoredVotes.push({ personId, votes, reason: 'not-on-staff-list' });
    else if (!windows.some((w) => redFlag.has(w))) ignoredVotes.push({ personId, votes, reason: 'not-on-a-red-flag-window' });
    else if (votes > 0) candidates.push({ id: personId, score: String(votes) });
  }
  const ranking = rank(candidates);
  const top = selectTop(ranking, () => true, max);
  const tiedAtMax = top.tiedAtBoundary && top.boundary !== undefined ? [...top.boundary.tied] : [];
  const left = new Set(tiedAtMax);
  const selected = top.selected.filter((id) => !left.has(id));
  return {
    min,
    max,
    ranking,
    selected,
    tiedAtMax,
    shortfall: Math.max(0, min - selected.length),
    ignoredVotes: ignoredVotes.sort((a, b) => compareIds(a.personId, b.personId)),
  };
}
