import { IdMatcher } from '../ledger/closest.js';
import { UsageError } from './errors.js';
import type { Sink } from './io.js';
import type { Survey } from './survey.js';

/** What the survey check reads of the annual result. */
interface AnnualRows {
  readonly rows: readonly { readonly windowId: string; readonly incomplete?: string }[];
}

/** How many windows a no-survey refusal names. */
const LISTED = 20;

/**
 * Refuses (exit 2) a survey that does not fit the year's windows: a row naming a window
 * that is not one (with the closest windows: `住建局` → 住建), no row naming any window, a
 * score the composite could not use, a window with monthly scores but no survey score (it
 * could not be ranked). When no
 * entry of the ledger was accepted (`accepted` 0) the windows are not checked: the ledger
 * does not fit, which the command reports (exit 3) as the cause.
 */
export function checkSurvey(ui: Sink, survey: Survey, annual: AnnualRows, accepted: number): void {
  const windows = annual.rows.map((r) => r.windowId);
  const known = new Set(windows);
  const ids = Object.keys(survey.scores);
  const at = (id: string) => {
    const line = survey.lines.get(id);
    return line === undefined ? survey.path : `${survey.path}:${line}`;
  };
  const unmatched = ids.filter((id) => !known.has(id));
  if (unmatched.length > 0 && accepted > 0) {
    const matcher = new IdMatcher(windows);
    const lines = unmatched.map((id) => {
      const near = matcher.closest(id);
      return {
        zh: `民主测评文件 ${at(id)} 窗口“${id}”不是本年度的窗口${near.length === 0 ? '' : `, 是否应为 ${near.map((n) => `“${n}”`).join('、')}?`}`,
        en: `survey file ${at(id)}: "${id}" is not a window of the year${near.length === 0 ? '' : `; did you mean ${near.map((n) => `"${n}"`).join(', ')}?`}`,
      };
    });
    const none = unmatched.length === ids.length;
    for (const l of lines.slice(0, -1)) ui.note(`错误 error: ${l.zh} / ${l.en}`);
    const last = lines[lines.length - 1]!;
    const tail = none
      ? { zh: `; 测评文件中没有一行与窗口相符 (共 ${ids.length} 行)`, en: `; no row of the survey names a window of the year (${ids.length} rows)` }
      : { zh: unmatched.length > 1 ? ` (共 ${unmatched.length} 行, 其余见上)` : '', en: unmatched.length > 1 ? ` (${unmatched.length} rows, the others above)` : '' };
    throw new UsageError(`${last.zh}${tail.zh}`, `${last.en}${tail.en}`);
  }
  const invalid = annual.rows.find((r) => r.incomplete === 'invalid-survey');
  if (invalid !== undefined) {
    const v = survey.scores[invalid.windowId] ?? '';
    throw new UsageError(`民主测评文件 ${at(invalid.windowId)} 窗口“${invalid.windowId}”的得分“${v}”无法使用`, `survey file ${at(invalid.windowId)}: window "${invalid.windowId}": the score "${v}" cannot be used`);
  }
  const missing = annual.rows.filter((r) => r.incomplete === 'no-survey').map((r) => r.windowId);
  if (missing.length > 0) {
    const names = missing.length > LISTED ? `${missing.slice(0, LISTED).join(', ')} …` : missing.join(', ');
    throw new UsageError(
      `民主测评文件 ${survey.path} 缺少 ${missing.length} 个窗口的得分, 这些窗口将无法参加年度评选: ${names}; 请在测评文件中补上它们的得分`,
      `survey file ${survey.path} has no score for ${missing.length} window(s), which could not be ranked this year: ${names}; add their scores to the survey`,
    );
  }
}
