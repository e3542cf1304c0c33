import { canonical, D, sum, ZERO } from '../decimal/decimal.js';
import { cellCount, cellIds, compareIds, type Cell } from '../ledger/table.js';
import type { CompiledCategory, CompiledClause, CompiledRubric } from '../rubric/compile.js';
import { allocate, capCategory, capChief } from './caps.js';
import { scoreInputCategory } from './input-category.js';
import { KIND_RULES } from './kinds/index.js';
import type { InputProblem } from './kinds/input.js';
import type { ClauseTally, Outcome } from './kinds/types.js';
import type { CategoryScore, DisqualifyHit, SectionScore, TraceItem, VetoHit, WindowCard } from './types.js';

interface Item {
  readonly cc: CompiledClause;
  readonly cell: Cell | undefined;
  readonly tally: ClauseTally;
  readonly outcome: Outcome;
}

interface CategoryPart {
  readonly cat: CompiledCategory;
  readonly score: D | null;
  readonly deducted: D;
  readonly bonus: D;
  readonly capped: boolean;
  readonly chief: D;
  readonly chiefCapped: boolean;
}

const text = (d: D | null): string | null => (d === null ? null : canonical(d));

function traceItem(item: Item, applied: D, chiefApplied: D): TraceItem {
  const { cc, cell, tally, outcome } = item;
  const points = outcome.effect === 'veto' ? ZERO : outcome.points;
  const chief = outcome.effect === 'deduct' ? outcome.chief : ZERO;
  const voided = (cell?.voided ?? [])
    .map(([entryId, voidedBy]) => ({ entryId, voidedBy }))
    .sort((a, b) => compareIds(a.entryId, b.entryId));
  return {
    clauseId: cc.clause.id,
    categoryId: cc.category.category.id,
    kind: cc.clause.kind,
    effect: outcome.effect,
    count: tally.count.toString(),
    ...(cc.clause.kind === 'external' ? { amount: canonical(tally.amount) } : {}),
    entryIds: cell === undefined ? [] : cellIds(cell),
    voided,
    points: canonical(points),
    applied: canonical(applied),
    capped: applied.lessThan(points),
    chiefPoints: canonical(chief),
    chiefApplied: canonical(chiefApplied),
    chiefCapped: chiefApplied.lessThan(chief),
    ...(outcome.effect === 'deduct' && outcome.missing !== undefined ? { missing: outcome.missing.toString() } : {}),
    ...(outcome.effect === 'veto' ? { triggered: outcome.triggered } : {}),
    disqualifies: cc.clause.disqualify === true && tally.count > 0n,
  };
}

function scoreCategory(rubric: CompiledRubric, cat: CompiledCategory, row: ReadonlyMap<string, Cell> | undefined, trace: TraceItem[]): CategoryPart {
  const items: Item[] = [];
  for (const cc of cat.clauses) {
    const cell = row?.get(cc.clause.id);
    if (cell === undefined && cc.clause.kind !== 'quota') continue;
    const tally: ClauseTally = { count: cell === undefined ? 0n : cellCount(cell), amount: cell?.amount ?? ZERO };
    const kind = cc.clause.kind === 'input' ? 'flat' : cc.clause.kind;
    items.push({ cc, cell, tally, outcome: KIND_RULES[kind](cc, tally) });
  }
  const deducts = items.filter((i) => i.outcome.effect === 'deduct');
  const bonuses = items.filter((i) => i.outcome.effect === 'bonus');
  const points = (i: Item) => (i.outcome.effect === 'veto' ? ZERO : i.outcome.points);
  const capped = capCategory(cat.max, sum(deducts.map(points)), sum(bonuses.map(points)));
  const appliedDeducts = allocate(deducts.map(points), capped.deducted);
  const appliedBonus = allocate(bonuses.map(points), capped.bonus);
  const chiefs = deducts.map((i) => (i.outcome.effect === 'deduct' ? i.outcome.chief : ZERO));
  const chief = capChief(chiefs, cat.max.times(rubric.chiefRatio));
  const applied = new Map<Item, [D, D]>();
  deducts.forEach((i, k) => applied.set(i, [appliedDeducts[k]!, chief.applied[k]!]));
  bonuses.forEach((i, k) => applied.set(i, [appliedBonus[k]!, ZERO]));
  for (const i of items) {
    const [a, c] = applied.get(i) ?? [ZERO, ZERO];
    trace.push(traceItem(i, a, c));
  }
  return { cat, score: capped.score, deducted: capped.deducted, bonus: capped.bonus, capped: capped.capped, chief: chief.total, chiefCapped: chief.capped };
}

/**
 * One window's card: every category scored and capped, vetoes applied, inputs checked,
 * every clause that touched the window traced.
 */
export function buildCard(
  rubric: CompiledRubric,
  windowId: string,
  row: ReadonlyMap<string, Cell> | undefined,
  inputs: Readonly<Record<string, unknown>> | undefined,
): WindowCard {
  const trace: TraceItem[] = [];
  const missingInputs: InputProblem[] = [];
  const parts: CategoryPart[] = rubric.categories.map((cat) => {
    if (!cat.isInput) return scoreCategory(rubric, cat, row, trace);
    const r = scoreInputCategory(cat, inputs);
    trace.push(...r.trace);
    missingInputs.push(...r.problems);
    return { cat, score: r.score, deducted: ZERO, bonus: ZERO, capped: r.capped, chief: ZERO, chiefCapped: false };
  });

  const vetoedBy: VetoHit[] = [];
  const disqualifiedBy: DisqualifyHit[] = [];
  for (const t of trace) {
    const clause = rubric.clauses.get(t.clauseId)!.clause;
    if (t.triggered === true && clause.kind === 'veto') {
      vetoedBy.push({ clauseId: t.clauseId, scope: clause.scope ?? 'window', entryIds: t.entryIds });
    }
    if (t.disqualifies) disqualifiedBy.push({ clauseId: t.clauseId, entryIds: t.entryIds });
  }
  const windowVeto = vetoedBy.some((v) => v.scope === 'window');
  const vetoedSections = new Set(vetoedBy.flatMap((v) => (v.scope === 'window' ? [] : [v.scope.section])));
  const isVetoed = (p: CategoryPart) => windowVeto || (p.cat.section !== undefined && vetoedSections.has(p.cat.section.id));

  const categories: CategoryScore[] = parts.map((p) => {
    const vetoed = isVetoed(p);
    return {
      id: p.cat.category.id,
      title: p.cat.category.title,
      ...(p.cat.section === undefined ? {} : { section: p.cat.section.id }),
      max: canonical(p.cat.max),
      score: vetoed ? '0' : text(p.score),
      scoreBeforeVeto: text(p.score),
      deducted: canonical(p.deducted),
      bonus: canonical(p.bonus),
      capped: p.capped,
      chiefDeducted: canonical(p.chief),
      chiefCapped: p.chiefCapped,
      vetoed,
    };
  });
  const total = (ps: readonly CategoryPart[], veto: boolean): D | null => {
    let acc = ZERO;
    for (const p of ps) {
      if (veto && isVetoed(p)) continue;
      if (p.score === null) return null;
      acc = acc.plus(p.score);
    }
    return acc;
  };
  const sections: SectionScore[] = [...rubric.sections.values()].map((s) => {
    const mine = parts.filter((p) => p.cat.section?.id === s.id);
    const vetoed = windowVeto || vetoedSections.has(s.id);
    return { id: s.id, title: s.title, max: canonical(new D(s.max)), score: vetoed ? '0' : text(total(mine, true)), vetoed };
  });
  const score = windowVeto ? ZERO : total(parts, true);
  return {
    windowId,
    score: text(score),
    scoreBeforeVeto: text(total(parts, false)),
    max: canonical(rubric.total),
    chiefDeduction: canonical(sum(parts.map((p) => p.chief))),
    vetoed: vetoedBy.length > 0,
    vetoedBy,
    disqualified: disqualifiedBy.length > 0,
    disqualifiedBy,
    complete: score !== null,
    missingInputs,
    sections,
    categories,
    trace,
  };
}
