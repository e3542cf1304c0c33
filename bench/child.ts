// One measurement in a fresh process, so its peak RSS is its own. Prints one JSON line.
// Usage: node --import tsx bench/child.ts <task> <entries>  (the streamed ones: bench/stream-child.mjs)
import { baseline, table } from './baseline.js';
import { GOOD_BAD, MONTH, records, RUBRIC, WINDOWS } from './generate.js';

const [task, nText] = process.argv.slice(2);
const n = Number(nText);
const lib = await import('../src/index.js');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function timed(runs: number, fn: () => unknown | Promise<unknown>): Promise<number> {
  await fn(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return median(times);
}

const runs = n >= 1_000_000 ? 3 : n >= 100_000 ? 5 : 9;
let ms: number;
switch (task) {
  case 'library': {
    const entries = [...records(n)];
    ms = await timed(runs, () => lib.scoreMonth(RUBRIC, entries, { month: MONTH, windows: WINDOWS, fingerprint: false }));
    break;
  }
  case 'library+fingerprint': {
    const entries = [...records(n)];
    ms = await timed(runs, () => lib.scoreMonth(RUBRIC, entries, { month: MONTH, windows: WINDOWS }));
    break;
  }
  case 'baseline': {
    const entries = [...records(n)] as { windowId?: string; clauseId?: string; count?: number }[];
    const t = table(RUBRIC);
    ms = await timed(runs, () => baseline(t, entries));
    break;
  }
  case 'good-bad-review': {
    const entries = [...records(n, 7, GOOD_BAD)];
    ms = await timed(runs, () => lib.scoreMonth(GOOD_BAD, entries, { month: MONTH, windows: WINDOWS, fingerprint: false }));
    break;
  }
  case 'good-bad-review baseline': {
    const entries = [...records(n, 7, GOOD_BAD)] as { windowId?: string; clauseId?: string; count?: number }[];
    const t = table(GOOD_BAD);
    ms = await timed(runs, () => baseline(t, entries));
    break;
  }
  case 'json-rules-engine': {
    const { Engine } = await import('json-rules-engine');
    const entries = [...records(n)] as unknown as Record<string, unknown>[];
    const t = table(RUBRIC);
    const engine = new Engine([], { allowUndefinedFacts: true });
    for (const [id, k] of t.clauseIndex) {
      engine.addRule({ conditions: { all: [{ fact: 'clauseId', operator: 'equal', value: id }] }, event: { type: 'deduct', params: { k, points: t.points[k] } } });
    }
    ms = await timed(1, async () => {
      const totals = new Map<string, number>();
      for (const e of entries) {
        const { events } = await engine.run(e);
        for (const ev of events) totals.set(String(e['windowId']), (totals.get(String(e['windowId'])) ?? 0) + Number(ev.params?.['points'] ?? 0) * Number(e['count'] ?? 1));
      }
      return totals;
    });
    break;
  }
  default:
    throw new Error(`unknown task ${task}`);
}
process.stdout.write(`${JSON.stringify({ ms, peakRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
