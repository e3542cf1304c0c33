import { canonical, D, min, own, sum, ZERO } from '../decimal/decimal.js';
import type { CompiledCategory } from '../rubric/compile.js';
import { inputContribution, type InputProblem } from './kinds/input.js';
import type { TraceItem } from './types.js';

/** An `input` category (基础分): the sum of its inputs' shares, or null when one is missing. */
export interface InputCategory {
  readonly score: D | null;
  readonly capped: boolean;
  readonly trace: TraceItem[];
  readonly problems: InputProblem[];
}

export function scoreInputCategory(cat: CompiledCategory, inputs: Readonly<Record<string, unknown>> | undefined): InputCategory {
  const trace: TraceItem[] = [];
  const problems: InputProblem[] = [];
  const parts: D[] = [];
  for (const cc of cat.clauses) {
    const value = own(inputs, cc.clause.id);
    const got = inputContribution(cc, value);
    const ok = got instanceof D;
    if (ok) parts.push(got);
    else problems.push(got);
    const points = ok ? canonical(got) : '0';
    trace.push({
      clauseId: cc.clause.id,
      categoryId: cat.category.id,
      kind: cc.clause.kind,
      effect: 'input',
      count: '0',
      entryIds: [],
      voided: [],
      points,
      applied: points,
      capped: false,
      chiefPoints: '0',
      chiefApplied: '0',
      chiefCapped: false,
      inputValue: ok ? canonical(new D(value as number | string)) : null,
      disqualifies: false,
    });
  }
  if (problems.length > 0) return { score: null, capped: false, trace, problems };
  const total = sum(parts);
  const max = cat.max!; // input categories always have a max (the schema requires it)
  return { score: min(total, max), capped: total.greaterThan(max) || total.isNegative(), trace, problems };
}

export { ZERO };
