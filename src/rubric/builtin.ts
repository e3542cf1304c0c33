import centreAttendance from '../../rubrics/centre-attendance.json';
import countyMonthly from '../../rubrics/county-monthly.json';
import goodBadReview from '../../rubrics/good-bad-review.json';
import redFlagWindow from '../../rubrics/red-flag-window.json';
import thousandPoint from '../../rubrics/thousand-point.json';
import windowStaffAttendance from '../../rubrics/window-staff-attendance.json';
import { canonical, D } from '../decimal/decimal.js';
import { InvalidOptionsError } from '../errors/errors.js';
import { parseRubric } from './parse.js';
import type { Rubric } from './schema.js';

const FILES = {
  'county-monthly': countyMonthly,
  'red-flag-window': redFlagWindow,
  'centre-attendance': centreAttendance,
  'window-staff-attendance': windowStaffAttendance,
  'good-bad-review': goodBadReview,
  'thousand-point': thousandPoint,
} as const;

/** The name of a rubric that ships with the library. */
export type BuiltinRubricName = keyof typeof FILES;

/** What a built-in rubric is, without loading it. */
export interface BuiltinRubricInfo {
  readonly id: BuiltinRubricName;
  readonly version: string;
  readonly title: string;
  /** The source document's title. */
  readonly document: string;
  /** Full marks ('0' for a rubric of tallies and rates only). */
  readonly total: string;
  /** Number of clauses. */
  readonly clauses: number;
  /** True when the published source stops before its end or lacks an attachment. */
  readonly truncated: boolean;
  /** True for a template whose categories a county fills in. */
  readonly template: boolean;
}

/**
 * The rubrics that ship with the library, as metadata. Load one with {@link loadRubric}, or
 * read its JSON as `window-scorecard/rubrics/<id>.json`.
 *
 * @example
 * builtinRubrics.map((r) => r.id)
 * // ['county-monthly', 'red-flag-window', 'centre-attendance', 'window-staff-attendance', 'good-bad-review', 'thousand-point']
 */
export const builtinRubrics: readonly BuiltinRubricInfo[] = /* @__PURE__ */ (() =>
  (Object.keys(FILES) as BuiltinRubricName[]).map((id) => {
    const r = FILES[id] as unknown as Rubric;
    return {
      id,
      version: r.version,
      title: r.title,
      document: r.source.document,
      total: canonical(new D(r.total)),
      clauses: r.categories.reduce((n, c) => n + c.clauses.length, 0),
      truncated: r.source.truncated === true,
      template: r.template === true,
    };
  }))();

/**
 * A built-in rubric by name, parsed (a fresh object on every call, so callers may not
 * share mutations).
 *
 * @throws {InvalidOptionsError} for a name that is not built in.
 * @example
 * const rubric = loadRubric('county-monthly');
 * rubric.categories.map((c) => c.title) // ['基础分', '人员选派', '进驻授权', '服务能力', '工作联动', '服务监督']
 */
export function loadRubric(name: BuiltinRubricName): Rubric {
  if (!Object.hasOwn(FILES, name)) {
    throw new InvalidOptionsError(`no built-in rubric "${String(name)}"; built in: ${Object.keys(FILES).join(', ')}`, ['name']);
  }
  return parseRubric(FILES[name]);
}
