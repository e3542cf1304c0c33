import type { RejectionCode } from './entry.js';
import { IdMatcher } from './closest.js';

/** Why an entry's window (or person) is not on the roster: the rejection's code, field and messages. */
export interface OffRoster {
  readonly code: Extract<RejectionCode, 'unknown-window' | 'unknown-person'>;
  readonly path: [string];
  readonly message: string;
  readonly messageZh: string;
}

const quoted = (ids: readonly string[]) => ids.map((id) => `"${id}"`).join(', ');

/**
 * The windows (and, for person rubrics, the people at each window) the caller declared:
 * the only cards a period has. An entry for anyone else is rejected, naming the closest
 * declared ids. What it answers is remembered per id (bounded), as a ledger repeats its
 * few window ids.
 */
export class Roster {
  private readonly answers = new Map<string, OffRoster | undefined>();
  /** The declared windows folded once, made on the first entry that needs it. */
  private matcher: IdMatcher | undefined;

  /**
   * @param windows the declared window ids.
   * @param people for person rubrics: window id -> the people declared there.
   */
  constructor(
    readonly windows: ReadonlySet<string>,
    private readonly people?: ReadonlyMap<string, ReadonlySet<string>>,
  ) {}

  /** Undefined when the entry's window (and person) is declared, else why not. */
  check(windowId: string, personId: string | undefined): OffRoster | undefined {
    if (this.windows.has(windowId) && (personId === undefined || this.people?.get(windowId)?.has(personId) !== false)) return undefined;
    const key = `${windowId}\u0000${personId ?? ''}`;
    if (this.answers.has(key)) return this.answers.get(key);
    const answer = this.windows.has(windowId) ? this.person(windowId, personId!) : this.window(windowId);
    if (this.answers.size < 4096) this.answers.set(key, answer);
    return answer;
  }

  private window(windowId: string): OffRoster {
    const near = (this.matcher ??= new IdMatcher(this.windows)).closest(windowId);
    const hint = near.length === 0 ? '' : `; did you mean ${quoted(near)}?`;
    const hintZh = near.length === 0 ? '。' : `, 是否应为 ${quoted(near)}? `;
    return {
      code: 'unknown-window',
      path: ['windowId'],
      message: `window "${windowId}" is not among the ${this.windows.size} declared windows${hint} (correct the entry, or add the window to windows)`,
      messageZh: `窗口 (windowId) "${windowId}" 不在窗口清单 (共 ${this.windows.size} 个) 中${hintZh}请更正该记录的窗口编号, 或把该窗口加入窗口清单。`,
    };
  }

  private person(windowId: string, personId: string): OffRoster {
    const here = this.people?.get(windowId) ?? new Set<string>();
    const near = new IdMatcher(here).closest(personId);
    const hint = near.length === 0 ? '' : `; did you mean ${quoted(near)}?`;
    const hintZh = near.length === 0 ? '。' : `, 是否应为 ${quoted(near)}? `;
    return {
      code: 'unknown-person',
      path: ['personId'],
      message: `person "${personId}" is not among the ${here.size} people declared at window "${windowId}"${hint} (correct the entry, or add the person to people)`,
      messageZh: `人员 (personId) "${personId}" 不在窗口 "${windowId}" 的人员名单 (共 ${here.size} 人) 中${hintZh}请更正该记录的人员, 或把该人员加入人员名单。`,
    };
  }
}
