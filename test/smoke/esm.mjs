// Runs against the packed package, installed in a scratch project (see test/smoke/run.sh).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseRubric, scoreMonth, explain, RubricValidationError } from 'window-scorecard';

const require = createRequire(import.meta.url);
const rubric = parseRubric(readFileSync(require.resolve('window-scorecard/rubrics/county-monthly.json'), 'utf8'));
const r = scoreMonth(rubric, [{ id: 'e1', windowId: 'W01', clauseId: '4.1', date: '2024-03-05', count: 2 }], {
  month: '2024-03',
  inputs: { W01: { '1.chief': 90, '1.staff': 85 } },
});
if (r.cards[0].score !== '92.5') throw new Error(`ESM: expected 92.5, got ${r.cards[0].score}`);
if (!explain(r.cards[0], rubric).includes('x2件次')) throw new Error('ESM: explain');
try { parseRubric({}); } catch (e) { if (!(e instanceof RubricValidationError)) throw e; }
const schema = JSON.parse(readFileSync(require.resolve('window-scorecard/schema/rubric.schema.json'), 'utf8'));
if (schema.type !== 'object') throw new Error('ESM: rubric.schema.json');
console.log('esm ok', r.cards[0].score);
