// The side files annual and score read besides the ledger (survey, inputs, staff, votes):
// each counts as the centre meant it or is refused (exit 2), in Chinese and English, with
// the file, the line and the value. Never a quieter annual list with exit 0.
import { describe, expect, it } from 'vitest';
import { run, scratch } from './run-cli.js';

const { file } = scratch('ws-side-');
const S = 'docs/zh/samples';
const LEDGERS = [`${S}/争星台账-2024-01.csv`, `${S}/争星台账-2024-02.csv`, `${S}/争星台账-2024-03.csv`];
const ANNUAL = ['annual', '-r', 'red-flag-window', '--year', '2024', '--through', '2024-03', '-w', `${S}/窗口清单.txt`];
const SURVEY = ['窗口,民主测评', '住建,90', '人社,95', '民政,92', '市场监管,88', '不动产,93', '公安户政,91', '税务,94', '医保,89'];
const annual = (survey: string, ...more: string[]) => run(...ANNUAL, '--survey', survey, ...more, ...LEDGERS);
const selected = (out: string): string[] => JSON.parse(out).selected;

describe('annual --survey: a header, plain scores, declared windows', () => {
  it('reads the columns by name in any order (分数,单位 = 窗口,民主测评)', async () => {
    const base = await annual(file('s-ok.csv', SURVEY.join('\n')));
    expect(base.code).toBe(0);
    const swapped = file('s-swapped.csv', ['分数,单位', ...SURVEY.slice(1).map((r) => r.split(',').reverse().join(','))].join('\r\n'));
    const r = await annual(swapped);
    expect(r.code).toBe(0);
    expect(selected(r.out)).toEqual(selected(base.out));
    expect(selected(r.out).length).toBeGreaterThan(0);
  });

  it('refuses a survey without a recognisable header, naming line 1 and what was found', async () => {
    for (const [name, rows] of [['s-nohead.csv', SURVEY.slice(1)], ['s-3col.csv', ['1,住建,90', '2,人社,95']]] as const) {
      const f = file(name, rows.join('\n'));
      const r = await annual(f);
      expect(r.code).toBe(2);
      expect(r.out).toBe('');
      expect(r.err).toContain(`错误 error: 民主测评文件 ${f}:1 没有可识别的表头 (首行为“${rows[0]}”)`);
      expect(r.err).toContain(`survey file ${f}:1: no header row recognised (the first row is "${rows[0]}")`);
    }
  });

  it('refuses a score that is not a plain decimal from 0 to 100, with file:line and the value', async () => {
    for (const bad of ['95分', '９５', '900', '-5', '1e2', '100.5']) {
      const f = file('s-bad.csv', [...SURVEY.slice(0, 2), `人社,${bad}`, ...SURVEY.slice(3)].join('\n'));
      const r = await annual(f);
      expect([r.code, r.out]).toEqual([2, '']);
      expect(r.err).toContain(`民主测评文件 ${f}:3 窗口“人社”的得分“${bad}”无效`);
      expect(r.err).toContain(`survey file ${f}:3: window "人社": bad score "${bad}"`);
    }
    const empty = file('s-empty.csv', [...SURVEY.slice(0, 2), '人社,', ...SURVEY.slice(3)].join('\n'));
    expect((await annual(empty)).err).toContain(`${empty}:3 缺少窗口或得分`);
    const json = file('s-bad.json', '{"住建": 90, "人社": "95分"}');
    const j = await annual(json);
    expect([j.code, j.err]).toEqual([2, expect.stringContaining(`民主测评文件 ${json} 窗口“人社”的得分 “95分” 无效`)]);
  });

  it('refuses a misspelt window, naming the closest declared one; and a survey that matches none', async () => {
    const f = file('s-typo.csv', SURVEY.map((r) => r.replace(/^住建,/, '住建局,')).join('\n'));
    const r = await annual(f);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`错误 error: 民主测评文件 ${f}:2 窗口“住建局”不是本年度的窗口, 是否应为 “住建”? / survey file ${f}:2: "住建局" is not a window of the year; did you mean "住建"?`);
    const none = file('s-none.csv', '窗口,得分\nW01,90\nW02,91\n');
    const n = await annual(none);
    expect(n.code).toBe(2);
    expect(n.err).toContain('测评文件中没有一行与窗口相符 (共 2 行)');
    expect(n.err).toContain(`${none}:2 窗口“W01”不是本年度的窗口`);
  });

  it('refuses a survey that leaves out a window with monthly scores (it would drop out of the list)', async () => {
    const f = file('s-short.csv', SURVEY.filter((r) => !r.startsWith('人社')).join('\n'));
    const r = await annual(f);
    expect([r.code, r.out]).toEqual([2, '']);
    expect(r.err).toContain(`民主测评文件 ${f} 缺少 1 个窗口的得分, 这些窗口将无法参加年度评选: 人社`);
    expect(r.err).toContain('has no score for 1 window(s)');
  });
});

describe('--inputs: bad values refused, missing ones named', () => {
  const ledger = 'test/fixtures/io/county-2024-03.csv';
  const score = (inputs: string) => run('score', '-r', 'county-monthly', '--month', '2024-03', '-w', 'W01,W02', '-i', inputs, ledger);

  it('refuses "90分", 900, -5, null and "" with file:line, window, clause and value', async () => {
    for (const bad of ['"90分"', '900', '-5', 'null', '""']) {
      const f = file('i-bad.json', `{\n  "W01": { "1.chief": 90, "1.staff": 85 },\n  "W02": { "1.chief": ${bad}, "1.staff": 85 }\n}\n`);
      const r = await score(f);
      expect([r.code, r.out]).toEqual([2, '']);
      expect(r.err).toContain(`错误 error: 输入值文件 ${f}:3 窗口“W02”: 输入条款“1.chief”的值应为 0 至 100 的数, 实为 ${bad}`);
      expect(r.err).toContain(`inputs file ${f}:3: window "W02": input "1.chief" must be a decimal from 0 to 100, got ${bad}`);
    }
  });

  it('annual: the month is named too', async () => {
    const f = file('i-year.json', '{"2024-03": {\n  "住建": {"1.chief": 90, "1.staff": "85分"}\n}}');
    const r = await run('annual', '-r', 'county-monthly', '--year', '2024', '--through', '2024-03', '-w', '住建', '-i', f, '--survey', file('s1.csv', '窗口,得分\n住建,90'), ledger);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`输入值文件 ${f}:2 2024-03 窗口“住建”: 输入条款“1.staff”的值应为 0 至 100 的数, 实为 "85分"`);
  });

  it('names on stderr every card left without a score for a missing input', async () => {
    const f = file('i-missing.json', '{"W01": {"1.chief": 90, "1.staff": 85}, "W02": {"1.chief": 90}}');
    const r = await score(f);
    expect(r.code).toBe(0);
    expect(r.err).toContain('警告 warning: 1 个窗口缺少输入值 1.staff, 不计分、不参加评选: W02');
    expect(r.err).toContain('warning: 1 window(s) have no value for 1.staff: no score, not ranked: W02');
  });

  it('option errors are bilingual: an undeclared or padded window id in the inputs', async () => {
    const f = file('i-typo.json', '{"W01": {"1.chief": 90, "1.staff": 85}, "W2": {"1.chief": 90, "1.staff": 85}}');
    const r = await score(f);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`错误 error: 参数无效 (inputs.W2): inputs: 窗口“W2”不在窗口清单中, 是否应为 “W02”? / invalid option inputs.W2: inputs: window "W2" is not among the declared windows; did you mean "W02"?`);
    const pad = file('i-pad.json', '{"W01 ": {"1.chief": 90}}');
    const p = await run('score', '-r', 'county-monthly', '--month', '2024-03', '-i', pad, ledger);
    expect(p.err).toContain('参数无效 (inputs.W01 ): inputs: 窗口编号 "W01 " 首尾不能有空白字符 / invalid option');
  });
});

describe('annual --staff / --votes: every vote counts or is refused', () => {
  const survey = () => file('s-ok.csv', SURVEY.join('\n'));
  const staff = (rows: string) => file('staff.json', rows);
  const STAFF = '[{"personId": "张三", "windowId": "人社"}, {"personId": "李四", "windowId": "住建"}]';

  it('refuses a vote for a name not on the staff list, naming the closest staff name', async () => {
    const votes = file('votes.json', '{\n  "张叁": 50,\n  "李四": 40\n}');
    const r = await annual(survey(), '--staff', staff(STAFF), '--votes', votes);
    expect([r.code, r.out]).toEqual([2, '']);
    expect(r.err).toContain(`错误 error: 得票文件 ${votes}:2 “张叁” (50 票) 不在人员名单`);
    expect(r.err).toContain('是否应为 张三?');
    expect(r.err).toContain('did you mean 张三?');
  });

  it('refuses a staff member at a window that is not one of the year (人社局 → 人社)', async () => {
    const s = staff('[{"personId": "张三", "windowId": "人社局"}]');
    const r = await annual(survey(), '--staff', s, '--votes', file('votes.json', '{"张三": 50}'));
    expect(r.code).toBe(2);
    expect(r.err).toContain(`人员名单 ${s} 张三 的窗口“人社局”不是本年度的窗口, 是否应为 “人社”?`);
  });

  it('refuses --staff without --votes, and a staff list of the wrong shape', async () => {
    expect((await annual(survey(), '--staff', staff(STAFF))).err).toContain('--staff 与 --votes 须一并给出');
    const bad = staff('{"张三": "人社"}');
    expect((await annual(survey(), '--staff', bad, '--votes', file('votes.json', '{"张三": 50}'))).err).toContain(`人员名单 ${bad} 不是数组`);
  });

  it('names the stars when the names match', async () => {
    const r = await annual(survey(), '--staff', staff(STAFF), '--votes', file('votes.json', '{"张三": 50, "李四": 40}'));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).stars.ranking.length).toBeGreaterThan(0);
  });
});
