import { compareIds } from './table.js';

/** How many suggestions {@link closestIds} gives at most. */
const MAX_SUGGESTIONS = 3;

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

/** Levenshtein distance over code points (ids are at most 200 characters). */
function distance(a: readonly string[], b: readonly string[]): number {
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

/** Characters two ids share, counted as a multiset. */
function shared(a: readonly string[], b: readonly string[]): number {
  const left = new Map<string, number>();
  for (const c of a) left.set(c, (left.get(c) ?? 0) + 1);
  let n = 0;
  for (const c of b) {
    const k = left.get(c) ?? 0;
    if (k > 0) {
      n++;
      left.set(c, k - 1);
    }
  }
  return n;
}

/**
 * The declared ids closest to an id that is not declared, best first (at most three), or
 * none when no declared id is close: an id that folds to the same text (case, full-width
 * characters, leading zeros: `W1` → `W01`) is the answer alone; otherwise ids within a small edit
 * distance (one edit in three characters) or that contain the other (`住建局` → `住建`),
 * ranked by edit distance, then by the characters they share, then by id. Ids that differ
 * only in a number (`W03`, `W01`) are other windows, never suggested.
 *
 * @example
 * closestIds('住建局', ['人社', '住建', '公安']) // ['住建']
 * closestIds('W1', ['W01', 'W02', 'W10']) // ['W01']
 * closestIds('不动产登记', ['W01', 'W02']) // []
 */
export function closestIds(id: string, declared: Iterable<string>): string[] {
  const folded = fold(id);
  const pattern = numbersOut(folded);
  const q = Array.from(folded);
  const ranked: { id: string; same: boolean; d: number; s: number }[] = [];
  for (const candidate of declared) {
    if (candidate === id) continue;
    const f = fold(candidate);
    const c = Array.from(f);
    const same = f === folded;
    // W03 and W01 differ only in their number: another window, not a misspelling of it.
    if (!same && numbersOut(f) === pattern) continue;
    const d = distance(q, c);
    const s = shared(q, c);
    const shorter = Math.min(q.length, c.length);
    const contains = shorter >= 2 && (folded.includes(f) || f.includes(folded));
    const near = d <= Math.max(1, Math.floor(Math.max(q.length, c.length) / 3)) && s > 0;
    if (same || contains || near) ranked.push({ id: candidate, same, d, s });
  }
  // An id that folds to the same text is the answer: the others would only distract.
  const best = ranked.some((r) => r.same) ? ranked.filter((r) => r.same) : ranked;
  best.sort((a, b) => a.d - b.d || b.s - a.s || compareIds(a.id, b.id));
  return best.slice(0, MAX_SUGGESTIONS).map((r) => r.id);
}
