import { distance } from '../ledger/closest.js';

/** The closest of `names` to `given`, when it is close enough to be a slip (a third of its length, at least 2). */
export function closest(given: string, names: readonly string[]): string | undefined {
  const g = Array.from(given.toLowerCase());
  let best: { name: string; d: number } | undefined;
  for (const name of names) {
    const d = distance(g, Array.from(name.toLowerCase()));
    if (best === undefined || d < best.d) best = { name, d };
  }
  return best !== undefined && best.d <= Math.max(2, Math.floor(best.name.length / 3)) ? best.name : undefined;
}
