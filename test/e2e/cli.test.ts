// The command line, run in-process through main() with a captured sink, and once through
// the built bin as a user would (npx window-scorecard …).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { run, scratch } from './run-cli.js';

const { dir, file } = scratch('ws-cli-');

describe('cli: commands that read no ledger', () => {
  it('prints help for the tool and every command', async () => {
    const top = await run('--help');
    expect(top.code).toBe(0);
    for (const c of ['score', 'select', 'annual', 'explain', 'lint', 'schema', 'rubrics']) {
      expect(top.out).toContain(c);
      const h = await run(c, '--help');
      expect([h.code, h.out.includes(`window-scorecard ${c}`)]).toEqual([0, true]);
    }
  });

  it('lists the built-in rubrics', async () => {
    const r = await run('rubrics', '--format', 'json');
    expect(JSON.parse(r.out).map((x: { id: string }) => x.id)).toContain('red-flag-window');
  });

  it('prints the rubric and ledger JSON Schemas', async () => {
    expect(JSON.parse((await run('schema')).out).properties.categories.type).toBe('array');
    expect(JSON.parse((await run('schema', '--ledger')).out).anyOf).toHaveLength(2);
  });

  it('lints: 0 clean, 1 lint errors, 2 invalid', async () => {
    expect((await run('lint', 'rubrics/county-monthly.json')).code).toBe(0);
    const r = JSON.parse(readFileSync('rubrics/county-monthly.json', 'utf8'));
    r.total = 99;
    expect((await run('lint', file('bad-total.json', JSON.stringify(r)))).code).toBe(1);
    const invalid = await run('lint', file('invalid.json', '{"id": "x"}'));
    expect(invalid.code).toBe(2);
    expect(invalid.out).toContain('missing-field');
  });

  it('answers bad usage with exit 2 and one line in Chinese and English', async () => {
    for (const argv of [['nope'], ['score', '--month', '2024-03'], ['score', '-r', 'county-monthly', '--month', '2024-3', 'x.csv'], ['score', '--bogus']]) {
      const r = await run(...argv);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/^错误 error: .+/);
    }
  });
});

// Built from the current sources by test/setup/build-cli.ts (the same tsup options as the
// package's build), so this runs on a fresh clone before any `npm run build`.
describe('cli: the built bin', () => {
  it('runs as an executable', () => {
    const bin = inject('cliBin');
    expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    const r = spawnSync(process.execPath, [bin, 'rubrics'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('county-monthly');
  });
});

describe('cli: scoring ledger files', () => {
  const csvFile = 'test/fixtures/io/county-2024-03.csv';
  const gbkFile = 'test/fixtures/io/county-2024-03-gbk.csv';
  const inputs = file('inputs.json', JSON.stringify({ W01: { '1.chief': 90, '1.staff': 90 }, W02: { '1.chief': 80, '1.staff': 100 } }));
  const base = ['-r', 'county-monthly', '--month', '2024-03', '-w', 'W01,W02', '-i', inputs];

  it('scores a UTF-8 CSV with Chinese headers and accounts for every line', async () => {
    const r = await run('score', ...base, csvFile);
    expect(r.code).toBe(0);
    const result = JSON.parse(r.out);
    // W05 is not on the -w list: declared windows are the windows (issue 13), so its entry
    // is rejected as unknown-window (listed, counted, named in the summary), not given a card.
    expect(result.cards.map((c: { windowId: string }) => c.windowId)).toEqual(['W01', 'W02']);
    expect(result.rejected.filter((j: { code: string }) => j.code === 'unknown-window').map((j: { id: string }) => j.id)).toEqual(['m4', 'm9']);
    expect(r.err).toContain('窗口清单外的记录 2 条已退回 (unknown-window)');
    expect(result.counts.received).toBe(result.read.entries);
    expect(r.err).toMatch(/台账 1 个文件 \d+ 行: 记录 \d+ 条 = 有效 \d+ \+ 退回 \d+ \+ 其他月份 \d+/);
    expect(r.err).toMatch(/ledger 1 file\(s\), \d+ lines: \d+ entries = /);
  });

  it('reads the same ledger from GBK (Excel on Windows) to the same cards', async () => {
    const utf8 = JSON.parse((await run('score', ...base, csvFile)).out);
    const gbk = JSON.parse((await run('score', ...base, gbkFile)).out);
    expect(gbk.cards).toEqual(utf8.cards);
    expect((await run('score', ...base, '--encoding', 'gbk', gbkFile)).code).toBe(0);
  });

  it('writes CSV, Markdown, HTML and xlsx', async () => {
    expect((await run('score', ...base, '-f', 'csv', csvFile)).out.split('\r\n')[0]).toContain('得分 score');
    expect((await run('score', ...base, '-f', 'md', '--centre', '某县政务服务中心', csvFile)).out).toContain('某县政务服务中心 2024年3月');
    expect((await run('score', ...base, '-f', 'html', csvFile)).out).toContain('<svg');
    const xlsx = join(dir, 'out.xlsx');
    const x = await run('score', ...base, '-f', 'xlsx', '-o', xlsx, csvFile);
    expect([x.code, existsSync(xlsx)]).toEqual([0, true]);
    expect((await run('score', ...base, '-f', 'xlsx', csvFile)).code).toBe(2);
  });

  it('exits 1 under --strict when entries are rejected, 0 without it', async () => {
    // One good entry: a ledger with none accepted exits 3 whatever --strict says (see below).
    const bad = file('bad.ndjson', '{"id":"x1","windowId":"W01","clauseId":"9.9","date":"2024-03-01"}\n{"id":"x2","windowId":"W01","clauseId":"4.1","date":"2024-03-01"}\nnot json\n');
    expect((await run('score', ...base, bad)).code).toBe(0);
    const strict = await run('score', ...base, '--strict', bad);
    expect(strict.code).toBe(1);
    expect(strict.err).toContain('bad-json');
  });

  it('selects red-flag windows and explains a card', async () => {
    const ledger = file('rf.ndjson', ['{"id":"a","windowId":"W1","clauseId":"w1.1","date":"2024-03-02","count":2}', '{"id":"b","windowId":"W2","clauseId":"w6.5","date":"2024-03-03"}'].join('\n'));
    const sel = JSON.parse((await run('select', '-r', 'red-flag-window', '--month', '2024-03', '-w', 'W1,W2,W3', ledger)).out);
    expect(sel.selected).toEqual(['W3', 'W1']);
    expect(sel.excluded).toEqual([{ windowId: 'W2', reason: 'vetoed', detail: 'w6.5' }]);
    const ex = await run('explain', '-r', 'red-flag-window', '--month', '2024-03', '--window', 'W1', ledger);
    expect(ex.out).toContain('发现一人次扣2分 x2人次');
    expect((await run('score', '-r', 'red-flag-window', '--month', '2024-03', '--window', 'W1', ledger)).code).toBe(2);
  });

  it('computes the annual composite with a survey file', async () => {
    const lines = [];
    for (let m = 1; m <= 12; m++) lines.push(JSON.stringify({ id: `a${m}`, windowId: 'W1', clauseId: 'w1.1', date: `2024-${String(m).padStart(2, '0')}-05` }));
    const ledger = file('year.ndjson', lines.join('\n'));
    const survey = file('survey.csv', '窗口,民主测评\nW1,90\nW2,80\n');
    const r = await run('annual', '-r', 'red-flag-window', '--year', '2024', '-w', 'W1,W2', '--survey', survey, ledger);
    expect(r.code).toBe(0);
    const a = JSON.parse(r.out);
    expect(a.count).toBe(1);
    // W1 each month: 100 - 2 (w1.1) - 3 (u4.2 分管领导 no visit) - 1 (w5.3 no 工作信息) = 94; 94 x 0.6 + 90 x 0.4 = 92.4
    // W2 each month: 100 - 3 - 1 = 96; 96 x 0.6 + 80 x 0.4 = 89.6; 50% of 2 windows = 1 named
    expect(a.rows.map((x: { windowId: string; composite: string }) => [x.windowId, x.composite])).toEqual([['W1', '92.4'], ['W2', '89.6']]);
    expect(a.selected).toEqual(['W1']);
  });
});

describe('cli: --bounded', () => {
  it('scores the same cards in bounded memory, without entry ids', async () => {
    const base = ['-r', 'county-monthly', '--month', '2024-03', '-w', 'W01,W02', 'test/fixtures/io/county-2024-03.csv'];
    const plain = JSON.parse((await run('score', ...base)).out);
    const bounded = JSON.parse((await run('score', '--bounded', ...base)).out);
    expect(bounded.counts).toEqual(plain.counts);
    expect(bounded.cards.map((c: { score: string }) => c.score)).toEqual(plain.cards.map((c: { score: string }) => c.score));
    expect(bounded.cards[0].trace.every((t: { entryIds: string[] }) => t.entryIds.length === 0)).toBe(true);
  });
});

describe('cli: annual accounting', () => {
  it('accounts for every entry of the year once', async () => {
    const ledger = file('year2.ndjson', [
      '{"id":"a","windowId":"W1","clauseId":"w1.1","date":"2024-02-05"}',
      '{"id":"b","windowId":"W1","clauseId":"nope","date":"2024-03-05"}',
      '{"id":"c","windowId":"W1","clauseId":"w1.1","date":"2023-12-31"}',
      '{"id":"d","windowId":"W1","clauseId":"w1.1","date":"2024-02-30"}',
    ].join('\n'));
    const survey = file('survey2.json', '{"W1": 90}');
    const r = await run('annual', '-r', 'red-flag-window', '--year', '2024', '--survey', survey, ledger);
    // March's only entry names an unknown clause: the month is refused whole (exit 3).
    expect(r.code).toBe(3);
    expect(r.err).toContain('记录 4 条 = 有效 1 + 退回 2 + 其他月份 1');
  });
});

describe('cli: declared windows and a ledger that does not fit its rubric (issue 13)', () => {
  const misspelt = file('misspelt.ndjson', [
    '{"id":"a","windowId":"住建局","clauseId":"w1.1","date":"2024-03-02","count":2}',
    '{"id":"b","windowId":"人社","clauseId":"w1.1","date":"2024-03-03"}',
  ].join('\n'));

  it('rejects an entry for a window not on -w, naming the closest one, in the summary and the JSON', async () => {
    const r = await run('score', '-r', 'red-flag-window', '--month', '2024-03', '-w', '住建,人社,公安', misspelt);
    expect(r.code).toBe(0);
    const result = JSON.parse(r.out);
    expect(result.cards.map((c: { windowId: string }) => c.windowId)).toEqual(['人社', '住建', '公安'].sort());
    // 住建 loses nothing to 住建局's entry, and 住建局 gets no card.
    expect(result.rejected).toEqual([expect.objectContaining({ index: 0, id: 'a', code: 'unknown-window', path: ['windowId'] })]);
    expect(r.err).toContain('窗口清单外的记录 1 条已退回 (unknown-window) / 1 entry for windows (or people) not on the list rejected:');
    expect(r.err).toContain('1 条 x 窗口 (windowId) "住建局" 不在窗口清单 (共 3 个) 中, 是否应为 "住建"?');
    expect(r.err).toContain('did you mean "住建"?');
    expect(r.err).toContain('记录 2 条 = 有效 1 + 退回 1 + 其他月份 0');
    expect((await run('score', '-r', 'red-flag-window', '--month', '2024-03', '-w', '住建,人社,公安', '--strict', misspelt)).code).toBe(1);
  });

  it('without -w, says which windows only the ledger names, and which look alike', async () => {
    const twice = file('twice.ndjson', [
      '{"id":"a","windowId":"住建局","clauseId":"w1.1","date":"2024-03-02"}',
      '{"id":"b","windowId":"住建","clauseId":"w1.1","date":"2024-03-03"}',
    ].join('\n'));
    const r = await run('score', '-r', 'red-flag-window', '--month', '2024-03', twice);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).windowsOnlyInLedger).toEqual(['住建', '住建局']);
    expect(r.err).toContain('注意: 未给出窗口清单 (-w), 2 个窗口取自台账: 住建, 住建局;');
    expect(r.err).toContain('note: no window list given (-w); 2 window(s) taken from the ledger: 住建, 住建局;');
    expect(r.err).toContain('相近的窗口编号 similar window ids: 住建 / 住建局');
  });

  it('select with red-flag-window on a county-monthly ledger: exit 3, naming county-monthly', async () => {
    const r = await run('select', '-r', 'red-flag-window', '--month', '2024-03', 'test/fixtures/io/county-2024-03.csv');
    expect(r.code).toBe(3);
    expect(r.err).toContain('错误 error: 台账与评分标准 red-flag-window 不符: 8 条记录中 7 条的条款编号不在该标准中 (2.2, 3.4, 4.1, 5.3, 5.4-late, 6.1, 9.9). 这些条款编号 (7 个中的 6 个)属于 county-monthly, 请用 -r county-monthly 计分。');
    // 9.9 is a typo in the fixture: the message says how many of the ids county-monthly holds.
    expect(r.err).toContain('6 of these 7 clause ids belong to county-monthly: score with -r county-monthly.');
    expect(r.err).toContain('错误 error: 台账 9 条记录无一计入');
    for (const command of ['score', 'explain']) {
      const x = await run(command, '-r', 'red-flag-window', '--month', '2024-03', ...(command === 'explain' ? ['--window', 'W01', '-w', 'W01'] : []), 'test/fixtures/io/county-2024-03.csv');
      expect([command, x.code]).toEqual([command, 3]);
    }
    // Exit 3 prints no result at all (the library's ledgerFit says the same).
    expect((await run('score', '-r', 'red-flag-window', '--month', '2024-03', 'test/fixtures/io/county-2024-03.csv')).out).toBe('');
    const wrong = await run('explain', '-r', 'red-flag-window', '--month', '2024-03', '-w', '住建,人社', '--window', '住建局', misspelt);
    expect([wrong.code, wrong.err]).toEqual([2, expect.stringContaining('没有窗口 住建局 的成绩; 是否应为 住建?')]);
    // The right rubric: no such line, exit 0.
    const right = await run('score', '-r', 'county-monthly', '--month', '2024-03', 'test/fixtures/io/county-2024-03.csv');
    expect([right.code, right.err.includes('不符')]).toEqual([0, false]);
  });

  it('exits 3 when no entry was accepted (every one of another month), and in annual', async () => {
    const r = await run('score', '-r', 'red-flag-window', '--month', '2024-05', misspelt);
    expect(r.code).toBe(3);
    expect(r.err).toContain('错误 error: 台账中没有 2024-05 的任何记录 (台账 2 条记录均属其他月份): 没有数据的月份不能按无扣分计分; 若该月确实无扣分, 用 --months 2024-05 声明后计分');
    const survey = file('survey-unfit.json', '{"W01": 90}');
    const a = await run('annual', '-r', 'red-flag-window', '--year', '2024', '--through', '2024-03', '--survey', survey, 'test/fixtures/io/county-2024-03.csv');
    expect(a.code).toBe(3);
    expect(a.err).toMatch(/这些条款编号 (\(\d+ 个中的 \d+ 个\))?属于 county-monthly/);
  });
});
