import { D } from '../decimal/decimal.js';
import { InvalidOptionsError } from '../errors/errors.js';
import { compareIds } from '../ledger/table.js';
import type { MonthResult, WindowCard } from '../scoring/types.js';
import { rank, type RankEntry } from './rank.js';
import { selectTop, type TopSelection } from './select-top.js';
import { checkChain, type TieBreakRule, type TieKey } from './tie-break.js';

/** Why a window could not be named this month. */
export type MonthlyExclusionReason = 'vetoed' | 'incomplete' | 'disqualified' | 'excluded';

export interface MonthlyExclusion {
  readonly windowId: string;
  readonly reason: MonthlyExclusionReason;
  /** The clauses behind a veto or a disqualification, or the caller's reason. */
  readonly detail: string;
}

/** Options of {@link selectMonthly}. */
export interface SelectMonthlyOptions {
  /** How many to name; default the rubric's `selection.monthly.count`. */
  readonly count?: number;
  /**
   * Settles a tie at the last place so exactly `count` are named. Rules: `fewer-entries`
   * (fewer deduction entries this month), `section` / `category` (higher score there);
   * the chain must end in `window-id` or `order`. Without it a tie is kept whole.
   */
  readonly tieBreak?: readonly TieBreakRule[];
  /** Windows not to name this month, e.g. disqualified earlier in the year. */
  readonly exclude?: readonly { readonly windowId: string; readonly reason: string }[];
  /** Whether a disqualifying finding this month bars the window (default true: 取消本年度各项评先选优资格). */
  readonly excludeDisqualified?: boolean;
}

/** The month's red-flag windows (红旗窗口) and how they were chosen. */
export interface MonthlySelection extends TopSelection {
  readonly month: string;
  readonly rubric: MonthResult['rubric'];
  /** Every window with a score, highest first, competition ranks. Vetoed windows rank at 0. */
  readonly ranking: readonly RankEntry[];
  readonly excluded: readonly MonthlyExclusion[];
}

/** Deduction entries of a card: findings against the window (quota records are visits, not findings). */
export function deductionEntries(card: WindowCard): number {
  let n = 0;
  for (const t of card.trace) if (t.kind !== 'quota' && t.kind !== 'input' && t.kind !== 'bonus') n += t.entryIds.length;
  return n;
}

/** Tie keys read from a month's cards. */
export function cardKey(cards: ReadonlyMap<string, WindowCard>): TieKey {
  return (rule, windowId) => {
    const card = cards.get(windowId);
    if (card === undefined) return undefined;
    if (rule.by === 'fewer-entries') return new D(deductionEntries(card));
    if (rule.by === 'section') {
      const s = card.sections.find((x) => x.id === rule.id)?.score;
      return s === undefined || s === null ? undefined : new D(s);
    }
    if (rule.by === 'category') {
      const s = card.categories.find((x) => x.id === rule.id)?.score;
      return s === undefined || s === null ? undefined : new D(s);
    }
    return undefined;
  };
}

function resolveCount(count: number | undefined, fromRubric: number | undefined): number {
  const n = count ?? fromRubric;
  if (n === undefined) throw new InvalidOptionsError('count is required: the rubric states no selection.monthly.count', ['count']);
  if (!Number.isSafeInteger(n) || n < 0) throw new InvalidOptionsError(`count must be a whole number >= 0, got ${n}`, ['count']);
  return n;
}

/**
 * Names the month's red-flag windows: the top `count` (18 in the 窗口争星 scheme) by
 * score. Vetoed and incomplete windows are never named; nor, by default, a window with a
 * disqualifying finding. A tie at the last place is kept whole and reported
 * (`tiedAtBoundary`), unless a tie-break chain is given.
 *
 * @example
 * const sel = selectMonthly(scoreMonth(rubric, entries, { month: '2024-03', windows }));
 * sel.selected       // ['W07', 'W02', …] 18 ids, or 19 when two tie for 18th place
 * sel.tiedAtBoundary // true when the tie was kept whole
 * sel.excluded       // [{ windowId: 'W11', reason: 'vetoed', detail: 'w6.6' }]
 */
export function selectMonthly(result: MonthResult, options: SelectMonthlyOptions = {}): MonthlySelection {
  const count = resolveCount(options.count, result.rubric.selection?.monthly?.count);
  if (options.tieBreak !== undefined) checkChain(options.tieBreak, ['fewer-entries', 'section', 'category']);
  const excluded = new Map<string, MonthlyExclusion>();
  for (const c of result.cards) {
    if (c.score === null) excluded.set(c.windowId, { windowId: c.windowId, reason: 'incomplete', detail: c.missingInputs.map((m) => m.clauseId).join(', ') });
    else if (c.vetoed) excluded.set(c.windowId, { windowId: c.windowId, reason: 'vetoed', detail: c.vetoedBy.map((v) => v.clauseId).join(', ') });
    else if (c.disqualified && options.excludeDisqualified !== false) {
      excluded.set(c.windowId, { windowId: c.windowId, reason: 'disqualified', detail: c.disqualifiedBy.map((d) => d.clauseId).join(', ') });
    }
  }
  for (const x of options.exclude ?? []) {
    if (!excluded.has(x.windowId)) excluded.set(x.windowId, { windowId: x.windowId, reason: 'excluded', detail: x.reason });
  }
  const scored = result.cards.flatMap((c) => (c.score === null ? [] : [{ id: c.windowId, score: c.score }]));
  const ranking = rank(scored);
  const cards = new Map(result.cards.map((c) => [c.windowId, c] as const));
  const top = selectTop(
    ranking,
    (w) => !excluded.has(w),
    count,
    options.tieBreak === undefined ? undefined : { chain: options.tieBreak, key: cardKey(cards) },
  );
  return {
    month: result.month,
    rubric: result.rubric,
    ...top,
    ranking,
    excluded: [...excluded.values()].sort((a, b) => compareIds(a.windowId, b.windowId)),
  };
}

/**
 * Disqualifications found in earlier months, as `exclude` entries for a later month:
 * 取消本年度各项评先选优资格 bars a window for the rest of the year, while a month result
 * only knows its own findings.
 *
 * @example
 * const earlier = year.months.slice(0, 5); // January-May
 * selectMonthly(year.months[5], { exclude: carryDisqualifications(earlier) })
 * // W11, disqualified in March, is excluded in June: { windowId: 'W11', reason: 'excluded', detail: '2024-03 6.4' }
 */
export function carryDisqualifications(earlier: readonly MonthResult[]): { windowId: string; reason: string }[] {
  const found = new Map<string, string[]>();
  for (const m of [...earlier].sort((a, b) => compareIds(a.month, b.month))) {
    for (const c of m.cards) {
      for (const d of c.disqualifiedBy) found.set(c.windowId, [...(found.get(c.windowId) ?? []), `${m.month} ${d.clauseId}`]);
    }
  }
  return [...found].sort((a, b) => compareIds(a[0], b[0])).map(([windowId, why]) => ({ windowId, reason: why.join(', ') }));
}
