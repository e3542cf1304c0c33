// Runs against the packed package, installed in a scratch project (see test/smoke/run.sh).
const { parseRubric, scoreMonth } = require('window-scorecard');
const rubric = parseRubric(require('window-scorecard/rubrics/red-flag-window.json'));
const r = scoreMonth(rubric, [{ id: 'e1', windowId: 'W01', clauseId: 'w1.1', date: '2024-03-05', count: 3 }], { month: '2024-03' });
if (r.cards[0].score !== '90') throw new Error(`CJS: expected 90, got ${r.cards[0].score}`);
console.log('cjs ok', r.cards[0].score, require('window-scorecard/package.json').name);
