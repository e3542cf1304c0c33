// `rubrics <name>` (the clause catalogue) and `lint` in both languages, fed the bad inputs themselves.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadRubric } from '../../src/index.js';
import { displayWidth } from '../../src/cli/table.js';
import { run, scratch } from './run-cli.js';

const { file } = scratch('ws-catalogue-');
const countyJson = () => JSON.parse(readFileSync('rubrics/county-monthly.json', 'utf8'));

describe('cli: rubrics <name>', () => {
  it('-f json lists every clause with its category, kind, points and chief points', async () => {
    const r = await run('rubrics', 'county-monthly', '-f', 'json');
    expect(r.code).toBe(0);
    const c = JSON.parse(r.out);
    const rubric = loadRubric('county-monthly');
    expect(c.clauses.map((x: { id: string }) => x.id)).toEqual(rubric.categories.flatMap((k) => k.clauses.map((x) => x.id)));
    expect(c.clauses.find((x: { id: string }) => x.id === '4.2')).toEqual({
      id: '4.2', category: { id: '4', title: '服务能力' }, kind: 'per-occurrence', points: '1', chiefPoints: '0.5', evidence: '办件抽查',
      text: '办件抽查中,办理流程不规范,未按后台分类审批规定进行审批的,每件次扣1分、首席代表扣0.5分。', rule: '',
    });
    expect(c.clauses.find((x: { id: string }) => x.id === '1.chief')).toMatchObject({ kind: 'input', points: '10', chiefPoints: '', rule: '输入值满分 100' });
  });

  it('-f csv is Excel-safe: BOM, CRLF, one row per clause, formula-like cells guarded', async () => {
    const r = await run('rubrics', 'county-monthly', '-f', 'csv');
    expect(r.out.startsWith('\uFEFF编号 id,类别 category,类别名称 category title,类型 kind,分值 points,首席代表扣分 chief points')).toBe(true);
    expect(r.out.split('\r\n').filter((l) => l.length > 0)).toHaveLength(1 + loadRubric('county-monthly').categories.flatMap((c) => c.clauses).length);
    const hostile = countyJson();
    hostile.categories[3].clauses[0].text = '=HYPERLINK("http://x","点我")';
    hostile.categories[3].clauses[1].evidence = '@SUM(1+1)';
    hostile.categories[3].clauses[2].evidence = '-2+3';
    const csv = (await run('rubrics', file('hostile.json', JSON.stringify(hostile)), '-f', 'csv')).out;
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""点我"")"`);
    expect(csv).toContain(",'@SUM(1+1),");
    expect(csv).toContain(",'-2+3,");
    expect(csv).toContain(',per-occurrence,2,1,,');
  });

  it('-f md is a Markdown table with the title', async () => {
    const r = await run('rubrics', 'county-monthly', '-f', 'md');
    expect(r.out).toMatch(/^## 县人民政府政务服务中心窗口月度考评评分标准 \(county-monthly@1\): 35 条 clauses/);
    expect(r.out).toContain('| 4.2 | 4 服务能力 | per-occurrence | 1 | 0.5 | 办件抽查 | 办件抽查中,办理流程不规范');
  });

  it('on a terminal, columns line up by display width (a Chinese character is two columns)', async () => {
    const r = await run('rubrics', 'county-monthly');
    const lines = r.out.split('\n');
    const rule = lines.find((l) => /^-+ /.test(l))!;
    const textAt = rule.lastIndexOf(' ') + 1;
    // Every row's last column starts at the same display column as the header's.
    const head = lines[lines.indexOf(rule) - 1]!;
    const starts = (l: string) => displayWidth(l.slice(0, l.indexOf(l.includes('条文 text') ? '条文 text' : l.trimEnd().split('  ').pop()!)));
    expect(starts(head)).toBe(textAt);
    const row = lines.find((l) => l.startsWith('4.2 '))!;
    expect(displayWidth(row.slice(0, row.indexOf('办件抽查中')))).toBe(textAt);
    expect(displayWidth('4 服务能力')).toBe(10);
  });

  it('a rubric file is listed the same way as a built-in', async () => {
    const r = await run('rubrics', 'rubrics/county-monthly.json', '-f', 'json');
    expect(JSON.parse(r.out)).toEqual(JSON.parse((await run('rubrics', 'county-monthly', '-f', 'json')).out));
  });

  it('a misspelt name suggests the closest built-in, exit 2', async () => {
    const r = await run('rubrics', 'county-montly');
    expect([r.code, r.err]).toEqual([2, '错误 error: 没有名为 county-montly 的内置评分标准, 也没有此文件; 是否要找 county-monthly? / no built-in rubric or file named county-montly; did you mean county-monthly?']);
    const s = await run('score', '-r', 'red-flag-windows', '--month', '2024-03', 'x.csv');
    expect([s.code, s.err]).toEqual([2, expect.stringContaining('did you mean red-flag-window?')]);
    const far = await run('rubrics', 'zzz');
    expect(far.err).toContain('built in: county-monthly, red-flag-window');
  });

  it('a template with no clauses says why the table is empty', async () => {
    const r = await run('rubrics', 'thousand-point');
    expect([r.code, r.err]).toEqual([0, 'thousand-point: 0 条条款, 这是模板, 类别由各县填写 / 0 clauses, a template: the county fills in its categories']);
  });

  it('with no name keeps listing the built-ins', async () => {
    const r = await run('rubrics');
    expect(r.out).toMatch(/^名称 name +总分 total/);
    expect(r.out).toContain('county-monthly');
    expect(JSON.parse((await run('rubrics', '-f', 'json')).out)).toHaveLength(6);
    expect((await run('rubrics', '-f', 'pdf')).code).toBe(2);
  });
});

describe('cli: lint speaks Chinese and English and names clauses by id', () => {
  it('a wrong chief points: points, ratio and the expected value, in both languages', async () => {
    const r = countyJson();
    r.categories[3].clauses[0].chiefPoints = 1.5; // 4.1: points 2, ratio 0.5, so 1 is expected
    const out = await run('lint', file('wrong-chief.json', JSON.stringify(r)));
    expect(out.code).toBe(1);
    expect(out.out).toMatchInlineSnapshot(`
      "错误 error chief-ratio 条款 4.1 / clause 4.1 (categories.3.clauses.0.chiefPoints)
          条款 "4.1":首席代表扣分 (chiefPoints) 1.5 不等于 分值 2 × 首席代表比例 (chiefRatio) 0.5 = 1;请改为 1,如原文确定为 1.5,请填写 chiefException 并写明依据
          clause "4.1": chiefPoints 1.5 is not points 2 x chiefRatio 0.5 = 1; write 1, or give chiefException with the source's reason if 1.5 is meant"
    `);
    expect(out.err).toMatch(/wrong-chief\.json \(county-monthly@1\): 1 个错误, 0 个警告 \/ 1 error\(s\), 0 warning\(s\)$/);
  });

  it('schema issues name the clause by its id too, in both languages', async () => {
    const r = countyJson();
    r.categories[3].clauses[1].points = -1;
    const out = await run('lint', file('negative.json', JSON.stringify(r)));
    expect(out.code).toBe(2);
    expect(out.out.split('\n')[0]).toBe('错误 error too-small 条款 4.2 / clause 4.2 (categories.3.clauses.1.points)');
    expect(out.err).toMatch(/评分标准无效, 1 个问题 \/ invalid rubric, 1 issue\(s\)$/);
  });

  it('--format json carries messageZh and the clause id', async () => {
    const r = countyJson();
    r.categories[3].clauses[0].chiefPoints = 1.5;
    const j = JSON.parse((await run('lint', file('wrong-chief2.json', JSON.stringify(r)), '-f', 'json')).out);
    expect(j.issues[0]).toMatchObject({ code: 'chief-ratio', clauseId: '4.1', messageZh: expect.stringContaining('= 1;') });
  });
});
