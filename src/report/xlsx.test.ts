import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { bulletinWorkbook } from './xlsx.js';
import { smallMonth } from './test-fixtures.js';

async function read(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return wb;
}

const values = (ws: ExcelJS.Worksheet, row: number) => (ws.getRow(row).values as unknown[]).slice(1);

describe('bulletinWorkbook', () => {
  it('writes xlsx bytes (a zip) with the three sheets', async () => {
    const bytes = await bulletinWorkbook(smallMonth());
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]); // PK
    const wb = await read(bytes);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['排名', '扣分明细', '退回记录']);
    expect(wb.title).toBe('示范县政务服务中心 2024年3月 窗口考评通报');
    expect(wb.created?.toISOString()).toBe('2024-04-05T00:00:00.000Z');
  });

  it('sheet 排名: rank, tie, window, score, red flag, vetoed, disqualified', async () => {
    const ws = (await read(await bulletinWorkbook(smallMonth()))).getWorksheet('排名')!;
    expect(values(ws, 1)).toEqual(['名次', '并列', '窗口', '得分', '红旗窗口', '本月不得分', '取消评先选优资格', '备注']);
    expect(values(ws, 2)).toEqual([1, '', 'W01', 100, '是', '', '', '']);
    expect(values(ws, 3)).toEqual([2, '', 'W05', 95, '', '', '是', '']);
    expect(values(ws, 4)).toEqual([3, '是', 'W02', 94, '是', '', '', '']);
    expect(values(ws, 6)).toEqual([5, '', 'W04', 0, '', '是', '', '否决前 97']);
    expect(ws.rowCount).toBe(6);
  });

  it('sheet 扣分明细: one row per deducting clause, with the clause text', async () => {
    const ws = (await read(await bulletinWorkbook(smallMonth()))).getWorksheet('扣分明细')!;
    expect(values(ws, 1)).toEqual(['窗口', '考核项目', '条款', '条款内容', '次数', '应扣分', '实扣分', '首席代表扣分', '台账条目']);
    expect(values(ws, 3)).toEqual(['W02', '工作窗口', 'w1.1', '不挂牌、不按规定着行业装、外着背心或超短装、拖鞋上岗发现一人次扣2分', 3, 6, 6, 0, 'e1']);
    expect(ws.rowCount).toBe(5);
  });

  it('sheet 退回记录: index, line, id, code, messageZh, and the accounting', async () => {
    const ws = (await read(await bulletinWorkbook(smallMonth()))).getWorksheet('退回记录')!;
    expect(values(ws, 2)).toEqual([5, 7, 'bad1', 'unknown-clause', '条款 (clauseId): "x9" 不在评分标准 red-flag-window@1 中。条款编号不在评分标准中:请使用评分标准(或当时施行版本)中的条款编号。']);
    expect(ws.getCell('A4').value).toBe('台账记录: 收到 17 = 有效 15 + 退回 1 + 其他月份 1 (有效记录中: 计分 15, 已撤销 0, 撤销记录 0)');
  });

  it('keeps a decimal that no Excel number prints exactly as text', async () => {
    const input = smallMonth();
    const cards = input.result.cards.map((c) => (c.windowId === 'W01' ? { ...c, score: '99.1234567890123456789' } : c));
    const ranking = input.selection.ranking.map((r) => (r.id === 'W01' ? { ...r, score: '99.1234567890123456789' } : r));
    const bytes = await bulletinWorkbook({ ...input, result: { ...input.result, cards }, selection: { ...input.selection, ranking } });
    expect((await read(bytes)).getWorksheet('排名')!.getCell('D2').value).toBe('99.1234567890123456789');
  });
});
