// Issue 13 item 6 on the command line: `score -f md|html|xlsx` on county-monthly (no
// selection rule) makes no 红旗窗口 claim; `select` refuses without a count; a selection
// naming nearly every window is warned about.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { run, scratch } from './run-cli.js';

const { dir, file } = scratch('ws-red-flag-');
const inputs = file('inputs.json', JSON.stringify({ W01: { '1.chief': 90, '1.staff': 90 }, W02: { '1.chief': 80, '1.staff': 100 } }));
const county = ['-r', 'county-monthly', '--month', '2024-03', '-w', 'W01,W02', '-i', inputs, 'test/fixtures/io/county-2024-03.csv'];

describe('cli: county-monthly has no selection rule', () => {
  it('score -f md and -f html: no "本月评选红旗窗口 0 个", the reason and --count instead', async () => {
    for (const f of ['md', 'html']) {
      const r = await run('score', ...county, '-f', f);
      expect(r.code).toBe(0);
      expect(r.out).not.toContain('本月评选红旗窗口');
      expect(r.out).toContain('本评分标准未规定每月红旗窗口个数, 本月未评选红旗窗口');
      expect(r.err).toContain('提示 note: 评分标准 county-monthly 未规定每月红旗窗口个数, 本次不评选红旗窗口; 如需评选, 用 --count <n> 指定个数');
      expect(r.err).toContain('note: the rubric county-monthly sets no monthly red-flag count');
    }
  });

  it('score -f xlsx: no red-flag column', async () => {
    const out = join(dir, 'county.xlsx');
    const r = await run('score', ...county, '-f', 'xlsx', '-o', out);
    expect([r.code, existsSync(out)]).toEqual([0, true]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('排名')!;
    expect((ws.getRow(1).values as unknown[]).slice(1)).not.toContain('红旗窗口');
  });

  it('score -f csv: ranked, without a red-flag column', async () => {
    const head = (await run('score', ...county, '-f', 'csv')).out.split('\r\n')[0];
    expect(head).toContain('名次 rank');
    expect(head).not.toContain('红旗窗口');
  });

  it('--count gives a selection, stated as usual', async () => {
    const r = await run('score', ...county, '-f', 'md', '--count', '1');
    expect(r.out).toContain('本月评选红旗窗口 1 个, 名单如下');
    expect(r.err).not.toContain('未规定');
  });

  it('select without a count: exit 2, in Chinese and English', async () => {
    const r = await run('select', ...county);
    expect(r.code).toBe(2);
    expect(r.err).toBe('错误 error: 评分标准 county-monthly 未规定每月红旗窗口个数, 无法评选: 请用 --count <n> 指定个数 / the rubric county-monthly sets no monthly red-flag count, so there is nothing to select: give one with --count <n>');
  });
});

describe('cli: a selection naming nearly every window', () => {
  // 20 windows of red-flag-window, nothing found but for W19 and W20: 18 tie at the top and
  // are named (the rubric's 18 places), 18 of 20.
  const windows = Array.from({ length: 20 }, (_, i) => `W${String(i + 1).padStart(2, '0')}`).join(',');
  const ledger = file('near-all.ndjson', [
    '{"id":"a","windowId":"W19","clauseId":"w1.1","date":"2024-03-05"}',
    '{"id":"b","windowId":"W20","clauseId":"w1.1","date":"2024-03-06","count":2}',
  ].join('\n'));
  const base = ['-r', 'red-flag-window', '--month', '2024-03', '-w', windows, ledger];

  it('select and the bulletin say 18 of 20', async () => {
    const sel = await run('select', ...base);
    expect(sel.code).toBe(0);
    expect(JSON.parse(sel.out).selected).toHaveLength(18);
    expect(sel.err).toContain('警告 warning: 红旗窗口 18 个, 占参加排名的 20 个窗口的八成以上 (评选个数 18); 请核对个数是否适合本中心, 可用 --count <n> 指定');
    expect(sel.err).toContain('warning: 18 of the 20 ranked windows are named red-flag windows (count 18)');
    const md = await run('score', ...base, '-f', 'md');
    expect(md.out).toContain('注意: 本月参加排名的 20 个窗口中 18 个被评为红旗窗口 (不少于八成), 几乎没有区分; 评选个数为 18 个');
    // --count 5 still names 18: the tie at the top is kept whole, and the warning says so.
    expect((await run('select', ...base, '--count', '5')).err).toContain('红旗窗口 18 个, 占参加排名的 20 个窗口的八成以上 (评选个数 5)');
  });
});
