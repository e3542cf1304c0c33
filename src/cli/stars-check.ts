import { IdMatcher } from '../ledger/closest.js';
import { UsageError } from './errors.js';
import { lineOfKeys, type InputsFile } from './input-values.js';
import type { Sink } from './io.js';

/** A staff list as `selectServiceStars` takes it. */
export type Staff = readonly { readonly personId: string; readonly windowId: string }[];

/**
 * The staff list (`[{"personId": "张三", "windowId": "人社"}]`) checked: an array of
 * objects with a non-empty text `personId` and `windowId`, else a usage error naming the
 * file and the entry.
 */
export function staffOf(file: InputsFile): Staff {
  const zh = (why: string) => `人员名单 ${file.path} ${why}: 应为 [{"personId": "张三", "windowId": "人社"}, …]`;
  const en = (why: string) => `staff file ${file.path} ${why}: expected [{"personId": "张三", "windowId": "人社"}, …]`;
  if (!Array.isArray(file.json)) throw new UsageError(zh('不是数组'), en('is not an array'));
  file.json.forEach((s: unknown, i) => {
    const ok = typeof s === 'object' && s !== null && ['personId', 'windowId'].every((k) => typeof (s as Record<string, unknown>)[k] === 'string' && (s as Record<string, string>)[k]!.trim() !== '');
    if (!ok) throw new UsageError(zh(`第 ${i + 1} 项 ${JSON.stringify(s) ?? String(s)} 缺少 personId 或 windowId`), en(`entry ${i + 1} ${JSON.stringify(s) ?? String(s)} has no personId or windowId`));
  });
  return file.json as Staff;
}

/**
 * Refuses (exit 2) votes for a name that is not on the staff list: each is named on stderr
 * with its line, its votes and the closest staff names ("是否应为 张三"), since a vote that
 * silently does not count can decide who gets a star.
 */
export function refuseUnknownVoters(ui: Sink, votes: InputsFile, staffPath: string, staff: Staff): void {
  if (typeof votes.json !== 'object' || votes.json === null || Array.isArray(votes.json)) {
    throw new UsageError(`得票文件 ${votes.path} 应为 JSON 对象 {"张三": 40}`, `votes file ${votes.path} must be a JSON object {"张三": 40}`);
  }
  const names = new Set(staff.map((s) => s.personId));
  const unknown = Object.keys(votes.json).filter((p) => !names.has(p));
  if (unknown.length === 0) return;
  const matcher = new IdMatcher(names);
  const lines = unknown.map((p) => {
    const line = lineOfKeys(votes.text, [p]);
    const at = line === undefined ? votes.path : `${votes.path}:${line}`;
    const n = JSON.stringify((votes.json as Record<string, unknown>)[p]);
    const near = matcher.closest(p);
    return {
      zh: `得票文件 ${at} “${p}” (${n} 票) 不在人员名单 ${staffPath} 中${near.length === 0 ? '' : `, 是否应为 ${near.join('、')}?`}`,
      en: `votes file ${at}: "${p}" (${n} votes) is not on the staff list ${staffPath}${near.length === 0 ? '' : `; did you mean ${near.join(', ')}?`}`,
    };
  });
  for (const l of lines.slice(0, -1)) ui.note(`错误 error: ${l.zh} / ${l.en}`);
  const last = lines[lines.length - 1]!;
  const more = lines.length > 1 ? { zh: ` (共 ${lines.length} 人, 其余见上)`, en: ` (${lines.length} names, the others above)` } : { zh: '', en: '' };
  throw new UsageError(`${last.zh}${more.zh}`, `${last.en}${more.en}`);
}

/**
 * Refuses (exit 2) a staff list naming a window that is not one of the year's: its people
 * could never be candidates, and their votes would silently not count. Names the closest
 * windows (`人社局` → 人社).
 */
export function refuseUnknownStaffWindows(ui: Sink, staffPath: string, staff: Staff, windows: readonly string[]): void {
  const known = new Set(windows);
  const off = staff.filter((s) => !known.has(s.windowId));
  if (off.length === 0) return;
  const matcher = new IdMatcher(windows);
  const lines = off.map((s) => {
    const near = matcher.closest(s.windowId);
    return {
      zh: `人员名单 ${staffPath} ${s.personId} 的窗口“${s.windowId}”不是本年度的窗口${near.length === 0 ? '' : `, 是否应为 ${near.map((n) => `“${n}”`).join('、')}?`}`,
      en: `staff file ${staffPath}: ${s.personId}'s window "${s.windowId}" is not a window of the year${near.length === 0 ? '' : `; did you mean ${near.map((n) => `"${n}"`).join(', ')}?`}`,
    };
  });
  for (const l of lines.slice(0, -1)) ui.note(`错误 error: ${l.zh} / ${l.en}`);
  const last = lines[lines.length - 1]!;
  const more = lines.length > 1 ? { zh: ` (共 ${lines.length} 人, 其余见上)`, en: ` (${lines.length} people, the others above)` } : { zh: '', en: '' };
  throw new UsageError(`${last.zh}${more.zh}`, `${last.en}${more.en}`);
}
