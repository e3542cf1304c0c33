import { InvalidOptionsError, shown } from '../errors/errors.js';
import { closestIds } from '../ledger/closest.js';
import { DEFAULT_TIME_ZONE, periodOf, type Period } from '../ledger/period.js';
import { Roster } from '../ledger/roster.js';
import { idProblem, idProblemZh, subjectKey } from '../ledger/validate.js';
import { compileRubric, type CompiledRubric } from '../rubric/compile.js';
import type { Rubric } from '../rubric/schema.js';
import type { Subject } from './card.js';
import type { ScorePeriodOptions } from './score-period.js';

/** Values fed to `input` clauses: window id -> input clause id -> value (number or decimal string). */
export type MonthInputs = Readonly<Record<string, Readonly<Record<string, number | string>>>>;

/** The options {@link setup} reads: those of `scorePeriod` (a type-only import, no cycle at run time). */
export type SetupOptions = ScorePeriodOptions;

/** What scoring a period starts from: the rubric compiled, the period, the declared cards. */
export interface Context {
  readonly compiled: CompiledRubric;
  readonly period: Period;
  readonly inputs: MonthInputs | undefined;
  readonly byPerson: boolean;
  readonly subjects: Map<string, Subject>;
  readonly declared: ReadonlySet<string>;
  /** The declared windows (or people), when the caller declared any: the only cards there are. */
  readonly roster: Roster | undefined;
  readonly fingerprint: boolean;
}

function checkInputs(inputs: unknown, inputClauses: ReadonlySet<string>, roster: Roster | undefined): MonthInputs | undefined {
  if (inputs === undefined) return undefined;
  if (typeof inputs !== 'object' || inputs === null || Array.isArray(inputs)) {
    throw new InvalidOptionsError('inputs must be an object: window id -> input clause id -> value', ['inputs'], 'inputs 应为对象: 窗口 -> 输入条款 -> 值');
  }
  for (const [windowId, values] of Object.entries(inputs)) {
    const bad = idProblem(windowId);
    if (bad !== undefined) throw new InvalidOptionsError(`inputs: window id ${bad}`, ['inputs', windowId], `inputs: 窗口编号 ${shown(windowId)} ${idProblemZh(bad)}`);
    if (roster !== undefined && !roster.windows.has(windowId)) {
      const near = closestIds(windowId, roster.windows);
      const hint = near.length === 0 ? '' : `; did you mean ${near.map((w) => `"${w}"`).join(', ')}?`;
      const hintZh = near.length === 0 ? '' : `, 是否应为 ${near.map((w) => `“${w}”`).join('、')}?`;
      throw new InvalidOptionsError(`inputs: window "${windowId}" is not among the declared windows${hint}`, ['inputs', windowId], `inputs: 窗口“${windowId}”不在窗口清单中${hintZh}`);
    }
    if (typeof values !== 'object' || values === null || Array.isArray(values)) {
      throw new InvalidOptionsError(`inputs.${windowId} must be an object: input clause id -> value`, ['inputs', windowId], `inputs.${windowId} 应为对象: 输入条款 -> 值`);
    }
    for (const clauseId of Object.keys(values)) {
      if (!inputClauses.has(clauseId)) {
        throw new InvalidOptionsError(`inputs.${windowId}: "${clauseId}" is not an input clause of the rubric`, ['inputs', windowId, clauseId], `inputs.${windowId}: “${clauseId}”不是评分标准中的输入条款`);
      }
    }
  }
  return inputs as MonthInputs;
}

/**
 * Checks the rubric and the options, and lists the declared windows or people. When
 * `windows` (or `people`) is given, it is the roster: entries for other windows (or
 * people) are rejected, inputs for other windows refused. `alsoDeclared`: windows that are
 * declared without a card unless entries name them (`scoreYear`: a window outside its span
 * that month).
 * @example setup(rubric, { period: '2024-03', windows: ['W01'] }).roster?.windows.has('W01') // true
 */
export function setup(rubric: Rubric, options: SetupOptions, alsoDeclared: readonly string[] = []): Context {
  if (typeof options !== 'object' || options === null) {
    throw new InvalidOptionsError('options must be an object with at least { period: "YYYY-MM" | "YYYY" }', [], 'options 应为对象, 至少含 { period: "YYYY-MM" | "YYYY" }');
  }
  const compiled = compileRubric(rubric);
  const period = periodOf(options.period, options.timeZone ?? DEFAULT_TIME_ZONE);
  const inputClauses = new Set([...compiled.clauses.values()].filter((c) => c.clause.kind === 'input').map((c) => c.clause.id));
  const byPerson = compiled.rubric.subject === 'person';
  if (byPerson && (options.windows !== undefined || options.inputs !== undefined)) {
    throw new InvalidOptionsError(`rubric ${compiled.rubric.id} scores people: list them in people, not windows; inputs are for window rubrics`, [options.windows === undefined ? 'inputs' : 'windows'], `评分标准 ${compiled.rubric.id} 按人员评分: 请列出人员 (people), 而非窗口; 输入值只用于按窗口评分的标准`);
  }
  if (!byPerson && options.people !== undefined) {
    throw new InvalidOptionsError(`rubric ${compiled.rubric.id} scores windows: list them in windows, not people`, ['people'], `评分标准 ${compiled.rubric.id} 按窗口评分: 请列出窗口 (windows), 而非人员`);
  }
  const subjects = new Map<string, Subject>();
  let roster: Roster | undefined;
  if (options.windows !== undefined) {
    if (!Array.isArray(options.windows)) throw new InvalidOptionsError('windows must be an array of window ids', ['windows'], 'windows 应为窗口编号的数组');
    options.windows.forEach((w: unknown, i) => {
      const bad = idProblem(w);
      if (bad !== undefined) throw new InvalidOptionsError(`windows[${i}]: window id ${bad}`, ['windows', i], `窗口清单第 ${i + 1} 个窗口编号 ${shown(w)} ${idProblemZh(bad)}`);
      subjects.set(w as string, { windowId: w as string });
    });
    roster = new Roster(new Set([...subjects.keys(), ...alsoDeclared]));
  }
  if (options.people !== undefined) {
    if (!Array.isArray(options.people)) throw new InvalidOptionsError('people must be an array of { windowId, personId }', ['people'], 'people 应为 { windowId, personId } 的数组');
    const people = new Map<string, Set<string>>();
    options.people.forEach((p: { windowId?: unknown; personId?: unknown }, i) => {
      const bad = idProblem(p?.windowId) ?? idProblem(p?.personId);
      if (bad !== undefined) throw new InvalidOptionsError(`people[${i}]: windowId and personId must be ids: ${bad}`, ['people', i], `人员名单第 ${i + 1} 人: windowId 与 personId 应为编号: ${idProblemZh(bad)}`);
      subjects.set(subjectKey(p.windowId as string, p.personId as string), { windowId: p.windowId as string, personId: p.personId as string });
      let here = people.get(p.windowId as string);
      if (here === undefined) people.set(p.windowId as string, (here = new Set()));
      here.add(p.personId as string);
    });
    roster = new Roster(new Set(people.keys()), people);
  }
  const inputs = checkInputs(options.inputs, inputClauses, roster);
  return { compiled, period, inputs, byPerson, subjects, declared: new Set(subjects.keys()), roster, fingerprint: options.fingerprint !== false };
}
