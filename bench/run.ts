// npm run bench: the library against a plain-number baseline and json-rules-engine, in one
// run, each measurement in its own process (median of several runs after a warm-up; peak
// RSS of that process). --json prints one JSON object per measurement; --quick uses small
// sizes (a smoke run). Nothing here is asserted: the numbers are for the README and notes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeNdjson } from './generate.js';

const args = process.argv.slice(2);
const asJson = args.includes('--json');
const quick = args.includes('--quick');
const sizes = quick ? [10_000, 100_000] : [10_000, 100_000, 1_000_000];
const streamSizes = quick ? [200_000] : [1_000_000, 10_000_000];

interface Row {
  name: string;
  entries: number;
  medianMs: number;
  entriesPerSecond: number;
  ratioToBaseline: number | null;
  peakRssMb: number;
}

/** One measurement in its own process; `heapMb` caps V8's old space (the bounded run proves it fits). */
function child(task: string, n: number, heapMb = 8192): { ms: number; peakRssMb: number } {
  return spawn([`--max-old-space-size=${heapMb}`, '--import', 'tsx', 'bench/child.ts', task, String(n)], `${task} ${n}`);
}

/** A streamed measurement over the file: plain node on dist/, `runs` fresh processes, the median time and the highest peak RSS. */
function streamed(task: string, file: string, runs: number, heapMb = 8192): { ms: number; peakRssMb: number } {
  const all = Array.from({ length: runs }, () => spawn([`--max-old-space-size=${heapMb}`, 'bench/stream-child.mjs', task, file], task));
  const times = all.map((m) => m.ms).sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)]!, peakRssMb: Math.max(...all.map((m) => m.peakRssMb)) };
}

function spawn(args: string[], what: string): { ms: number; peakRssMb: number } {
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new Error(`${what} failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as { ms: number; peakRssMb: number };
}

const rows: Row[] = [];
const add = (name: string, n: number, m: { ms: number; peakRssMb: number }, base: { ms: number } | undefined) => {
  const row: Row = {
    name,
    entries: n,
    medianMs: Math.round(m.ms * 10) / 10,
    entriesPerSecond: Math.round(n / (m.ms / 1000)),
    ratioToBaseline: base === undefined ? null : Math.round((base.ms / m.ms) * 1000) / 1000,
    peakRssMb: Math.round(m.peakRssMb),
  };
  rows.push(row);
  if (asJson) process.stdout.write(`${JSON.stringify(row)}\n`);
};

for (const n of sizes) {
  const base = child('baseline', n);
  add('baseline (plain numbers)', n, base, base);
  add('scoreMonth', n, child('library', n), base);
  add('scoreMonth + fingerprint', n, child('library+fingerprint', n), base);
  if (n === 10_000) add('json-rules-engine', n, child('json-rules-engine', n), base);
}

// 好差评: a province's month of rated cases, each a record of its rating (counted, rates computed).
const reviews = quick ? 100_000 : 1_000_000;
const reviewsBase = child('good-bad-review baseline', reviews);
add('baseline (plain numbers), good-bad-review', reviews, reviewsBase, reviewsBase);
add('scoreMonth, good-bad-review', reviews, child('good-bad-review', reviews), reviewsBase);

const dir = mkdtempSync(join(tmpdir(), 'ws-bench-'));
try {
  const runs = quick ? 1 : 3;
  for (const lines of streamSizes) {
    const file = await writeNdjson(join(dir, `ledger-${lines}.ndjson`), lines);
    const bare = streamed('stream-bare', file, runs);
    add(`readline + JSON.parse (${Math.round(statSync(file).size / 1e6)} MB)`, lines, bare, bare);
    add('readLedgerFile + scoreMonthAsync', lines, streamed('stream-library', file, 1), bare);
    add('scoreLedgerFile (bounded, 128 MB heap)', lines, streamed('stream-library-bounded', file, runs, 128), bare);
    rmSync(file);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const t0 = performance.now();
spawnSync(process.execPath, ['-e', '0']);
const nodeAlone = performance.now() - t0;
const t1 = performance.now();
spawnSync(process.execPath, ['--input-type=module', '-e', "await import('./dist/index.js')"]);
const importMs = performance.now() - t1 - nodeAlone;

if (!asJson) {
  const pad = (s: string, n: number) => s.padEnd(n);
  console.log(`${pad('measurement', 50)} ${'entries'.padStart(10)} ${'median ms'.padStart(10)} ${'entries/s'.padStart(12)} ${'ratio'.padStart(7)} ${'peak RSS MB'.padStart(11)}`);
  for (const r of rows) {
    console.log(
      `${pad(r.name, 50)} ${r.entries.toLocaleString('en').padStart(10)} ${r.medianMs.toFixed(1).padStart(10)} ${r.entriesPerSecond.toLocaleString('en').padStart(12)} ${(r.ratioToBaseline === null ? '' : r.ratioToBaseline.toFixed(3)).padStart(7)} ${String(r.peakRssMb).padStart(11)}`,
    );
  }
  console.log(`\nimport window-scorecard (cold process, less node's own start): ${importMs.toFixed(0)} ms`);
  console.log('ratio: baseline time / this time for the same entries (the streamed rows: against readline + JSON.parse).');
} else process.stdout.write(`${JSON.stringify({ name: 'import (cold process)', medianMs: Math.round(importMs) })}\n`);
