import { compareIds } from './table.js';

/** How many suggestions {@link closestIds} gives at most. */
const MAX_SUGGESTIONS = 3;
/** Ids longer than this (in code points) are matched only by their folded text: window names are short, and edit distance is quadratic. */
const MAX_COMPARED = 32;

/**
 * An id folded for comparison: full-width forms to ASCII, upper case, and the leading zeros
 * of every run of digits dropped, so `Ｗ０１`, `w01` and `W1` fold alike.
 */
function fold(id: string): string {
  const halfWidth = id.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
  return halfWidth.toUpperCase().replace(/\d+/g, (digits) => digits.replace(/^0+(?=\d)/, ''));
}

/** An id with every number replaced by `#`. */
const numbersOut = (folded: string) => folded.replace(/\d+/g, '#');

/** Levenshtein distance over code points (pass `Array.from(text)`). */
export function distance(a: readonly string[], b: readonly string[]): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = row;
  }
  return previous[b.length]!;
}

/** Characters two short ids share, counted as a multiset. */
function shared(a: readonly string[], b: readonly string[]): number {
  const used: boolean[] = [];
  let n = 0;
  for (const c of b) {
    for (let i = 0; i < a.length; i++) {
      if (!used[i] && a[i] === c) {
        used[i] = true;
        n++;
        break;
      }
    }
  }
  return n;
}

interface Folded {
  readonly id: string;
  readonly folded: string;
  readonly pattern: string;
  readonly chars: readonly string[];
}

const folded = (id: string): Folded => {
  const f = fold(id);
  return { id, folded: f, pattern: numbersOut(f), chars: Array.from(f) };
};

/**
 * Declared ids, folded once, to find the closest ones to many undeclared ids (see
 * {@link closestIds}).
 */
export class IdMatcher {
  private readonly ids: readonly Folded[];
  private readonly byFold = new Map<string, string[]>();

  constructor(declared: Iterable<string>) {
    this.ids = [...declared].map(folded);
    for (const d of this.ids) {
      const list = this.byFold.get(d.folded);
      if (list === undefined) this.byFold.set(d.folded, [d.id]);
      else list.push(d.id);
    }
  }

  /** The declared ids closest to `id`, best first (see {@link closestIds}). */
  closest(id: string): string[] {
    const q = folded(id);
    const same = (this.byFold.get(q.folded) ?? []).filter((d) => d !== id);
    // An id that folds to the same text is the answer: the others would only distract.
    if (same.length > 0) return same.sort(compareIds).slice(0, MAX_SUGGESTIONS);
    if (q.chars.length > MAX_COMPARED) return [];
    const ranked: { id: string; d: number; s: number }[] = [];
    for (const c of this.ids) {
      const n = c.chars.length;
      if (c.id === id || n > MAX_COMPARED || c.folded === q.folded) continue;
      // W03 and W01 differ only in their number: another window, not a misspelling of it.
      if (c.pattern === q.pattern) continue;
      const limit = Math.max(1, Math.floor(Math.max(q.chars.length, n) / 3));
      const contains = Math.min(q.chars.length, n) >= 2 && (q.folded.includes(c.folded) || c.folded.includes(q.folded));
      if (!contains && Math.abs(q.chars.length - n) > limit) continue;
      const s = shared(q.chars, c.chars);
      // Every character of the longer id that the other lacks costs an edit: too few shared, too far.
      if (!contains && (s === 0 || Math.max(q.chars.length, n) - s > limit)) continue;
      const d = distance(q.chars, c.chars);
      if (contains || d <= limit) ranked.push({ id: c.id, d, s });
    }
    ranked.sort((a, b) => a.d - b.d || b.s - a.s || compareIds(a.id, b.id));
    return ranked.slice(0, MAX_SUGGESTIONS).map((r) => r.id);
  }
}

/**
 * The declared ids closest to an id that is not declared, best first (at most three), or
 * none when no declared id is close: an id that folds to the same text (case, full-width
 * characters, leading zeros: `W1` → `W01`) is the answer alone; otherwise ids within a
 * small edit distance (one edit in three characters) or that contain the other (`住建局` →
 * `住建`), ranked by edit distance, then by the characters they share, then by id. Ids that
 * differ only in a number (`W03`, `W01`) are other windows, never suggested. Ids over 32
 * characters are matched only by their folded text.
 *
 * @example
 * closestIds('住建局', ['人社', '住建', '公安']) // ['住建']
 * closestIds('W1', ['W01', 'W02', 'W10']) // ['W01']
 * closestIds('不动产登记', ['W01', 'W02']) // []
 */
export function closestIds(id: string, declared: Iterable<string>): string[] {
  return new IdMatcher(declared).closest(id);
}
