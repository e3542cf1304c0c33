import { canonical, D, sum, ZERO } from '../decimal/decimal.js';
import { cellCount, cellIds, compareIds, type Cell } from '../ledger/table.js';
import type { CompiledCategory, CompiledClause, CompiledRubric } from '../rubric/compile.js';
import { allocate, capCategory, capChief } from './caps.js';
import { conversions, type Conversion } from './conversions.js';
import { scoreInputCategory } from './input-category.js';
import { KIND_RULES } from './kinds/index.js';
import type { InputProblem } from './kinds/input.js';
import type { ClauseTally, Outcome } from './kinds/types.js';
import { flags, rates } from './rates-flags.js';
import type { CategoryScore, DisqualifyHit, SectionScore, TraceItem, VetoHit, WindowCard } from './types.js';

interface Item {
  readonly cc: CompiledClause;
  readonly cell: Cell | undefined;
  readonly tally: ClauseTally;
  readonly outcome: Outcome;
  readonly converted: Conversion | undefined;
}

interface CategoryPart {
  readonly cat: CompiledCategory;
  /** Null for a tally category, or an input category with an input missing. */
  readonly score: D | null;
  readonly deducted: D;
  readonly bonus: D;
  readonly capped: boolean;
  readonly chief: D;
  readonly chiefCapped: boolean;
}

const text = (d: D | null): string | null => (d === null ? null : canonical(d));
const pointsOf = (o: Outcome): D => (o.effect === 'deduct' || o.effect === 'bonus' ? o.points : ZERO);

function traceItem(item: Item, applied: D, chiefApplied: D, made: Conversion | undefined): TraceItem {
  const { cc, cell, tally, outcome, converted } = item;
  const points = pointsOf(outcome);
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
    ...(converted === undefined ? {} : { convertedFrom: converted.from.map((f) => ({ clauseId: f.clauseId, count: f.count.toString() })) }),
    ...(made === undefined ? {} : { converted: made.count.toString() }),
    disqualifies: cc.clause.disqualify === true && tally.count > 0n,
  };
}

function scoreCategory(
  rubric: CompiledRubric,
  cat: CompiledCategory,
  row: ReadonlyMap<string, Cell> | undefined,
  extra: ReadonlyMap<string, Conversion>,
  trace: TraceItem[],
): CategoryPart {
  const items: Item[] = [];
  for (const cc of cat.clauses) {
    const cell = row?.get(cc.clause.id);
    const converted = extra.get(cc.clause.id);
    if (cell === undefined && converted === undefined && cc.clause.kind !== 'quota') continue;
    const count = (cell === undefined ? 0n : cellCount(cell)) + (converted?.count ?? 0n);
    const tally: ClauseTally = { count, amount: cell?.amount ?? ZERO };
    const kind = cc.clause.kind === 'input' ? 'record' : cc.clause.kind;
    items.push({ cc, cell, tally, outcome: KIND_RULES[kind](cc, tally), converted });
  }
  const deducts = items.filter((i) => i.outcome.effect === 'deduct');
  const bonuses = items.filter((i) => i.outcome.effect === 'bonus');
  const chiefs = deducts.map((i) => (i.outcome.effect === 'deduct' ? i.outcome.chief : ZERO));
  const rawDeducted = sum(deducts.map((i) => pointsOf(i.outcome)));
  const rawBonus = sum(bonuses.map((i) => pointsOf(i.outcome)));
  // A tally category (no max) sums its points uncapped and has no score.
  const capped = cat.max === undefined ? { score: null, deducted: rawDeducted, bonus: rawBonus, capped: false } : capCategory(cat.max, rawDeducted, rawBonus);
  const chief = cat.max === undefined ? { applied: chiefs, total: sum(chiefs), capped: false } : capChief(chiefs, cat.max.times(rubric.chiefRatio));
  const applied = new Map<Item, [D, D]>();
  const appliedDeducts = allocate(deducts.map((i) => pointsOf(i.outcome)), capped.deducted);
  const appliedBonus = allocate(bonuses.map((i) => pointsOf(i.outcome)), capped.bonus);
  deducts.forEach((i, k) => applied.set(i, [appliedDeducts[k]!, chief.applied[k]!]));
  bonuses.forEach((i, k) => applied.set(i, [appliedBonus[k]!, ZERO]));
  const made = madeBy(row);
  for (const i of items) {
    const [a, c] = applied.get(i) ?? [ZERO, ZERO];
    trace.push(traceItem(i, a, c, made.get(i.cc.clause.id)));
  }
  return { cat, score: capped.score, deducted: capped.deducted, bonus: capped.bonus, capped: capped.capped, chief: chief.total, chiefCapped: chief.capped };
}

/** What each overflow clause converted, keyed by the overflow clause. */
function madeBy(row: ReadonlyMap<string, Cell> | undefined): Map<string, Conversion> {
  const out = new Map<string, Conversion>();
  for (const [, conv] of conversions(row)) for (const f of conv.from) out.set(f.clauseId, { count: f.count, byMonth: new Map(), from: [] });
  return out;
}

/** The card's identity: a window, or a person at a window. */
export interface Subject {
  readonly windowId: string;
  readonly personId?: string;
}

/**
 * One card: every category scored and capped, overflow clauses converted, vetoes applied,
 * inputs checked, rates and flags computed, every clause that touched it traced.
 */
export function buildCard(
  rubric: CompiledRubric,
  subject: Subject,
  row: ReadonlyMap<string, Cell> | undefined,
  inputs: Readonly<Record<string, unknown>> | undefined,
): WindowCard {
  const trace: TraceItem[] = [];
  const missingInputs: InputProblem[] = [];
  const extra = conversions(row);
  const parts: CategoryPart[] = rubric.categories.map((cat) => {
    if (!cat.isInput) return scoreCategory(rubric, cat, row, extra, trace);
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
  const isTally = (p: CategoryPart) => p.cat.max === undefined;

  const categories: CategoryScore[] = parts.map((p) => {
    const vetoed = isVetoed(p);
    return {
      id: p.cat.category.id,
      title: p.cat.category.title,
      ...(p.cat.section === undefined ? {} : { section: p.cat.section.id }),
      max: p.cat.max === undefined ? null : canonical(p.cat.max),
      score: vetoed && !isTally(p) ? '0' : text(p.score),
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
      if (isTally(p) || (veto && isVetoed(p))) continue;
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
    windowId: subject.windowId,
    ...(subject.personId === undefined ? {} : { personId: subject.personId }),
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
    rates: rates(rubric.rubric, row, extra),
    flags: flags(rubric.rubric, row, extra),
  };
}
