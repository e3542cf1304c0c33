// The streamed measurements, in plain Node against the built package (dist/), so a peak RSS
// is the library's and Node's, not a TypeScript loader's. Prints one JSON line.
// Usage: node bench/stream-child.mjs <task> <file>
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { loadRubric, scoreMonthAsync } from '../dist/index.js';
import { entriesOf, newReadStats, readLedgerFile, scoreLedgerFile } from '../dist/io.js';

const [task, file] = process.argv.slice(2);
const RUBRIC = loadRubric('county-monthly');
const MONTH = '2024-03';
const WINDOWS = Array.from({ length: 60 }, (_, i) => `W${String(i + 1).padStart(2, '0')}`);

const t = performance.now();
let received;
switch (task) {
  case 'stream-bare': {
    received = 0;
    for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
      if (line.length > 0 && JSON.parse(line) !== null) received++;
    }
    break;
  }
  case 'stream-library': {
    const stats = newReadStats();
    const r = await scoreMonthAsync(RUBRIC, entriesOf(readLedgerFile(file), stats), { month: MONTH, windows: WINDOWS, fingerprint: false });
    received = r.counts.received;
    break;
  }
  case 'stream-library-bounded': {
    const r = await scoreLedgerFile(RUBRIC, file, { period: MONTH, windows: WINDOWS });
    received = r.counts.received;
    break;
  }
  default:
    throw new Error(`unknown task ${task}`);
}
const ms = performance.now() - t;
if (!(received > 0)) throw new Error('read nothing');
process.stdout.write(`${JSON.stringify({ ms, peakRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
