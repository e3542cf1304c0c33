// 千分制 (004 篇5) filled in for a FICTIONAL county (示例县): npx tsx examples/thousand-point-county.ts
//
// rubrics/thousand-point.json is a template: the source states only the outcome rules
// (900分以上合格, 前三名优胜 +100元/人, 少于900分 -100元/人); its 《文明示范窗口单位千分制考核细则》
// is not in the published copy. EVERY category and clause below is ILLUSTRATIVE, invented
// for this example: none of it is from the source, and a county must put its own 细则 here.
// The unit names echo the source's 参建范围 (营业厅, 检修中心, 综合站, 供电所); the ledger is made up.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { gradeOutcomes, parseRubric, rank, scorePeriod, type LedgerRecord, type Rubric, type RubricInput } from '../src/index.js';

const NOTE = '示例条款,由示例县自拟,并非原文(原文《文明示范窗口单位千分制考核细则》未收录)。';

/** Illustrative categories (示例, not from the source): 400 + 300 + 200 + 100 = 1000. */
export const EXAMPLE_CATEGORIES: RubricInput['categories'] = [
  { id: 'ex1', title: '服务规范(示例)', max: 400, clauses: [
    { kind: 'per-occurrence', id: 'ex1.1', text: '(示例)未挂牌上岗的,每人次扣10分', points: 10, unit: '人次', notes: [NOTE] },
    { kind: 'per-occurrence', id: 'ex1.2', text: '(示例)服务态度被有效投诉的,每次扣50分', points: 50, unit: '次', notes: [NOTE] },
  ] },
  { id: 'ex2', title: '服务环境(示例)', max: 300, clauses: [
    { kind: 'per-occurrence', id: 'ex2.1', text: '(示例)服务场所不整洁的,每次扣20分', points: 20, unit: '次', notes: [NOTE] },
  ] },
  { id: 'ex3', title: '纪律巡查(示例)', max: 200, clauses: [
    { kind: 'per-occurrence', id: 'ex3.1', text: '(示例)巡查发现脱岗的,每人次扣30分', points: 30, unit: '人次', notes: [NOTE] },
  ] },
  { id: 'ex4', title: '创建信息(示例)', max: 100, clauses: [
    { kind: 'per-occurrence', id: 'ex4.1', text: '(示例)未按时报送创建工作信息的,每次扣0.5分', points: 0.5, unit: '次', notes: [NOTE] },
  ] },
];

/** The template, copied, with `template` dropped and the illustrative categories added. */
export function fillIn(): Rubric {
  const json = JSON.parse(readFileSync(new URL('../rubrics/thousand-point.json', import.meta.url), 'utf8')) as RubricInput;
  const { template: _dropped, ...rest } = json;
  return parseRubric({
    ...rest,
    id: 'thousand-point-示例县',
    title: `${rest.title}(示例县,示例类别)`,
    categories: EXAMPLE_CATEGORIES,
    source: { ...rest.source, notes: [...(rest.source.notes ?? []), `类别与条款均为示例:${NOTE}`] },
  });
}

/** Six units of 示例县 and their people (人平 / 每人 needs a headcount). */
export const UNITS = ['营业厅', '检修中心', '一综合站', '二综合站', '城关供电所', '河口供电所'];
export const HEADCOUNT: Record<string, number> = { 营业厅: 12, 检修中心: 8, 一综合站: 6, 二综合站: 5, 城关供电所: 7, 河口供电所: 9 };

/**
 * A year of findings (all made up). Expected totals, by hand (1000 minus deductions):
 *   营业厅     ex1.1 x2 = 20; ex1.2 投诉 50 voided on appeal (申诉成立)      -> 980
 *   检修中心   ex1.2 x1 = 50                                                -> 950
 *   一综合站   ex2.1 x4 = 80                                                -> 920
 *   二综合站   ex3.1 x2 = 60, ex2.1 x1 = 20: 80                             -> 920 (tied 3rd)
 *   城关供电所 ex1.2 x2 = 100                                               -> 900 (合格, rank 5)
 *   河口供电所 ex1.2 x2 = 100, ex4.1 x1 = 0.5: 100.5                        -> 899.5 (不合格)
 */
export const LEDGER: LedgerRecord[] = [
  { id: 'y1', windowId: '营业厅', clauseId: 'ex1.1', date: '2024-02-18', count: 2 },
  { id: 'y2', windowId: '营业厅', clauseId: 'ex1.2', date: '2024-06-03' },
  { id: 'y2-void', voids: 'y2', date: '2024-06-20', note: '申诉成立' },
  { id: 'y3', windowId: '检修中心', clauseId: 'ex1.2', date: '2024-05-11' },
  { id: 'y4', windowId: '一综合站', clauseId: 'ex2.1', date: '2024-03-07', count: 4 },
  { id: 'y5', windowId: '二综合站', clauseId: 'ex3.1', date: '2024-09-14', count: 2 },
  { id: 'y6', windowId: '二综合站', clauseId: 'ex2.1', date: '2024-11-02' },
  { id: 'y7', windowId: '城关供电所', clauseId: 'ex1.2', date: '2024-04-22', count: 2 },
  { id: 'y8', windowId: '河口供电所', clauseId: 'ex1.2', date: '2024-07-30', count: 2 },
  { id: 'y9', windowId: '河口供电所', clauseId: 'ex4.1', date: '2024-12-31T23:30:00+08:00' },
];

function main(): void {
  const rubric = fillIn();
  const year = scorePeriod(rubric, LEDGER, { period: '2024', windows: UNITS });
  const scores = year.cards.map((c) => ({ id: c.windowId, score: c.score ?? '0' }));
  const ranking = rank(scores);
  const rows = gradeOutcomes({ scores, outcomes: rubric.outcomes ?? {}, headcount: HEADCOUNT });

  console.log(`${rubric.title} ${year.period}年 (满分 ${rubric.total}; 类别为示例, 非原文)`);
  console.log(`台账: 收到 ${year.counts.received} 条, 计入 ${year.counts.live} 条, 撤销 ${year.counts.voided} 条`);
  console.log('名次  单位        得分    等级      奖项      每人(元)  合计(元)');
  for (const r of rows) {
    const tie = ranking.find((k) => k.id === r.id)?.tied === true ? '=' : '';
    console.log(
      [
        `${r.rank}${tie}`.padEnd(4),
        r.id.padEnd(6, '　'),
        r.score.padStart(6),
        (r.band?.label ?? '—').padEnd(5, '　'),
        (r.prize?.label ?? '—').padEnd(5, '　'),
        r.yuan.perPerson.padStart(6),
        (r.yuan.total ?? '人数未知').padStart(8),
      ].join('  '),
    );
  }
  // Whole yuan here (100 x whole headcounts), so plain numbers add exactly.
  const pay = rows.reduce((a, r) => a + Number(r.yuan.total ?? 0), 0);
  console.log('(名次后的 = 表示并列; 竞争名次, 并列第三均为优胜单位)');
  console.log(`奖惩合计: ${pay} 元 (得分前三名为优胜单位,按人平100元给予奖励;得分少于900分单位每人扣款100元)`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main();
