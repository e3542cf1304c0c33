// Every file the CLI reads goes through one reader (src/io): GBK side files, a ledger
// mixing encodings, any line endings, a stray quote; refused rows listed as file:line.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { run, scratch } from './run-cli.js';

const { file } = scratch('ws-reader-');
const gbk = (s: string) => new Uint8Array(iconv.encode(s, 'gbk'));
const utf8 = (s: string) => new TextEncoder().encode(s);

const HEADER = '编号,窗口,条款,日期,备注';
const ROWS = ['a1,住建,w1.1,2024-03-02,', 'a2,人社,w1.1,2024-03-03,', 'a3,人社,w1.1,2024-03-04,', 'a4,公安,w1.1,2024-03-05,'];
const month = ['-r', 'red-flag-window', '--month', '2024-03'];
const scores = (out: string) => Object.fromEntries(JSON.parse(out).cards.map((c: { windowId: string; score: string }) => [c.windowId, c.score]));

describe('cli: side files in GBK read as the centre wrote them', () => {
  it('a GBK window list names the real windows (no U+FFFD, none collapsed)', async () => {
    const ledger = file('w.csv', [HEADER, ...ROWS].join('\n'));
    const list = file('windows-gbk.txt', gbk('住建\r\n人社\r\n公安\r\n税务\r\n'));
    const r = await run('score', ...month, '-w', list, ledger);
    expect(r.code).toBe(0);
    expect(Object.keys(scores(r.out)).sort()).toEqual(['人社', '住建', '公安', '税务'].sort());
  });

  it('a window list saved from Excel: its 窗口 column read, header skipped; several cells without a header refused', async () => {
    const ledger = file('w4.csv', [HEADER, ...ROWS].join('\n'));
    const sheet = file('windows-sheet.csv', gbk('序号,窗口,负责人\r\n1,住建,张三\r\n2,人社,李四\r\n3,公安,\r\n'));
    const r = await run('score', ...month, '-w', sheet, ledger);
    expect(r.code).toBe(0);
    expect(Object.keys(scores(r.out)).sort()).toEqual(['人社', '住建', '公安'].sort());
    const bare = file('windows-bare.csv', '住建,张三\n人社,李四\n');
    const b = await run('score', ...month, '-w', bare, ledger);
    expect(b.code).toBe(2);
    expect(b.err).toContain(`窗口清单 ${bare}:1 有多个单元格 (“住建,张三”)`);
  });

  it('a GBK 民主测评.csv gives the same annual composite as the UTF-8 one', async () => {
    const lines = [];
    for (let m = 1; m <= 12; m++) lines.push(JSON.stringify({ id: `a${m}`, windowId: '住建', clauseId: 'w1.1', date: `2024-${String(m).padStart(2, '0')}-05` }));
    const ledger = file('year.ndjson', lines.join('\n'));
    const text = '窗口,民主测评\r\n住建,90\r\n人社,80\r\n';
    const args = ['annual', '-r', 'red-flag-window', '--year', '2024', '-w', '住建,人社'];
    const u = await run(...args, '--survey', file('survey-utf8.csv', text), ledger);
    const g = await run(...args, '--survey', file('survey-gbk.csv', gbk(text)), ledger);
    expect([u.code, g.code]).toEqual([0, 0]);
    const rows = (out: string) => JSON.parse(out).rows.sort((a: { windowId: string }, b: { windowId: string }) => (a.windowId < b.windowId ? 1 : -1)).map((x: { windowId: string; composite: string }) => [x.windowId, x.composite]);
    expect(rows(g.out)).toEqual([['住建', '92.4'], ['人社', '89.6']]);
    expect(rows(g.out)).toEqual(rows(u.out));
    expect(g.err).toContain('年度红旗窗口 annual red-flag windows: 1 / 2');
  });

  it('refuses a survey row it cannot read, naming the file and line', async () => {
    const ledger = file('year1.ndjson', '{"id":"a","windowId":"住建","clauseId":"w1.1","date":"2024-03-05"}\n');
    const survey = file('survey-bad.csv', gbk('窗口,民主测评\r住建,90\r人社\r'));
    const r = await run('annual', '-r', 'red-flag-window', '--year', '2024', '--survey', survey, ledger);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`民主测评文件 ${survey}:3 缺少窗口或得分 (“人社”)`);
  });

  it('reads GBK inputs JSON, and refuses a side file mixing encodings with file:line', async () => {
    const ledger = file('w2.csv', [HEADER, ...ROWS].join('\n'));
    const inputs = file('inputs-gbk.json', gbk('{"住建": {}}'));
    expect((await run('score', ...month, '-i', inputs, ledger)).code).toBe(0);
    const list = file('windows-mixed.txt', new Uint8Array([...utf8('住建\n人社\n'), ...gbk('公安\n')]));
    const r = await run('score', ...month, '-w', list, ledger);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`窗口清单无法按原样读取 ${list}:3 mixed-encoding — 第3行:本行不是全文件所用的 utf-8 编码,而是 GBK/GB18030,按其读作 "公安"`);
  });

  it('names the line of bad JSON in a side file', async () => {
    const ledger = file('w3.csv', [HEADER, ...ROWS].join('\n'));
    const r = await run('score', ...month, '-i', file('inputs-bad.json', '{\n"住建": {},\n}\n'), ledger);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/不是有效的 JSON: .*inputs-bad\.json:3 /);
  });
});

describe('cli: a ledger whose lines mix encodings is refused', () => {
  it('a UTF-8 ledger with one GBK line: exit 2, naming the line, no scores published', async () => {
    const ledger = file('mixed.csv', new Uint8Array([...utf8(`${HEADER}\n${ROWS[0]}\n`), ...gbk(`${ROWS[1]}\n`), ...utf8(`${ROWS[2]}\n${ROWS[3]}\n`)]));
    const r = await run('select', ...month, '-w', '住建,人社,公安', ledger);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain(`台账文件 ${ledger} 混用了两种编码 (第 3 行与其余各行不同), 整个文件不予读取`);
  });

  it('a GBK ledger with one UTF-8 line: the same refusal', async () => {
    const ledger = file('mixed-gbk.csv', new Uint8Array([...gbk(`${HEADER}\r\n${ROWS[0]}\r\n${ROWS[1]}\r\n${ROWS[2]}\r\n`), ...utf8(`${ROWS[3]}\r\n`)]));
    const r = await run('score', ...month, ledger);
    expect(r.code).toBe(2);
    expect(r.err).toContain('(第 5 行与其余各行不同)');
  });
});

describe('cli: CSV line endings and quotes never lose a row', () => {
  // 100 - 2 a person (w1.1) - 3 (u4.2) - 1 (w5.3): 住建 and 公安 94, 人社 (two entries) 92.
  const expected = { 住建: '94', 人社: '92', 公安: '94' };

  it('LF, CR LF, lone CR and a mix of them give the same cards, lines and accounting', async () => {
    const lines = [HEADER, ...ROWS];
    const endings: Record<string, string> = {
      lf: lines.join('\n'),
      crlf: lines.join('\r\n'),
      cr: lines.join('\r'),
      mixed: `${lines[0]}\r${lines[1]}\n${lines[2]}\r\n${lines[3]}\r${lines[4]}`,
    };
    for (const [name, text] of Object.entries(endings)) {
      const r = await run('score', ...month, file(`eol-${name}.csv`, gbk(text)));
      expect([name, r.code, scores(r.out)]).toEqual([name, 0, expected]);
      expect(r.err).toContain('台账 1 个文件 5 行: 记录 4 条 = 有效 4 + 退回 0 + 其他月份 0; 无法读取 0, 空行 0, 表头 1 (4 + 0 + 0 + 1 + 0 = 5 行)');
    }
  });

  it('a stray quote: reported on its line with the rows it would take in, the rows after it read; --strict exits 1', async () => {
    const rows = [HEADER, 'a0,住建,w1.1,2024-03-01,"迟到', ...ROWS.slice(0, 3), 'a4,公安,w1.1,2024-03-05,补录"', 'a5,公安,w1.1,2024-03-06,"两行\r\n备注"'];
    const ledger = file('quote.csv', rows.join('\r\n'));
    const r = await run('score', ...month, ledger);
    expect(r.code).toBe(0);
    // a0 (the stray quote's row) is refused; a5, after it, is read.
    expect(scores(r.out)).toEqual({ 住建: '94', 人社: '92', 公安: '92' });
    expect(r.err).toContain(`${ledger}:2 bad-csv — 本行的引号直到第6行才闭合,会吞并第3-6行共 4 行本应单独成行的内容,故该行未读取;其后各行已单独读取`);
    expect(r.err).toContain('记录 5 条 = 有效 5 + 退回 0 + 其他月份 0; 无法读取 1, 空行 0, 表头 1, 单元格内换行 1 (5 + 1 + 0 + 1 + 1 = 8 行)');
    expect((await run('score', ...month, '--strict', ledger)).code).toBe(1);
  });

  it('a header problem is a header note, not an unreadable line', async () => {
    const r = await run('score', ...month, file('colour.csv', `${HEADER},颜色\n${ROWS.map((x) => `${x},红`).join('\n')}\n`));
    expect(r.err).toContain('无法读取 0, 空行 0, 表头 1 (4 + 0 + 0 + 1 + 0 = 5 行); 表头问题 1');
  });
});

describe('cli: refused rows you can act on', () => {
  // Bad dates, not unknown clauses: a ledger whose rows mostly name unknown clauses does not
  // fit the rubric, exits 3 and writes no result.
  const bad = Array.from({ length: 25 }, (_, i) => `b${i},住建,w1.1,2024-03-32,`);
  const ledger = file('refused.csv', [HEADER, ...ROWS, 'short,row', ...bad].join('\n'));

  it('lists file:line code — 中文 for the first 20, then a count; all with --verbose', async () => {
    const r = await run('score', ...month, ledger);
    const listed = r.err.split('\n').filter((l) => l.startsWith(`  ${ledger}:`));
    expect(listed).toHaveLength(20);
    expect(listed[0]).toBe(`  ${ledger}:6 bad-csv — 该行有 2 个单元格,表头有 5 列。请使该行每个表头列各有一个单元格,并闭合所有引号。`);
    expect(listed[1]).toMatch(new RegExp(`^  ${ledger.replace(/[.\\]/g, '\\$&')}:7 bad-date — `));
    expect(r.err).toContain('… 另有 6 条, 用 --verbose 全部列出');
    const all = await run('score', ...month, '--verbose', ledger);
    expect(all.err.split('\n').filter((l) => l.startsWith(`  ${ledger}:`))).toHaveLength(26);
  });

  it('the JSON rejections carry the file and line of each', async () => {
    const r = await run('score', ...month, ledger);
    const rejected = JSON.parse(r.out).rejected as { index: number; file: string; line: number; code: string }[];
    expect(rejected).toHaveLength(25);
    expect(rejected[0]).toMatchObject({ file: ledger, line: 7, code: 'bad-date' });
    expect(rejected[24]).toMatchObject({ file: ledger, line: 31 });
  });

  it('--bounded lists the same rows with the same lines, and the same accounting, under a lone CR', async () => {
    const cr = file('refused-cr.csv', [HEADER, ...ROWS, 'short,row', 'x1,住建,w1.1,2024-03-01,"open', ...bad].join('\r'));
    const plain = await run('score', ...month, '--verbose', cr);
    const bounded = await run('score', ...month, '--verbose', '--bounded', cr);
    expect(bounded.err).toBe(plain.err);
    expect(plain.err).toContain(`${cr}:7 bad-csv — 本行有未闭合的引号(会吞并其后直到第32行的 25 行),该行未读取`);
    const strip = (out: string) => JSON.parse(out).rejected;
    expect(strip(bounded.out)).toEqual(strip(plain.out));
  });
});
