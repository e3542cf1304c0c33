// Hand-made months for the report tests (not part of the package: no entry imports it).
import { loadRubric, parseRubric, scoreMonth, selectMonthly } from '../index.js';
import type { LedgerRecord } from '../ledger/entry.js';
import type { Rubric } from '../rubric/schema.js';
import type { MonthResult } from '../scoring/types.js';
import type { MonthlySelection } from '../selection/monthly.js';
import type { MonthlyBulletinInput } from './types.js';

/** A bulletin input whose selection was made (the fixtures always make one). */
export type SelectedMonth = MonthlyBulletinInput & { readonly selection: MonthlySelection };

/**
 * red-flag-window with 刁难、歧视服务对象 (w2.4) marked as disqualifying, so a month can show
 * a disqualification (the built-in rubric has no disqualifying clause).
 *
 * @example
 * testRubric().categories[0]!.clauses.find((c) => c.id === 'w2.4')!.disqualify // true
 */
export function testRubric(): Rubric {
  const base = loadRubric('red-flag-window');
  return parseRubric({
    ...base,
    categories: base.categories.map((c) => ({ ...c, clauses: c.clauses.map((k) => (k.id === 'w2.4' ? { ...k, disqualify: true } : k)) })),
  });
}

/** Entries meeting the two monthly quotas (工作信息 w5.3, 分管领导到窗口 u4.2) for each window. */
function quotas(windows: readonly string[], month: string): LedgerRecord[] {
  return windows.flatMap((w) => [
    { id: `info-${w}`, windowId: w, clauseId: 'w5.3', date: `${month}-10` },
    { id: `lead-${w}`, windowId: w, clauseId: 'u4.2', date: `${month}-11` },
  ]);
}

/**
 * A five-window March: W01 clean (100); W05 disqualified (95, ranked 2nd, not named);
 * W02 and W03 tied at 94 for the last of 2 places (so 3 are named); W04 vetoed (0, 97
 * before the veto); one entry rejected, one of April.
 *
 * @example
 * smallMonth().selection.selected // ['W01', 'W02', 'W03']
 */
export function smallMonth(windows: readonly string[] = ['W01', 'W02', 'W03', 'W04', 'W05']): SelectedMonth {
  const [w1, w2, w3, w4, w5] = windows as [string, string, string, string, string];
  const rubric = testRubric();
  const ledger: LedgerRecord[] = [
    { id: 'e1', windowId: w2, clauseId: 'w1.1', date: '2024-03-04', count: 3, evidence: { source: '现场巡查' } },
    { id: 'e2', windowId: w3, clauseId: 'w3.4', date: '2024-03-05', count: 2 },
    { id: 'e3', windowId: w4, clauseId: 'w3.4', date: '2024-03-06' },
    { id: 'e4', windowId: w4, clauseId: 'w6.6', date: '2024-03-07' },
    { id: 'e5', windowId: w5, clauseId: 'w2.4', date: '2024-03-08' },
    { id: 'bad1', windowId: w1, clauseId: 'x9', date: '2024-03-09' } as LedgerRecord,
    { id: 'apr1', windowId: w1, clauseId: 'w1.2', date: '2024-04-02' },
    ...quotas([w1, w2, w3, w4, w5], '2024-03'),
  ];
  const result: MonthResult = scoreMonth(rubric, ledger, { month: '2024-03', windows });
  const selection: MonthlySelection = selectMonthly(result, { count: 2 });
  return { centre: '示范县政务服务中心', rubric, result, selection, issuedOn: '2024-04-05', lineOf: (i) => i + 2 };
}

/**
 * A twenty-window March of red-flag-window (18 places): scores spread from 100 down,
 * W18 and W19 tied at the 18th place (19 named), W20 vetoed.
 *
 * @example
 * twentyWindowMonth().selection.selected.length // 19
 */
export function twentyWindowMonth(): SelectedMonth {
  const rubric = loadRubric('red-flag-window');
  const windows = Array.from({ length: 20 }, (_, i) => `W${String(i + 1).padStart(2, '0')}`);
  const ledger: LedgerRecord[] = [...quotas(windows, '2024-03')];
  windows.forEach((w, i) => {
    // W01 loses nothing, W02 1 point, … W17 16 points; W18 and W19 both 18; W20 a veto.
    const lost = i < 17 ? i : 18;
    if (lost > 0 && i < 19) ledger.push({ id: `d-${w}`, windowId: w, clauseId: 'w1.2', date: '2024-03-12', count: lost });
  });
  ledger.push({ id: 'veto-W20', windowId: 'W20', clauseId: 'w6.5', date: '2024-03-20' });
  const result = scoreMonth(rubric, ledger, { month: '2024-03', windows });
  return { centre: '示范县政务服务中心', rubric, result, selection: selectMonthly(result), issuedOn: '2024-04-05' };
}
