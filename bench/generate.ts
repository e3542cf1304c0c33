// A deterministic ledger generator for the benchmark: seeded, skewed (most windows clean,
// a few heavy), with voids and a sprinkle of malformed entries, for county-monthly (the
// findings of a county's month) and good-bad-review (好差评: the rated cases, millions a
// month at a province).
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { prng } from '../examples/sample-county.js';
import { loadRubric, type LedgerRecord, type Rubric } from '../src/index.js';

export { prng };
export const RUBRIC = loadRubric('county-monthly');
export const MONTH = '2024-03';
export const WINDOWS = Array.from({ length: 60 }, (_, i) => `W${String(i + 1).padStart(2, '0')}`);
/** The good-bad-review rubric (好差评): every rated case is a record of its rating. */
export const GOOD_BAD = loadRubric('good-bad-review');

/** The clauses a ledger of the rubric records: deductions for county-monthly, ratings for good-bad-review. */
function ledgerClauses(rubric: Rubric): string[] {
  const all = rubric.categories.flatMap((c) => c.clauses);
  const deductions = all.filter((c) => c.kind === 'per-occurrence' || c.kind === 'quota');
  return (deductions.length > 0 ? deductions : all.filter((c) => c.kind === 'record')).map((c) => c.id);
}

/** The i-th record of a seeded ledger (generated one at a time, so 10^7 needs no memory). */
export function* records(n: number, seed = 7, rubric: Rubric = RUBRIC): Generator<LedgerRecord> {
  const CLAUSES = ledgerClauses(rubric);
  const rand = prng(seed);
  for (let i = 0; i < n; i++) {
    const r = rand();
    if (r < 0.01) {
      // Malformed: an unknown clause or an impossible date.
      yield { id: `e${i}`, windowId: WINDOWS[i % 60]!, clauseId: r < 0.005 ? '9.9' : '4.1', date: r < 0.005 ? '2024-03-05' : '2024-02-30' };
      continue;
    }
    if (r < 0.02 && i > 0) {
      yield { id: `v${i}`, voids: `e${Math.floor(rand() * i)}`, date: '2024-04-02' };
      continue;
    }
    // Skewed: windows drawn with a power law, so a few windows carry most findings.
    const windowId = WINDOWS[Math.floor(rand() ** 3 * 60)]!;
    const clauseId = CLAUSES[Math.floor(rand() * CLAUSES.length)]!;
    const day = 1 + Math.floor(rand() * 31);
    const date = rand() < 0.3 ? `2024-03-${String(Math.min(day, 31)).padStart(2, '0')}T0${Math.floor(rand() * 10)}:15:00+08:00` : `2024-03-${String(day).padStart(2, '0')}`;
    yield rand() < 0.1 ? { id: `e${i}`, windowId, clauseId, date, count: 2 } : { id: `e${i}`, windowId, clauseId, date };
  }
}

/** Writes n records as NDJSON, streaming, and returns the path. */
export async function writeNdjson(path: string, n: number): Promise<string> {
  const out = createWriteStream(path);
  let buffer = '';
  for (const r of records(n)) {
    buffer += `${JSON.stringify(r)}\n`;
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  out.end(buffer);
  await once(out, 'finish');
  return path;
}
