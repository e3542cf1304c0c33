// An appeal upheld: the window disputes a finding, the committee verifies it was a 误评, and
// the office appends a void (never edits or deletes the finding). Re-scoring restores the
// points; both entries stay in the trace. Run: npx tsx examples/appeal.ts
import { explain, loadRubric, scoreMonth, verifyResult, type LedgerRecord } from '../src/index.js';

const rubric = loadRubric('county-monthly');
const options = { month: '2024-03', windows: ['住建'], inputs: { 住建: { '1.chief': 90, '1.staff': 90 } } };
const ledger: LedgerRecord[] = [
  { id: 'e1', windowId: '住建', clauseId: '6.1', date: '2024-03-08', evidence: { source: '群众投诉', ref: '12345-0308-17' } },
  { id: 'e2', windowId: '住建', clauseId: '5.8', date: '2024-03-15' },
];

const before = scoreMonth(rubric, ledger, options);
console.log('申诉前 before:', before.cards[0]!.score); // 100 - 2 (基础分) - 3 (6.1) = 95

// 申诉成立: append a void dated when the appeal was decided (it may be next month).
const appealed: LedgerRecord[] = [...ledger, { id: 'a1', voids: 'e1', date: '2024-04-03', note: '申诉成立, 经核实为误评', recordedBy: '督查股' }];
const after = scoreMonth(rubric, appealed, options);
console.log('申诉后 after:', after.cards[0]!.score); // 98
console.log(explain(after.cards[0]!, rubric));

// The published March result can be checked by anyone holding the rubric and the ledger.
console.log('复核 verify:', verifyResult(after, rubric, [...appealed].reverse(), options).match); // true
