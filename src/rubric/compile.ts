import { D } from '../decimal/decimal.js';
import { InvalidOptionsError } from '../errors/errors.js';
import { parseRubric } from './parse.js';
import type { Category, Clause, Rubric, Section } from './schema.js';

/** A clause with its effective numbers resolved. */
export interface CompiledClause {
  readonly clause: Clause;
  /** Position of the clause in the rubric (rubric order decides cap allocation). */
  readonly order: number;
  readonly category: CompiledCategory;
  /** Window points per unit (deduction, bonus or input weight); 0 for veto / external. */
  readonly points: D;
  /** Chief representative's points per unit (or the ratio, for external clauses). */
  readonly chief: D;
  /** Whether its counts are also kept per month (overflow clauses and monthly flags need them). */
  readonly byMonth: boolean;
}

export interface CompiledCategory {
  readonly category: Category;
  /** Undefined for a tally category (no cap, no score). */
  readonly max: D | undefined;
  readonly section: Section | undefined;
  readonly clauses: CompiledClause[];
  readonly isInput: boolean;
}

/** Lookup tables built once per scoring call. */
export interface CompiledRubric {
  readonly rubric: Rubric;
  readonly total: D;
  readonly chiefRatio: D;
  readonly categories: readonly CompiledCategory[];
  readonly clauses: ReadonlyMap<string, CompiledClause>;
  readonly sections: ReadonlyMap<string, Section>;
}

function chiefOf(clause: Clause, ratio: D): D {
  switch (clause.kind) {
    case 'per-occurrence':
    case 'flat':
    case 'threshold':
    case 'quota':
      return clause.chiefPoints === undefined ? new D(clause.points).times(ratio) : new D(clause.chiefPoints);
    case 'external':
      return clause.chiefRatio === undefined ? ratio : new D(clause.chiefRatio);
    case 'veto':
    case 'bonus':
    case 'input':
    case 'record':
    case 'overflow':
      return new D(0);
  }
}

function pointsOf(clause: Clause): D {
  return 'points' in clause ? new D(clause.points) : new D(0);
}

/**
 * Validates a rubric (again: scoring never trusts that its argument was parsed) and
 * builds the tables the scorer reads.
 * @throws {RubricValidationError} when the rubric is invalid.
 */
export function compileRubric(input: Rubric): CompiledRubric {
  const rubric = parseRubric(input);
  if (rubric.template === true) {
    throw new InvalidOptionsError(`rubric ${rubric.id} is a template: fill in its categories (and drop "template") before scoring with it`, ['rubric']);
  }
  const chiefRatio = new D(rubric.chiefRatio);
  const sections = new Map((rubric.sections ?? []).map((s) => [s.id, s] as const));
  const clauses = new Map<string, CompiledClause>();
  const monthly = new Set<string>();
  for (const c of rubric.categories.flatMap((k) => k.clauses)) if (c.kind === 'overflow') monthly.add(c.id);
  for (const f of rubric.flags ?? []) if (f.per === 'month') for (const c of f.clauses) monthly.add(c.id);
  let order = 0;
  const categories = rubric.categories.map((category) => {
    const compiled: CompiledCategory = {
      category,
      max: category.max === undefined ? undefined : new D(category.max),
      section: category.section === undefined ? undefined : sections.get(category.section),
      clauses: [],
      isInput: category.clauses.length > 0 && category.clauses.every((c) => c.kind === 'input'),
    };
    for (const clause of category.clauses) {
      const c: CompiledClause = {
        clause, order: order++, category: compiled, points: pointsOf(clause), chief: chiefOf(clause, chiefRatio), byMonth: monthly.has(clause.id),
      };
      compiled.clauses.push(c);
      clauses.set(clause.id, c);
    }
    return compiled;
  });
  return { rubric, total: new D(rubric.total), chiefRatio, categories, clauses, sections };
}
