import { canonical, D, sum } from '../decimal/decimal.js';
import { InvalidOptionsError } from '../errors/errors.js';
import { compareIds } from '../ledger/table.js';
import type { MonthResult } from '../scoring/types.js';
import { selectMonthly, type SelectMonthlyOptions } from './monthly.js';

/** One window's quarter. */
export interface QuarterRow {
  readonly windowId: string;
  /** Each month of the quarter the window had a card: score (null when incomplete), rank, red flag. */
  readonly months: readonly {
    readonly month: string;
    readonly score: string | null;
    readonly rank: number | null;
    readonly redFlag: boolean;
    readonly vetoed: boolean;
  }[];
  /** Mean of the scored months, published to `decimals` places (half-up), with its exact sum and count. */
  readonly average: { readonly sum: string; readonly count: number; readonly published: string } | null;
  readonly redFlagMonths: readonly string[];
  /** Deductions applied per category over the quarter, by category id (title kept for the bulletin). */
  readonly deductions: readonly { readonly categoryId: string; readonly title: string; readonly deducted: string }[];
  readonly vetoes: readonly { readonly month: string; readonly clauseId: string; readonly entryIds: readonly string[] }[];
}

/** 每季度一通报: the quarter at a glance. */
export interface QuarterlyBulletin {
  /** `YYYY-Qn`. */
  readonly quarter: string;
  readonly months: readonly string[];
  readonly rows: readonly QuarterRow[];
}

/**
 * The quarterly bulletin (每季度一通报): per window, the quarter's monthly scores, their
 * average, the months it was a red-flag window, its deductions by category and its vetoes.
 * The red-flag months come from {@link selectMonthly} with `select` (default the rubric's count).
 *
 * @example
 * const q = quarterlyBulletin([jan, feb, mar]);
 * q.quarter // '2024-Q1'
 * q.rows[0] // { windowId: 'W01', average: { sum: '281', count: 3, published: '93.67' }, redFlagMonths: ['2024-01', '2024-03'], … }
 */
export function quarterlyBulletin(
  monthResults: readonly MonthResult[],
  options: { readonly select?: SelectMonthlyOptions; readonly decimals?: number } = {},
): QuarterlyBulletin {
  const months = [...monthResults].sort((a, b) => compareIds(a.month, b.month));
  const first = months[0];
  if (first === undefined) throw new InvalidOptionsError('monthResults must hold one to three months of one quarter', ['monthResults']);
  const quarterOf = (m: string) => `${m.slice(0, 4)}-Q${Math.floor((Number(m.slice(5)) - 1) / 3) + 1}`;
  const quarter = quarterOf(first.month);
  months.forEach((m, i) => {
    if (quarterOf(m.month) !== quarter) throw new InvalidOptionsError(`${m.month} is not in ${quarter}`, ['monthResults', i]);
    if (i > 0 && months[i - 1]!.month === m.month) throw new InvalidOptionsError(`month ${m.month} is given twice`, ['monthResults', i]);
  });
  const decimals = options.decimals ?? 2;
  const selections = months.map((m) => {
    const sel = selectMonthly(m, options.select);
    return { ranks: new Map(sel.ranking.map((r) => [r.id, r.rank])), named: new Set(sel.selected) };
  });
  const cardsByMonth = months.map((m) => new Map(m.cards.map((c) => [c.windowId, c] as const)));
  const ids = [...new Set(months.flatMap((m) => m.cards.map((c) => c.windowId)))].sort(compareIds);
  const rows = ids.map((windowId): QuarterRow => {
    const rowMonths: QuarterRow['months'][number][] = [];
    const deductions = new Map<string, { title: string; total: D }>();
    const vetoes: QuarterRow['vetoes'][number][] = [];
    months.forEach((m, i) => {
      const card = cardsByMonth[i]!.get(windowId);
      if (card === undefined) return;
      const sel = selections[i]!;
      rowMonths.push({
        month: m.month,
        score: card.score,
        rank: sel.ranks.get(windowId) ?? null,
        redFlag: sel.named.has(windowId),
        vetoed: card.vetoed,
      });
      for (const c of card.categories) {
        const d = deductions.get(c.id) ?? { title: c.title, total: new D(0) };
        deductions.set(c.id, { title: d.title, total: d.total.plus(c.deducted) });
      }
      for (const v of card.vetoedBy) vetoes.push({ month: m.month, clauseId: v.clauseId, entryIds: v.entryIds });
    });
    const scored = rowMonths.flatMap((r) => (r.score === null ? [] : [new D(r.score)]));
    const total = sum(scored);
    return {
      windowId,
      months: rowMonths,
      average: scored.length === 0 ? null : {
        sum: canonical(total),
        count: scored.length,
        published: canonical(total.dividedBy(scored.length).toDecimalPlaces(decimals, D.ROUND_HALF_UP)),
      },
      redFlagMonths: rowMonths.filter((r) => r.redFlag).map((r) => r.month),
      deductions: [...deductions].map(([categoryId, d]) => ({ categoryId, title: d.title, deducted: canonical(d.total) })),
      vetoes,
    };
  });
  return { quarter, months: months.map((m) => m.month), rows };
}
