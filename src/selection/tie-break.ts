import { D } from '../decimal/decimal.js';
import { InvalidOptionsError } from '../errors/errors.js';
import { compareIds } from '../ledger/table.js';

/**
 * One rule of a tie-break chain. Keys are compared in the chain's order; the chain must
 * end in a rule that orders any two windows (`window-id`, or an explicit `order` such as
 * the result of a drawing of lots), so the outcome is always deterministic and stated.
 */
export type TieBreakRule =
  | { readonly by: 'fewer-entries' }
  | { readonly by: 'section'; readonly id: string }
  | { readonly by: 'category'; readonly id: string }
  | { readonly by: 'monthly-score' }
  | { readonly by: 'survey' }
  | { readonly by: 'window-id' }
  | { readonly by: 'order'; readonly windows: readonly string[] };

/** How one tied window fared under each rule of the chain. */
export interface TieBreakRow {
  readonly id: string;
  /** The key of each rule, in chain order, as text (a decimal, a count, a position). */
  readonly keys: readonly string[];
  readonly selected: boolean;
}

/** What a tie-break decided, for the record. */
export interface TieBreakRecord {
  readonly rules: readonly TieBreakRule[];
  readonly slots: number;
  readonly rows: readonly TieBreakRow[];
}

/** The key of a non-final rule for a window: higher wins unless the rule says fewer. */
export type TieKey = (rule: TieBreakRule, windowId: string) => D | undefined;

const ruleName = (r: TieBreakRule) => ('id' in r ? `${r.by}:${r.id}` : r.by);

/** Throws unless the chain is well formed for this calculator. */
export function checkChain(chain: readonly TieBreakRule[], allowed: readonly TieBreakRule['by'][]): void {
  const last = chain[chain.length - 1];
  if (last === undefined || (last.by !== 'window-id' && last.by !== 'order')) {
    throw new InvalidOptionsError('tieBreak must end in { by: "window-id" } or { by: "order", windows: [...] } so every tie is settled by a stated rule', ['tieBreak']);
  }
  chain.forEach((r, i) => {
    if (!allowed.includes(r.by) && r.by !== 'window-id' && r.by !== 'order') {
      throw new InvalidOptionsError(`tieBreak[${i}]: "${r.by}" does not apply here (use ${allowed.join(', ')}, window-id or order)`, ['tieBreak', i]);
    }
    if ((r.by === 'window-id' || r.by === 'order') && i !== chain.length - 1) {
      throw new InvalidOptionsError(`tieBreak[${i}]: "${r.by}" settles every tie, so it must come last`, ['tieBreak', i]);
    }
  });
}

/**
 * Orders the windows tied at the boundary by the chain and takes `slots` of them.
 * Every key is recorded, so the bulletin can say why each one was or was not named.
 */
export function breakTies(tied: readonly string[], slots: number, chain: readonly TieBreakRule[], key: TieKey): TieBreakRecord {
  const keys = new Map<string, D[]>();
  for (const w of tied) {
    keys.set(
      w,
      chain.map((rule, i) => {
        if (rule.by === 'window-id') return new D(0);
        if (rule.by === 'order') {
          const at = rule.windows.indexOf(w);
          if (at < 0) throw new InvalidOptionsError(`tieBreak order does not list tied window "${w}"`, ['tieBreak', i, 'windows']);
          return new D(-at);
        }
        const k = key(rule, w);
        if (k === undefined) throw new InvalidOptionsError(`tieBreak[${i}] (${ruleName(rule)}) has no value for window "${w}"`, ['tieBreak', i]);
        return rule.by === 'fewer-entries' ? k.negated() : k;
      }),
    );
  }
  const order = [...tied].sort((a, b) => {
    const ka = keys.get(a)!;
    const kb = keys.get(b)!;
    for (let i = 0; i < chain.length; i++) {
      if (chain[i]!.by === 'window-id') return compareIds(a, b);
      const c = kb[i]!.comparedTo(ka[i]!);
      if (c !== 0) return c;
    }
    return compareIds(a, b);
  });
  const chosen = new Set(order.slice(0, slots));
  const show = (rule: TieBreakRule, d: D, w: string) =>
    rule.by === 'window-id' ? w : rule.by === 'order' ? String(1 - d.toNumber()) : rule.by === 'fewer-entries' ? d.negated().toString() : d.toString();
  return {
    rules: chain,
    slots,
    rows: order.map((w) => ({ id: w, keys: chain.map((r, i) => show(r, keys.get(w)![i]!, w)), selected: chosen.has(w) })),
  };
}
