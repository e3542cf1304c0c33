import { lineAt } from '../io/text-file.js';
import { jsonFrom, readText } from './args.js';
import { UsageError } from './errors.js';
import type { Sink } from './io.js';

/** An inputs file as read: its path, its text (for line numbers) and its parsed JSON. */
export interface InputsFile {
  readonly path: string;
  readonly text: string;
  readonly json: unknown;
}

/** A card's input problems, as the CLI needs them. */
interface CardInputs {
  readonly windowId: string;
  readonly personId?: string;
  readonly missingInputs: readonly { readonly clauseId: string; readonly reason: 'missing' | 'invalid'; readonly messageZh: string; readonly message: string }[];
}

/** How many windows a missing-input warning names. */
const LISTED = 20;

/** --inputs (or another JSON file: `what` names it in messages): the file read and parsed, or undefined without one. */
export function inputsFile(path: string | undefined, what: readonly [zh: string, en: string] = ['输入值文件', 'inputs file'], encoding?: string): InputsFile | undefined {
  if (path === undefined) return undefined;
  const text = readText(path, what[0], what[1], encoding);
  return { path, text, json: jsonFrom<unknown>(text, path) };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The line of the last of `keys` in a JSON text, each key searched after the one before
 * (`"2024-03"`, then `"住建"`, then `"1.chief"`); undefined when one is not found as
 * written (an escaped key, say).
 */
export function lineOfKeys(text: string, keys: readonly string[]): number | undefined {
  let at = 0;
  for (const k of keys) {
    const re = new RegExp(`${escape(JSON.stringify(k))}\\s*:`, 'g');
    re.lastIndex = at;
    const m = re.exec(text);
    if (m === null) return undefined;
    at = m.index;
  }
  return lineAt(text, at);
}


/**
 * Refuses (exit 2) a run in which an input value could not be used (`"90分"`, `900`, `-5`,
 * `null`, `""`), naming the file, line, window, clause and value of each; then notes on
 * stderr every card left without a score because an input is missing (window and clause
 * ids). `month`: the key a period's inputs are under (annual's `{"2024-03": {…}}`).
 */
export function checkInputCards(ui: Sink, periods: readonly { readonly cards: readonly CardInputs[]; readonly month?: string }[], file: InputsFile | undefined): void {
  const bad: { zh: string; en: string }[] = [];
  for (const { cards, month } of periods) {
    for (const c of cards) {
      for (const m of c.missingInputs.filter((p) => p.reason === 'invalid')) {
        const keys = [...(month === undefined ? [] : [month]), c.windowId, m.clauseId];
        const line = file === undefined ? undefined : lineOfKeys(file.text, keys);
        const at = file === undefined ? '' : `${file.path}${line === undefined ? '' : `:${line}`}`;
        const when = month === undefined ? '' : ` ${month}`;
        bad.push({ zh: `输入值文件 ${at}${when} 窗口“${c.windowId}”: ${m.messageZh}`, en: `inputs file ${at}:${when} window "${c.windowId}": ${m.message}` });
      }
    }
  }
  if (bad.length > 0) {
    for (const b of bad.slice(1)) ui.note(`错误 error: ${b.zh} / ${b.en}`);
    const first = bad[0]!;
    const more = bad.length > 1 ? { zh: ` (共 ${bad.length} 处, 其余见上)`, en: ` (${bad.length} in all, the others above)` } : { zh: '', en: '' };
    throw new UsageError(`${first.zh}${more.zh}`, `${first.en}${more.en}`);
  }
  for (const { cards, month } of periods) noteMissing(ui, cards, file === undefined, month);
}

/** One warning per set of missing input clauses, naming the windows (people) it leaves without a score. */
function noteMissing(ui: Sink, cards: readonly CardInputs[], noFile: boolean, month: string | undefined): void {
  const groups = new Map<string, string[]>();
  for (const c of cards) {
    const missing = c.missingInputs.filter((m) => m.reason === 'missing').map((m) => m.clauseId);
    if (missing.length === 0) continue;
    const key = missing.join(', ');
    groups.set(key, [...(groups.get(key) ?? []), c.personId === undefined ? c.windowId : `${c.windowId} ${c.personId}`]);
  }
  const when = month === undefined ? '' : `${month} `;
  for (const [clauses, who] of groups) {
    const names = who.length > LISTED ? `${who.slice(0, LISTED).join(', ')} …` : who.join(', ');
    ui.note(`警告 warning: ${when}${who.length} 个窗口缺少输入值 ${clauses}, 不计分、不参加评选: ${names}${noFile ? ' (未给出 --inputs)' : ''}`);
    ui.note(`warning: ${when}${who.length} window(s) have no value for ${clauses}: no score, not ranked: ${names}${noFile ? ' (no --inputs given)' : ''}`);
  }
}
