// Issue 13 item 6: a bulletin states only what happened. A rubric without a selection rule
// (county-monthly) gets no 红旗窗口 claim; a selection naming nearly every window says so.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { loadRubric, scoreMonth, selectMonthly } from '../index.js';
import { monthlyBulletinHtml, monthlyBulletinMarkdown, monthlyBulletinModel } from './index.js';
import { nearlyAllNamed } from './red-flag.js';
import { twentyWindowMonth } from './test-fixtures.js';
import type { MonthlyBulletinInput } from './types.js';
import { bulletinWorkbook } from './xlsx.js';

/** A county-monthly March (no selection rule): two windows with their 基础分, one finding. */
function countyMonth(): MonthlyBulletinInput {
  const rubric = loadRubric('county-monthly');
  const result = scoreMonth(rubric, [{ id: 'e1', windowId: 'W02', clauseId: '2.2', date: '2024-03-04' }], {
    month: '2024-03',
    windows: ['W01', 'W02'],
    inputs: { W01: { '1.chief': 90, '1.staff': 90 }, W02: { '1.chief': 80, '1.staff': 100 } },
  });
  return { centre: '示范县政务服务中心', rubric, result };
}

async function sheetRows(bytes: Uint8Array): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const ws = wb.getWorksheet('排名')!;
  return Array.from({ length: ws.rowCount }, (_, i) => (ws.getRow(i + 1).values as unknown[]).slice(1));
}

describe('a rubric without a selection rule: no 红旗窗口 claim', () => {
  it('the rubric really sets no count (selectMonthly without one refuses)', () => {
    const input = countyMonth();
    expect(input.rubric.selection?.monthly?.count).toBeUndefined();
    expect(() => selectMonthly(input.result)).toThrow(/count is required/);
  });

  it('Markdown: says no selection took place and how to give a count; no red-flag column', () => {
    const md = monthlyBulletinMarkdown(countyMonth());
    expect(md).not.toContain('本月评选红旗窗口');
    expect(md).toContain('本评分标准未规定每月红旗窗口个数, 本月未评选红旗窗口。如需评选, 请指定个数 (命令行 --count N; 程序中 selectMonthly 的 count)。');
    expect(md.split('\n').filter((l) => l.startsWith('| 名次'))).toEqual(['| 名次 | 窗口 | 得分 | 首席代表扣分 | 备注 |']);
    expect(md).toContain('| 1 | W01 | ');
    expect(md.match(/红旗窗口/g)).toHaveLength(3); // the heading and the sentence (twice), nothing else
  });

  it('HTML: the same sentence, no red-flag column, no red-flag legend on the chart', () => {
    const html = monthlyBulletinHtml(countyMonth());
    expect(html).not.toContain('本月评选红旗窗口');
    expect(html).toContain('<p>本评分标准未规定每月红旗窗口个数, 本月未评选红旗窗口。');
    expect(html).not.toContain('<th>红旗窗口</th>');
    expect(html).not.toContain('class="legend"');
    expect(html).not.toContain('红旗窗口线');
    expect(html).not.toContain('class="names"');
  });

  it('xlsx: no red-flag column, the sentence below the ranking', async () => {
    const rows = await sheetRows(await bulletinWorkbook(countyMonth()));
    expect(rows[0]).toEqual(['名次', '并列', '窗口', '得分', '本月不得分', '取消评先选优资格', '备注']);
    expect(rows.at(-1)).toEqual([expect.stringContaining('本评分标准未规定每月红旗窗口个数, 本月未评选红旗窗口')]);
  });

  it('the model: count null, nothing named, the ranking still there', () => {
    const m = monthlyBulletinModel(countyMonth());
    expect([m.count, m.redFlag, m.cutoffRank, m.nearlyAll]).toEqual([null, [], undefined, undefined]);
    expect(m.ranking.map((r) => [r.rank, r.windowId])).toEqual([[1, 'W01'], [2, 'W02']]);
  });

  it('a count given (--count): the selection is stated as usual', () => {
    const input = countyMonth();
    const md = monthlyBulletinMarkdown({ ...input, selection: selectMonthly(input.result, { count: 1 }) });
    expect(md).toContain('本月评选红旗窗口 1 个, 名单如下:');
    expect(md).not.toContain('未评选');
  });
});

describe('a selection naming nearly every window says so', () => {
  it('the rule: named >= 80% of the ranked windows', () => {
    const sel = (named: number, of: number) => nearlyAllNamed({ selected: Array.from({ length: named }, (_, i) => `W${i}`), ranking: Array.from({ length: of }, (_, i) => ({ id: `W${i}`, score: '1', rank: 1, tied: true })) });
    expect(sel(18, 20)).toEqual({ named: 18, of: 20 });
    expect(sel(16, 20)).toEqual({ named: 16, of: 20 });
    expect(sel(15, 20)).toBeUndefined();
    expect(sel(3, 3)).toEqual({ named: 3, of: 3 });
    expect(sel(0, 0)).toBeUndefined();
  });

  it('19 of 20 (18 places, a tie at the 18th): Markdown, HTML and xlsx all say it', async () => {
    const input = twentyWindowMonth();
    const note = '注意: 本月参加排名的 20 个窗口中 19 个被评为红旗窗口 (不少于八成), 几乎没有区分; 评选个数为 18 个, 请核对该个数是否适合本中心的窗口数。';
    expect(monthlyBulletinModel(input).nearlyAll).toEqual({ named: 19, of: 20, note });
    expect(monthlyBulletinMarkdown(input)).toContain(`\n\n${note}\n`);
    expect(monthlyBulletinHtml(input)).toContain(`<p class="note">${note}</p>`);
    expect((await sheetRows(await bulletinWorkbook(input))).at(-1)).toEqual([note]);
  });

  it('every window named: said as every window', () => {
    const rubric = loadRubric('red-flag-window');
    const result = scoreMonth(rubric, [], { month: '2024-03', windows: ['W1', 'W2', 'W3'] });
    const md = monthlyBulletinMarkdown({ centre: '示范县政务服务中心', rubric, result, selection: selectMonthly(result) });
    expect(md).toContain('注意: 本月全部 3 个参加排名的窗口均被评为红旗窗口, 评选未作区分; 评选个数为 18 个');
  });
});
