// The README's quick start (中文快速上手), runnable: npx tsx examples/quick-start.ts
// In your project, import from 'window-scorecard' instead of '../src/index.js'.
import { explain, loadRubric, scoreMonth, type LedgerRecord } from '../src/index.js';

const rubric = loadRubric('county-monthly');

const ledger: LedgerRecord[] = [
  { id: 'e1', windowId: '住建', clauseId: '4.1', date: '2024-03-05', count: 2, evidence: { source: '办件抽查' } },
  { id: 'e2', windowId: '住建', clauseId: '4.4-red', date: '2024-03-12' },
  { id: 'e3', windowId: '人社', clauseId: '6.1', date: '2024-03-20' },
  { id: 'v1', voids: 'e3', date: '2024-04-02', note: '申诉成立' },
];

const result = scoreMonth(rubric, ledger, {
  month: '2024-03',
  windows: ['住建', '人社', '民政'],
  inputs: {
    住建: { '1.chief': 90, '1.staff': 85 },
    人社: { '1.chief': 95, '1.staff': 92 },
    民政: { '1.chief': 88, '1.staff': 90 },
  },
});

for (const card of result.cards) console.log(card.windowId, card.score, card.chiefDeduction);
console.log(explain(result.cards[1]!, rubric)); // 住建 (cards are sorted by window id)
console.log(result.counts);
