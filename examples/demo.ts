// npm run demo: scores a sample county's month with the built-in county-monthly rubric,
// prints the ranking and the accounting, and explains the lowest-scoring window.
import { readFileSync } from 'node:fs';
import Decimal from 'decimal.js';
import { explain, parseRubric, scoreMonth } from '../src/index.js';
import { sampleInputs, sampleLedger, sampleWindows } from './sample-county.js';

const month = '2024-02';
const rubric = parseRubric(readFileSync(new URL('../rubrics/county-monthly.json', import.meta.url), 'utf8'));
const windows = sampleWindows(50);
const entries = sampleLedger(month, windows);
const result = scoreMonth(rubric, entries, { month, windows, inputs: sampleInputs(windows) });

// Highest first; incomplete cards (score null) last; ties by window id. (Ranking with
// competition ranks and tie reporting is its own calculator, coming in selection/.)
const value = (s: string | null) => new Decimal(s ?? -1);
const ranked = [...result.cards].sort((a, b) => value(b.score).comparedTo(value(a.score)) || (a.windowId < b.windowId ? -1 : 1));
// Terminal width of a string: CJK characters take two columns.
const width = (s: string) => [...s].reduce((n, ch) => n + (/[\u2e80-\uffef]/u.test(ch) ? 2 : 1), 0);
const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - width(s)));
console.log(`${rubric.title} (${rubric.id}@${rubric.version}), ${month}, ${result.timeZone}`);
console.log(`窗口 ${result.cards.length} 个; 台账 ${result.counts.received} 条 = 有效 ${result.counts.accepted} + 退回 ${result.counts.rejected} + 其他月份 ${result.counts.outOfPeriod}`);
console.log(`(有效中: 计分 ${result.counts.live}, 已撤销 ${result.counts.voided}, 撤销条目 ${result.counts.voids})\n`);
console.log(`名次  ${pad('窗口', 16)}  ${pad('得分', 6)}  首席代表扣分  备注`);
ranked.forEach((c, i) => {
  const flags = [c.vetoed ? '本月不得分' : '', c.disqualified ? '取消评先资格' : '', c.complete ? '' : '缺输入'].filter(Boolean).join(' ');
  console.log(`${String(i + 1).padStart(4)}  ${pad(c.windowId, 16)}  ${(c.score ?? '-').padStart(6)}  ${c.chiefDeduction.padStart(12)}  ${flags}`);
});
console.log('\n退回的台账条目:');
for (const r of result.rejected) console.log(`  #${r.index} ${r.id ?? ''} ${r.code}: ${r.message}`);
const lowest = ranked[ranked.length - 1]!;
console.log(`\n最低分窗口的扣分说明:\n${explain(lowest, rubric)}`);
