// npm run demo: a sample county (60 windows, a year of generated ledger, deterministic)
// scored with the built-in rubrics.
//  1. county-monthly: a month's cards, the accounting of every ledger entry, one explanation.
//  2. red-flag-window (窗口争星): the month's 18 red-flag windows and the year's annual
//     result, and the month's bulletin written as a self-contained HTML file.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  annualComposite,
  explain,
  loadRubric,
  rank,
  scoreMonth,
  scoreYear,
  selectMonthly,
} from '../src/index.js';
import { monthlyBulletinHtml } from '../src/report/index.js';
import { sampleInputs, sampleLedger, sampleRedFlagYear, sampleSurvey, sampleWindows } from './sample-county.js';

// Terminal width of a string: CJK characters take two columns.
const width = (s: string) => [...s].reduce((n, ch) => n + (/[\u2e80-\uffef]/u.test(ch) ? 2 : 1), 0);
const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - width(s)));
const windows = sampleWindows(60);

// 1. 月度考评 with county-monthly
{
  const month = '2024-02';
  const rubric = loadRubric('county-monthly');
  const result = scoreMonth(rubric, sampleLedger(month, windows), { month, windows, inputs: sampleInputs(windows) });
  const c = result.counts;
  console.log(`== 1. ${rubric.title} (${rubric.id}@${rubric.version}), ${month}, ${result.timeZone}`);
  console.log(`窗口 ${result.cards.length} 个; 台账 ${c.received} 条 = 有效 ${c.accepted} + 退回 ${c.rejected} + 其他月份 ${c.outOfPeriod} (有效中: 计分 ${c.live}, 已撤销 ${c.voided}, 撤销条目 ${c.voids})`);
  const ranking = rank(result.cards.flatMap((card) => (card.score === null ? [] : [{ id: card.windowId, score: card.score }])));
  const cards = new Map(result.cards.map((card) => [card.windowId, card]));
  console.log(`\n名次  ${pad('窗口', 16)}  ${pad('得分', 6)}  首席代表扣分  备注`);
  for (const r of [...ranking.slice(0, 5), ...ranking.slice(-5)]) {
    const card = cards.get(r.id)!;
    const flags = [card.vetoed ? '本月不得分' : '', card.disqualified ? '取消评先资格' : '', r.tied ? '并列' : ''].filter(Boolean).join(' ');
    console.log(`${String(r.rank).padStart(4)}  ${pad(r.id, 16)}  ${r.score.padStart(6)}  ${card.chiefDeduction.padStart(12)}  ${flags}`);
  }
  console.log('\n退回的台账条目:');
  for (const r of result.rejected) console.log(`  #${r.index} ${r.id ?? ''} ${r.code}: ${r.message}`);
  console.log(`\n最低分窗口的扣分说明:\n${explain(cards.get(ranking[ranking.length - 1]!.id)!, rubric)}`);
}

// 2. 红旗窗口 with red-flag-window (窗口争星)
{
  const rubric = loadRubric('red-flag-window');
  const year = scoreYear([rubric], sampleRedFlagYear('2024', windows), { year: '2024', windows });
  const march = year.months[2]!;
  const sel = selectMonthly(march);
  console.log(`\n== 2. ${rubric.title} (${rubric.id}@${rubric.version}), 2024`);
  console.log(`\n${march.month} 红旗窗口 (每月 ${sel.count} 个${sel.tiedAtBoundary ? `; 第 ${sel.boundary!.rank} 名并列, 共 ${sel.selected.length} 个` : ''}):`);
  const score = new Map(sel.ranking.map((r) => [r.id, r]));
  console.log(sel.selected.map((id) => `${id} ${score.get(id)!.score}`).join(', '));
  for (const x of sel.excluded) console.log(`  不参评: ${x.windowId} (${x.reason}: ${x.detail})`);

  const annual = annualComposite({ months: year.months, survey: sampleSurvey(windows) });
  console.log(`\n年度红旗窗口: 月评 ${annual.weights.monthly} + 民主测评 ${annual.weights.survey}; 窗口总数 ${annual.windows} 的 ${annual.share} = ${annual.count} 个${annual.tiedAtBoundary ? ' (末位并列, 全部入选)' : ''}`);
  console.log(`名次  ${pad('窗口', 16)}  月评均分  民主测评  综合得分`);
  for (const row of [...annual.rows].filter((r) => r.selected).sort((a, b) => a.rank! - b.rank!).slice(0, 10)) {
    console.log(`${String(row.rank).padStart(4)}  ${pad(row.windowId, 16)}  ${row.monthlyMean!.published.padStart(8)}  ${row.survey!.padStart(8)}  ${row.composite!.padStart(8)}`);
  }
  console.log(`  … 共 ${annual.selected.length} 个入选`);
  for (const x of annual.excluded) console.log(`  不参评: ${x.windowId} (${x.reason}: ${x.detail})`);

  mkdirSync('out', { recursive: true });
  const html = resolve('out', `${march.month}-月度通报.html`);
  writeFileSync(html, monthlyBulletinHtml({ centre: '示例县政务服务中心', rubric, result: march, selection: sel, issuedOn: '2024-04-05' }));
  console.log(`\n月度通报 (HTML) 已写入 written: ${html}`);
}
