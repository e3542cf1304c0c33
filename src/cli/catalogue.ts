import { canonical, D } from '../decimal/decimal.js';
import type { Clause, Rubric } from '../index.js';

/** One clause of a rubric as the catalogue lists it. */
export interface CatalogueRow {
  readonly id: string;
  readonly category: { readonly id: string; readonly title: string };
  readonly kind: Clause['kind'];
  /** Points per occurrence (deducting, bonus, input clauses); `''` when the clause has none. */
  readonly points: string;
  /** What the chief representative loses: points, or `x0.5` of an external amount; `''` for none. */
  readonly chiefPoints: string;
  readonly evidence: string;
  readonly text: string;
  /** How the clause counts, in Chinese, where points alone do not say it. */
  readonly rule: string;
}

function chiefOf(k: Clause, ratio: string): string {
  switch (k.kind) {
    case 'per-occurrence':
    case 'flat':
    case 'threshold':
    case 'quota':
      return k.chiefPoints ?? canonical(new D(k.points).times(ratio));
    case 'external':
      return `x${k.chiefRatio ?? ratio}`;
    default:
      return '';
  }
}

function ruleOf(k: Clause): string {
  switch (k.kind) {
    case 'threshold':
      return `月累计达 ${k.threshold} 次扣一次`;
    case 'quota':
      return k.mode === 'per-missing' ? `每月须 ${k.required} 次, 每缺 1 次扣` : `每月少于 ${k.required} 次扣一次`;
    case 'external':
      return '分值取自台账 amount';
    case 'veto':
      return typeof k.scope === 'object' ? `部分 ${k.scope.section} 本月不得分` : '本月不得分';
    case 'bonus':
      return k.cap === undefined ? '加分' : `加分, 每月最多 ${k.cap}`;
    case 'input':
      return `输入值满分 ${k.outOf}`;
    case 'record':
      return '只计数, 不计分';
    case 'overflow':
      return `每月超过 ${k.allowance} 次的部分计为 ${k.countsAs}`;
    default:
      return '';
  }
}

/** Every clause of a rubric, in order, with its category, points and chief points. */
export function catalogue(rubric: Rubric): CatalogueRow[] {
  return rubric.categories.flatMap((c) =>
    c.clauses.map((k) => ({
      id: k.id,
      category: { id: c.id, title: c.title },
      kind: k.kind,
      points: 'points' in k ? k.points : '',
      chiefPoints: chiefOf(k, rubric.chiefRatio),
      evidence: k.evidence ?? '',
      text: k.text,
      rule: ruleOf(k),
    })),
  );
}
