// Sharding a month across worker threads: each worker reduces its shard of the ledger to an
// aggregate (plain JSON), the main thread merges them and scores, and the result is the
// same as scoring the whole ledger at once. Shard by window, so that every entry id and
// every void with the entry it cancels stay in one shard.
// Run after `npm run build`: node examples/worker-shards.mjs
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { aggregate, loadRubric, mergeAggregates, scoreMonth } from '../dist/index.js';

const month = '2024-03';
const rubric = loadRubric('county-monthly');

if (!isMainThread) {
  parentPort.postMessage(aggregate(rubric, workerData.entries, { period: month }));
} else {
  const clauses = ['2.2', '3.1', '4.1', '4.2', '4.4-yellow', '4.4-red', '5.1', '5.8', '6.1'];
  const windows = Array.from({ length: 40 }, (_, i) => `W${String(i + 1).padStart(2, '0')}`);
  const entries = [];
  let n = 0;
  for (const w of windows) {
    for (let i = 0; i < 60; i++) {
      entries.push({ id: `${w}-${++n}`, windowId: w, clauseId: clauses[(n * 7) % clauses.length], date: `${month}-${String(1 + (n % 28)).padStart(2, '0')}` });
    }
  }
  entries.push({ id: 'appeal-1', voids: 'W03-121', date: '2024-04-02', windowId: 'W03' });
  const inputs = Object.fromEntries(windows.map((w) => [w, { '1.chief': 90, '1.staff': 90 }]));

  // Two shards by window (a void goes with its window).
  const shards = [[], []];
  for (const e of entries) shards[windows.indexOf(e.windowId) % 2].push(e);
  const parts = await Promise.all(
    shards.map((shard) => new Promise((resolve, reject) => {
      const worker = new Worker(new URL(import.meta.url), { workerData: { entries: shard } });
      worker.once('message', resolve);
      worker.once('error', reject);
    })),
  );
  const merged = parts.reduce(mergeAggregates);
  const fromShards = scoreMonth(rubric, merged, { month, windows, inputs });
  const direct = scoreMonth(rubric, entries, { month, windows, inputs });
  const same = JSON.stringify(fromShards.cards) === JSON.stringify(direct.cards) && JSON.stringify(fromShards.counts) === JSON.stringify(direct.counts);
  console.log(`${entries.length} 条台账, 2 个工作线程; 分片合并后的成绩与直接计算${same ? '完全相同' : '不同'}`);
  console.log(`W03 得分 ${fromShards.cards[2].score} (已撤销 ${fromShards.counts.voided} 条)`);
  if (!same) process.exit(1);
}
