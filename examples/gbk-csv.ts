// Reading the ledger as a county office exports it from Excel on Windows: a GBK CSV with
// Chinese headers (编号, 窗口编号, 条款编号, 日期, 次数 …), quoted cells with commas and line
// breaks. Every line is accounted for. Run: npx tsx examples/gbk-csv.ts
import { loadRubric, scoreMonthAsync } from '../src/index.js';
import { entriesOf, newReadStats, readLedgerFile } from '../src/io/index.js';

const file = new URL('./data/台账-2024-03-gbk.csv', import.meta.url).pathname;
const stats = newReadStats();
const result = await scoreMonthAsync(loadRubric('county-monthly'), entriesOf(readLedgerFile(decodeURIComponent(file)), stats), {
  month: '2024-03',
  windows: ['W01', 'W02'],
  inputs: { W01: { '1.chief': 90, '1.staff': 88 }, W02: { '1.chief': 95, '1.staff': 91 } },
});

console.log(`编码 encoding: ${stats.encoding}; ${stats.lines} 行, ${stats.records} 行记录 (引号内换行的单元格算一行) = 表头 ${stats.header} + 台账 ${stats.entries} + 无法读取 ${stats.rejected} + 空行 ${stats.blank}`);
console.log(`记录 ${result.counts.received} 条 = 有效 ${result.counts.accepted} + 退回 ${result.counts.rejected} + 其他月份 ${result.counts.outOfPeriod}`);
for (const p of stats.problems) console.log(`  第 ${p.line} 行 ${p.code}: ${p.messageZh}`);
for (const r of result.rejected) console.log(`  退回 ${r.id ?? '#' + r.index} ${r.code}: ${r.messageZh}`);
for (const c of result.cards) console.log(`${c.windowId} ${c.score ?? '未定'}`);
