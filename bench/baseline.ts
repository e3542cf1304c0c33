// The speed limit for this work in JavaScript: a plain-number loop over the same objects,
// computing the same per-window totals with the same caps and chief halves, with no
// validation, no voids, no dates, no decimals, no trace.
import type { Rubric } from '../src/index.js';

interface Table {
  clauseIndex: Map<string, number>;
  points: Float64Array;
  chief: Float64Array;
  category: Int32Array;
  max: Float64Array;
}

export function table(rubric: Rubric): Table {
  const clauses = rubric.categories.flatMap((c, ci) => c.clauses.map((k) => ({ k, ci })));
  const ratio = Number(rubric.chiefRatio);
  return {
    clauseIndex: new Map(clauses.map(({ k }, i) => [k.id, i])),
    points: Float64Array.from(clauses.map(({ k }) => ('points' in k && k.kind !== 'input' ? Number(k.points) : 0))),
    chief: Float64Array.from(clauses.map(({ k }) => ('chiefPoints' in k && k.chiefPoints !== undefined ? Number(k.chiefPoints) : 'points' in k && k.kind !== 'input' ? Number(k.points) * ratio : 0))),
    category: Int32Array.from(clauses.map(({ ci }) => ci)),
    max: Float64Array.from(rubric.categories.map((c) => Number(c.max ?? 0))),
  };
}

/** Per-window score and chief deduction, in plain numbers. */
export function baseline(t: Table, entries: readonly { windowId?: string; clauseId?: string; count?: number }[]): Map<string, [number, number]> {
  const n = t.points.length;
  const counts = new Map<string, Float64Array>();
  for (const e of entries) {
    const k = t.clauseIndex.get(e.clauseId as string);
    if (k === undefined || e.windowId === undefined) continue;
    let row = counts.get(e.windowId);
    if (row === undefined) counts.set(e.windowId, (row = new Float64Array(n)));
    row[k]! += e.count ?? 1;
  }
  const out = new Map<string, [number, number]>();
  const cats = t.max.length;
  for (const [w, row] of counts) {
    const ded = new Float64Array(cats);
    const chief = new Float64Array(cats);
    for (let k = 0; k < n; k++) {
      ded[t.category[k]!]! += t.points[k]! * row[k]!;
      chief[t.category[k]!]! += t.chief[k]! * row[k]!;
    }
    let score = 0;
    let chiefTotal = 0;
    for (let c = 0; c < cats; c++) {
      score += Math.max(0, t.max[c]! - ded[c]!);
      chiefTotal += Math.min(chief[c]!, t.max[c]! * 0.5);
    }
    out.set(w, [score, chiefTotal]);
  }
  return out;
}
