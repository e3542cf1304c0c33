import { canonical, D, own, readDecimal, sum } from '../decimal/decimal.js';
import { InvalidOptionsError } from '../errors/errors.js';
import { compareIds } from '../ledger/table.js';
import type { ShareRounding } from '../rubric/settings-schema.js';
import type { MonthResult } from '../scoring/types.js';
import { checkCoveredMonths, monthCoverage, type MonthCoverage } from './coverage.js';
import { deductionEntries } from './monthly.js';
import { rank, type RankEntry } from './rank.js';
import { selectTop, type TopSelection } from './select-top.js';
import { shareCount } from './share.js';
import { checkChain, type TieBreakRule } from './tie-break.js';

/** Options of {@link annualComposite}. */
export interface AnnualOptions {
  /** The year's month results (one per month, one year). */
  readonly months: readonly MonthResult[];
  /** 民主测评 scores (0-100) per window. */
  readonly survey: Readonly<Record<string, number | string>>;
  /** Default: the rubric's `selection.annual` (60% / 40% in 窗口争星). */
  readonly weights?: { readonly monthly: number | string; readonly survey: number | string };
  /** Share of ALL windows named; default the rubric's (50%). */
  readonly share?: number | string;
  /** How the share becomes a count; default the rubric's, else `floor`. */
  readonly rounding?: ShareRounding;
  /** Decimal places of the published mean and composite (half-up); default 2. Ranking uses the published composite. */
  readonly decimals?: number;
  /** Settles a tie at the last place: `monthly-score`, `survey`, `fewer-entries`, ending in `window-id` or `order`. */
  readonly tieBreak?: readonly TieBreakRule[];
  /** Windows not to name, with the reason. */
  readonly exclude?: readonly { readonly windowId: string; readonly reason: string }[];
  /**
   * Months declared covered although no accepted ledger entry falls in them (truly clean
   * months): counted in the mean. A month with no accepted entry that is not declared is
   * left out of every window's mean and listed in `coverage.uncovered`. Give the same list
   * as to `scoreYear`.
   */
  readonly coveredMonths?: readonly string[];
}

/** One window's year. */
export interface AnnualRow {
  readonly windowId: string;
  /** Months with a complete card, each as scored and on 100. */
  readonly months: readonly { readonly month: string; readonly score: string; readonly max: string; readonly on100: string }[];
  /** Months whose card was incomplete (not counted in the mean). */
  readonly incompleteMonths: readonly string[];
  /** Months with a card but no ledger data at all (`coverage.uncovered`): not counted in the mean. */
  readonly uncoveredMonths: readonly string[];
  /** Mean of the monthly scores on 100, exactly as `sum / count` (`count`: the months it is the mean of), and as published. */
  readonly monthlyMean: { readonly sum: string; readonly count: number; readonly published: string } | null;
  readonly survey: string | null;
  /** `monthlyMean x monthly weight + survey x survey weight`, as published; null when incomplete. */
  readonly composite: string | null;
  /** Why there is no composite. */
  readonly incomplete?: 'no-survey' | 'invalid-survey' | 'no-scored-months';
  /** Months and clauses of any disqualifying finding (取消本年度各项评先选优资格). */
  readonly disqualifiedBy: readonly { readonly month: string; readonly clauseId: string }[];
  readonly rank: number | null;
  readonly selected: boolean;
}

/** The year's composite and its annual red-flag windows. */
export interface AnnualResult extends TopSelection {
  readonly year: string;
  readonly weights: { readonly monthly: string; readonly survey: string };
  readonly share: string;
  readonly rounding: ShareRounding;
  /** All windows of the year: the share is taken of this. */
  readonly windows: number;
  readonly rows: readonly AnnualRow[];
  readonly ranking: readonly RankEntry[];
  readonly excluded: readonly { readonly windowId: string; readonly reason: 'disqualified' | 'incomplete' | 'excluded'; readonly detail: string }[];
  /** The rubric's service-star settings (服务明星 4-6人), for {@link selectServiceStars}. */
  readonly stars?: { readonly min: number; readonly max: number };
  /** Survey scores for windows with no card in the year: listed, never silently dropped. */
  readonly unmatchedSurvey: readonly string[];
  /** Which months the means rest on; `uncovered` months are in no mean. */
  readonly coverage: MonthCoverage;
}

function settings(options: AnnualOptions) {
  const fromRubrics = new Map(options.months.map((m) => [JSON.stringify(m.rubric.selection?.annual ?? null), m.rubric.selection?.annual]));
  if (fromRubrics.size > 1 && (options.weights === undefined || options.share === undefined)) {
    throw new InvalidOptionsError('the months use rubric versions with different annual settings: pass weights and share', ['weights']);
  }
  const annual = [...fromRubrics.values()][0];
  const monthly = options.weights?.monthly ?? annual?.monthlyWeight;
  const survey = options.weights?.survey ?? annual?.surveyWeight;
  const share = options.share ?? annual?.share;
  if (monthly === undefined || survey === undefined) throw new InvalidOptionsError('weights are required: the rubric states no selection.annual', ['weights']);
  if (share === undefined) throw new InvalidOptionsError('share is required: the rubric states no selection.annual', ['share']);
  const w = { monthly: readDecimal(monthly), survey: readDecimal(survey) };
  if (w.monthly === undefined || w.survey === undefined || !w.monthly.plus(w.survey).equals(1)) {
    throw new InvalidOptionsError('weights must be decimals adding up to 1', ['weights']);
  }
  return { w: w as { monthly: D; survey: D }, share: new D(share), rounding: options.rounding ?? annual?.rounding ?? 'floor' };
}

/**
 * The annual composite (年度红旗窗口): the mean of each window's monthly scores (on 100,
 * over the months it was scored) x 60% + its 民主测评 survey score x 40%, exact, then
 * published to `decimals` places. The top share (50%) of ALL windows is named; a
 * disqualified window is ranked but never named and the next eligible one takes its
 * place. A window without a survey score is reported incomplete, never scored as 0.
 * A month whose ledger holds no accepted entry is not a clean month: unless declared in
 * `coveredMonths` it is left out of every mean and listed in `coverage.uncovered`.
 *
 * @example
 * const a = annualComposite({ months: year.months, survey: { W01: 92, W02: '88.5' } });
 * a.rows[0] // { windowId: 'W01', monthlyMean: { sum: '1134', count: 12, published: '94.5' }, survey: '92', composite: '93.5', rank: 1, selected: true, … }
 * a.coverage.uncovered // [] (every month had ledger entries, or was declared in coveredMonths)
 */
export function annualComposite(options: AnnualOptions): AnnualResult {
  const months = [...options.months].sort((a, b) => compareIds(a.month, b.month));
  const year = months[0]?.month.slice(0, 4);
  if (year === undefined) throw new InvalidOptionsError('months must hold at least one month result', ['months']);
  months.forEach((m, i) => {
    if (!m.month.startsWith(year)) throw new InvalidOptionsError(`months mix years: ${m.month} is not in ${year}`, ['months', i]);
    if (i > 0 && months[i - 1]!.month === m.month) throw new InvalidOptionsError(`month ${m.month} is given twice`, ['months', i]);
  });
  const decimals = options.decimals ?? 2;
  if (!Number.isSafeInteger(decimals) || decimals < 0 || decimals > 20) throw new InvalidOptionsError('decimals must be a whole number from 0 to 20', ['decimals']);
  const { w, share, rounding } = settings(options);
  const coverage = monthCoverage(months, checkCoveredMonths(options.coveredMonths, year));
  const uncovered = new Set(coverage.uncovered);
  const publish = (d: D) => canonical(d.toDecimalPlaces(decimals, D.ROUND_HALF_UP));

  const ids = [...new Set(months.flatMap((m) => m.cards.map((c) => c.windowId)))].sort(compareIds);
  const byMonth = months.map((m) => ({ month: m.month, covered: !uncovered.has(m.month), cards: new Map(m.cards.map((c) => [c.windowId, c] as const)) }));
  const exactMean = new Map<string, D>();
  const entries = new Map<string, number>();
  const rows: AnnualRow[] = ids.map((windowId) => {
    const scored: AnnualRow['months'][number][] = [];
    const incompleteMonths: string[] = [];
    const uncoveredMonths: string[] = [];
    const disqualifiedBy: { month: string; clauseId: string }[] = [];
    let n = 0;
    for (const m of byMonth) {
      const card = m.cards.get(windowId);
      if (card === undefined) continue;
      if (!m.covered) {
        uncoveredMonths.push(m.month);
        continue;
      }
      n += deductionEntries(card);
      for (const d of card.disqualifiedBy) disqualifiedBy.push({ month: m.month, clauseId: d.clauseId });
      if (card.score === null) incompleteMonths.push(m.month);
      else scored.push({ month: m.month, score: card.score, max: card.max, on100: canonical(new D(card.score).times(100).dividedBy(card.max)) });
    }
    entries.set(windowId, n);
    const total = sum(scored.map((s) => new D(s.on100)));
    const mean = scored.length === 0 ? null : total.dividedBy(scored.length);
    if (mean !== null) exactMean.set(windowId, mean);
    const raw = own(options.survey, windowId);
    const survey = raw === undefined ? undefined : readDecimal(raw);
    const surveyOk = survey !== undefined && !survey.isNegative() && survey.lessThanOrEqualTo(100);
    const incomplete = mean === null ? 'no-scored-months' : raw === undefined ? 'no-survey' : !surveyOk ? 'invalid-survey' : undefined;
    const composite = incomplete === undefined ? publish(mean!.times(w.monthly).plus(survey!.times(w.survey))) : null;
    return {
      windowId,
      months: scored,
      incompleteMonths,
      uncoveredMonths,
      monthlyMean: mean === null ? null : { sum: canonical(total), count: scored.length, published: publish(mean) },
      survey: surveyOk ? canonical(survey) : null,
      composite,
      ...(incomplete === undefined ? {} : { incomplete }),
      disqualifiedBy,
      rank: null,
      selected: false,
    };
  });

  const excluded = new Map<string, AnnualResult['excluded'][number]>();
  for (const r of rows) {
    if (r.incomplete !== undefined) excluded.set(r.windowId, { windowId: r.windowId, reason: 'incomplete', detail: r.incomplete });
    else if (r.disqualifiedBy.length > 0) {
      excluded.set(r.windowId, { windowId: r.windowId, reason: 'disqualified', detail: r.disqualifiedBy.map((d) => `${d.month} ${d.clauseId}`).join(', ') });
    }
  }
  for (const x of options.exclude ?? []) if (!excluded.has(x.windowId)) excluded.set(x.windowId, { windowId: x.windowId, reason: 'excluded', detail: x.reason });

  const ranking = rank(rows.flatMap((r) => (r.composite === null ? [] : [{ id: r.windowId, score: r.composite }])));
  const count = shareCount(canonical(share), ids.length, rounding);
  if (options.tieBreak !== undefined) checkChain(options.tieBreak, ['monthly-score', 'survey', 'fewer-entries']);
  const top = selectTop(ranking, (id) => !excluded.has(id), count, options.tieBreak === undefined ? undefined : {
    chain: options.tieBreak,
    key: (rule, id) =>
      rule.by === 'monthly-score' ? exactMean.get(id)
      : rule.by === 'survey' ? readDecimal(own(options.survey, id))
      : rule.by === 'fewer-entries' ? new D(entries.get(id) ?? 0)
      : undefined,
  });
  const ranks = new Map(ranking.map((r) => [r.id, r.rank]));
  const chosen = new Set(top.selected);
  const stars = months.find((m) => m.rubric.selection?.stars !== undefined)?.rubric.selection?.stars;
  return {
    year,
    ...(stars === undefined ? {} : { stars }),
    weights: { monthly: canonical(w.monthly), survey: canonical(w.survey) },
    share: canonical(share),
    rounding,
    windows: ids.length,
    ...top,
    rows: rows.map((r) => ({ ...r, rank: ranks.get(r.windowId) ?? null, selected: chosen.has(r.windowId) })),
    ranking,
    excluded: [...excluded.values()].sort((a, b) => compareIds(a.windowId, b.windowId)),
    unmatchedSurvey: Object.keys(options.survey).filter((id) => !byMonth.some((m) => m.cards.has(id))).sort(compareIds),
    coverage,
  };
}
