// Lookups shared by the golden tests: each throws when the thing is missing, so a test
// never passes by comparing against undefined.
import { readFileSync } from 'node:fs';
import { parseRubric, type Rubric, type WindowCard } from '../../src/index.js';

/** A built-in rubric file, parsed. */
export function builtin(name: string): Rubric {
  return parseRubric(readFileSync(new URL(`../../rubrics/${name}.json`, import.meta.url), 'utf8'));
}

export function cardOf(cards: readonly WindowCard[], windowId = 'W01'): WindowCard {
  const c = cards.find((k) => k.windowId === windowId);
  if (c === undefined) throw new Error(`no card for ${windowId}`);
  return c;
}

export function cat(c: WindowCard, id: string) {
  const k = c.categories.find((x) => x.id === id);
  if (k === undefined) throw new Error(`no category ${id}`);
  return k;
}

export function traceOf(c: WindowCard, clauseId: string) {
  const t = c.trace.find((x) => x.clauseId === clauseId);
  if (t === undefined) throw new Error(`no trace item ${clauseId}`);
  return t;
}
