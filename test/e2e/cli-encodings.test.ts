// Files whose encoding is easy to get wrong: short GBK files that are valid UTF-8 as well
// (defect 11), --encoding for every data file, and Excel's "Unicode 文本" (UTF-16 with a BOM).
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { run, scratch } from './run-cli.js';

const { file } = scratch('ws-enc-');
const gbk = (s: string) => new Uint8Array(iconv.encode(s, 'gbk'));
const utf8 = (s: string) => new TextEncoder().encode(s);
const month = ['-r', 'red-flag-window', '--month', '2024-03'];
const scores = (out: string) => Object.fromEntries(JSON.parse(out).cards.map((c: { windowId: string; score: string }) => [c.windowId, c.score]));

describe('cli: short GBK files that are also valid UTF-8 are read as GBK', () => {
  const ledger = () => file('l.csv', '编号,窗口,条款,日期\na1,农业,w1.1,2024-03-02\n');

  it('a GBK window list 医院 / 农业 names those two windows', async () => {
    const list = file('w-gbk.txt', gbk('医院\n农业'));
    const r = await run('score', ...month, '-w', list, ledger());
    expect([r.code, Object.keys(scores(r.out)).sort()]).toEqual([0, ['农业', '医院'].sort()]);
  });

  it('a GBK ledger whose only Chinese line is valid UTF-8 counts its entry', async () => {
    const l = file('l-gbk.csv', gbk('id,windowId,clauseId,date\n1,农业,w1.1,2024-03-05'));
    const r = await run('score', ...month, '-w', '农业,医院', l);
    expect(r.code).toBe(0);
    expect(scores(r.out)).toEqual({ 农业: '94', 医院: '96' }); // 96 less 2 a person for w1.1
  });

  it('GBK inputs JSON {"农业": …} keys the window 农业', async () => {
    const inputs = file('i-gbk.json', gbk('{"农业": {}}'));
    const r = await run('score', ...month, '-w', '农业', '-i', inputs, ledger());
    expect(r.code).toBe(0);
  });

  it('a file mixing UTF-8 Chinese lines and GBK lines is still refused', async () => {
    const list = file('w-mixed.txt', new Uint8Array([...utf8('住建\n'), ...gbk('农业\n')]));
    const r = await run('score', ...month, '-w', list, ledger());
    expect(r.code).toBe(2);
    expect(r.err).toContain(`窗口清单无法按原样读取 ${list}:2 mixed-encoding`);
  });

  it('-e applies to the window list too: -e gbk reads it as GBK, -e utf-8 refuses GBK bytes', async () => {
    const list = file('w-gbk2.txt', gbk('住建\n人社\n'));
    // -e gbk reads the ledger as GBK as well: give it a GBK one.
    const l = file('l-gbk2.csv', gbk('编号,窗口,条款,日期\na1,住建,w1.1,2024-03-02\n'));
    const g = await run('score', ...month, '-e', 'gbk', '-w', list, l);
    expect([g.code, Object.keys(scores(g.out)).sort()]).toEqual([0, ['人社', '住建'].sort()]);
    const u = await run('score', ...month, '-e', 'utf-8', '-w', list, ledger());
    expect(u.code).toBe(2);
    expect(u.err).toContain(`窗口清单无法按原样读取 ${list}:1`);
    const bad = await run('score', ...month, '-e', 'big5', '-w', list, ledger());
    expect([bad.code, bad.err]).toEqual([2, expect.stringContaining('不支持的编码 big5')]);
  });
});

describe('cli: a title or header in the window list never becomes a 红旗窗口 (defect 2)', () => {
  const ledger = () => file('l2.csv', '编号,窗口,条款,日期\na1,住建,w1.1,2024-03-02\n');

  it('a title first line: exit 2, file:line, the value and the fix; no bulletin', async () => {
    const list = file('w-title.txt', gbk('2024年进驻窗口清单\r\n住建\r\n人社\r\n'));
    const r = await run('select', ...month, '-w', list, '-f', 'md', ledger());
    expect([r.code, r.out]).toEqual([2, '']);
    expect(r.err).toContain(`窗口清单 ${list}:1 “2024年进驻窗口清单” 像是标题, 不是窗口: 请删除标题行, 或在第一行写表头 窗口`);
  });

  it('headers 部门 / 进驻单位 / 单位名称 / 名称 name the window column', async () => {
    for (const h of ['部门', '进驻单位', '单位名称', '名称']) {
      const r = await run('score', ...month, '-w', file(`w-${h}.txt`, gbk(`${h}\r\n住建\r\n人社\r\n`)), ledger());
      expect([h, r.code, Object.keys(scores(r.out)).sort()]).toEqual([h, 0, ['人社', '住建'].sort()]);
    }
  });
});

describe('cli: a count column under a Chinese name counts (defect 9)', () => {
  it('件数 = 3 counts three times; an unknown count-like column refuses the file, exit 2, file:line', async () => {
    const one = await run('score', ...month, '-w', '人社', file('c1.csv', gbk('编号,窗口,条款,日期,件数\r\na1,人社,w1.1,2024-03-05,1\r\n')));
    const three = await run('score', ...month, '-w', '人社', file('c3.csv', gbk('编号,窗口,条款,日期,件数\r\na1,人社,w1.1,2024-03-05,3\r\n')));
    expect([one.code, three.code]).toEqual([0, 0]);
    expect([scores(one.out), scores(three.out)]).toEqual([{ 人社: '94' }, { 人社: '90' }]);
    const odd = file('c-odd.csv', gbk('编号,窗口,条款,日期,办件量\r\na1,人社,w1.1,2024-03-05,3\r\n'));
    const r = await run('score', ...month, '-w', '人社', odd);
    expect([r.code, r.out]).toEqual([2, '']);
    expect(r.err).toContain(`台账文件 ${odd}:1 不予计分: 第1行:第5列“办件量”像是“次数”(count)列`);
  });
});

describe('cli: Excel "Unicode 文本" (UTF-16 with a BOM, tab-separated) is read (defect 14)', () => {
  const utf16 = (text: string) => new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);

  it('a UTF-16LE ledger and window list give the same cards as the UTF-8 CSV', async () => {
    const csv = '编号,窗口,条款,日期,件数\r\na1,住建,w1.1,2024-03-02,2\r\na2,人社,w1.1,2024-03-03,1\r\n';
    const list = file('w16.txt', utf16('单位名称\r\n住建\r\n人社\r\n公安\r\n'));
    const u = await run('score', ...month, '-w', '住建,人社,公安', file('l8.csv', csv));
    const t = await run('score', ...month, '-w', list, file('l16.csv', utf16(csv.replaceAll(',', '\t'))));
    expect([u.code, t.code]).toEqual([0, 0]);
    expect(scores(t.out)).toEqual({ 住建: '92', 人社: '94', 公安: '96' });
    expect(scores(t.out)).toEqual(scores(u.out));
    expect(t.err).toContain('台账 1 个文件 3 行');
    const b = await run('score', ...month, '--bounded', '-w', list, file('l16b.csv', utf16(csv.replaceAll(',', '\t'))));
    expect([b.code, scores(b.out)]).toEqual([0, scores(u.out)]);
    const nd = '{"id":"a1","windowId":"住建","clauseId":"w1.1","date":"2024-03-02","count":2}\r\n{"id":"a2","windowId":"人社","clauseId":"w1.1","date":"2024-03-03"}\r\n';
    const n = await run('score', ...month, '--bounded', '-w', list, file('l16.ndjson', utf16(nd)));
    expect([n.code, scores(n.out)]).toEqual([0, scores(u.out)]);
  });
});
