// A county's own rubric: written as JSON, validated, linted and scored like a built-in one.
// Run: npx tsx examples/custom-rubric.ts
import { explain, lintRubric, parseRubric, safeParseRubric, scoreMonth } from '../src/index.js';

const rubric = parseRubric({
  id: 'my-county-hall',
  version: '2025.1',
  title: '某县政务服务大厅窗口考评细则 (示例)',
  total: 100,
  effectiveFrom: '2025-01-01',
  source: { document: '示例: 一个县自拟的细则, 非任何真实文件', notes: ['示例用途, 条文为示意'] },
  chiefRatio: 0.5,
  categories: [
    { id: 'discipline', title: '工作纪律', max: 40, clauses: [
      { kind: 'per-occurrence', id: 'late', text: '迟到、早退每人次扣1分', points: 1, unit: '人次', evidence: '考勤记录' },
      { kind: 'threshold', id: 'absent-post', text: '空岗每月累计达3次扣5分', points: 5, threshold: 3, unit: '次' },
    ] },
    { id: 'service', title: '服务质量', max: 60, clauses: [
      { kind: 'per-occurrence', id: 'complaint', text: '有效投诉每件扣3分', points: 3, unit: '件', evidence: '群众投诉' },
      { kind: 'veto', id: 'fee', text: '违规收费的,本月不得分' },
      { kind: 'bonus', id: 'praise', text: '收到锦旗或表扬信每次加1分, 每月最多加3分', points: 1, cap: 3 },
    ] },
  ],
});
console.log('lint:', lintRubric(rubric)); // { ok: true, issues: [] }

// A typo in a rubric is an issue, never silently ignored:
const typo = safeParseRubric({ ...rubric, categories: [{ ...rubric.categories[0], maxx: 40 }] });
if (!typo.success) console.log(typo.issues.map((i) => `${i.code}: ${i.messageZh}`));

const result = scoreMonth(rubric, [
  { id: '1', windowId: '税务', clauseId: 'late', date: '2025-03-03', count: 2 },
  { id: '2', windowId: '税务', clauseId: 'absent-post', date: '2025-03-10', count: 3 },
  { id: '3', windowId: '税务', clauseId: 'complaint', date: '2025-03-12' },
  { id: '4', windowId: '税务', clauseId: 'praise', date: '2025-03-20' },
], { month: '2025-03' });
console.log(explain(result.cards[0]!, rubric)); // 100 - 2 - 5 - 3 + 1 = 91
