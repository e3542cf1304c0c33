// window-scorecard/xlsx: the monthly bulletin as an Excel workbook. The only module that
// imports exceljs, so the core and window-scorecard/report stay free of it.
import ExcelJS from 'exceljs';
import { canonical, D } from '../decimal/decimal.js';
import { monthlyBulletinModel, accountingLine, type MonthlyBulletinModel } from './monthly-model.js';
import type { MonthlyBulletinInput } from './types.js';

export type { MonthlyBulletinInput } from './types.js';

/** A decimal string as an Excel number when the number prints back as exactly that decimal; else the text. */
function cellValue(decimal: string): number | string {
  const n = Number(decimal);
  return Number.isFinite(n) && String(n) === canonical(new D(decimal)) ? n : decimal;
}

const yes = (b: boolean) => (b ? '是' : '');

function sheet(wb: ExcelJS.Workbook, name: string, columns: readonly { header: string; width: number }[]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((c) => ({ header: c.header, width: c.width }));
  ws.getRow(1).font = { bold: true };
  return ws;
}

function rankingSheet(wb: ExcelJS.Workbook, m: MonthlyBulletinModel): void {
  // Without a selection there is no 红旗窗口 column: the sheet makes no red-flag claim.
  const named = m.count !== null;
  const flag = <T>(cell: T): T[] => (named ? [cell] : []);
  const ws = sheet(wb, '排名', [
    { header: '名次', width: 6 }, { header: '并列', width: 6 }, { header: '窗口', width: 18 }, { header: '得分', width: 8 },
    ...flag({ header: '红旗窗口', width: 9 }), { header: '本月不得分', width: 11 }, { header: '取消评先选优资格', width: 16 }, { header: '备注', width: 40 },
  ]);
  for (const r of m.ranking) {
    const notes = [...(r.vetoed ? [`否决前 ${r.scoreBeforeVeto ?? '未定'}`] : []), ...r.vetoedSections.map((s) => `本月${s}不得分`), ...(r.excludedFor === undefined ? [] : [`不参评: ${r.excludedFor}`])];
    const row = ws.addRow([r.rank, yes(r.tied), r.windowId, cellValue(r.score), ...flag(yes(r.redFlag)), yes(r.vetoed), yes(r.disqualified), notes.join('; ')]);
    if (r.redFlag) row.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFDECEA' } };
  }
  for (const u of m.unscored) ws.addRow([null, '', u.windowId, '未定', ...flag(''), '', '', `成绩未定: 缺少输入 ${u.missing.join(', ')}`]);
  // What the Markdown and HTML bulletins say above the list, when it is a warning.
  const said = [...(named ? [] : [m.redFlagStatement]), ...(m.nearlyAll === undefined ? [] : [m.nearlyAll.note])];
  if (said.length > 0) ws.addRow([]);
  for (const line of said) ws.addRow([line]);
}

function deductionSheet(wb: ExcelJS.Workbook, m: MonthlyBulletinModel): void {
  const ws = sheet(wb, '扣分明细', [
    { header: '窗口', width: 18 }, { header: '考核项目', width: 12 }, { header: '条款', width: 8 }, { header: '条款内容', width: 60 },
    { header: '次数', width: 6 }, { header: '应扣分', width: 8 }, { header: '实扣分', width: 8 }, { header: '首席代表扣分', width: 12 }, { header: '台账条目', width: 24 },
  ]);
  for (const d of m.deductions) {
    for (const r of d.rows) {
      ws.addRow([r.windowId, r.categoryTitle, r.clauseId, r.clauseText, cellValue(r.count), cellValue(r.points), cellValue(r.applied), cellValue(r.chiefApplied), r.entryIds.join(', ')]);
    }
  }
  ws.getColumn(4).alignment = { wrapText: true, vertical: 'top' };
}

function rejectedSheet(wb: ExcelJS.Workbook, m: MonthlyBulletinModel): void {
  const ws = sheet(wb, '退回记录', [
    { header: '序号', width: 6 }, { header: '行号', width: 6 }, { header: '编号', width: 16 }, { header: '代码', width: 20 }, { header: '说明', width: 70 },
  ]);
  for (const r of m.rejected) ws.addRow([r.index, r.line ?? null, r.id ?? '', r.code, r.messageZh]);
  ws.addRow([]);
  ws.addRow([accountingLine(m.counts)]);
}

/**
 * The monthly bulletin as an Excel workbook (.xlsx bytes): sheet 排名 (rank, tie, window,
 * score, red flag, vetoed, disqualified, notes; no red-flag column when no selection was
 * made, and, below the table, the bulletin's warning when no selection was made or when
 * it names nearly every window), sheet 扣分明细 (window, category, clause
 * id, clause text, count, points, applied, chief, entry ids) and sheet 退回记录 (index,
 * line, id, code, messageZh, then the accounting line). Decimals are written as Excel
 * numbers only where the number prints back as the exact decimal, else as text. The
 * workbook's dates are the issue date (or none): the clock is never read, though the zip
 * container stamps its own file times, so bytes differ between runs while cells do not.
 *
 * @example
 * import { bulletinWorkbook } from 'window-scorecard/xlsx';
 * const bytes = await bulletinWorkbook({ centre: '示范县政务服务中心', rubric, result, selection: selectMonthly(result) });
 * writeFileSync('bulletin-2024-03.xlsx', bytes);
 */
export async function bulletinWorkbook(input: MonthlyBulletinInput): Promise<Uint8Array> {
  const m = monthlyBulletinModel(input);
  const wb = new ExcelJS.Workbook();
  const issued = input.issuedOn === undefined ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(input.issuedOn);
  const date = issued === null ? undefined : new Date(Date.UTC(Number(issued[1]), Number(issued[2]) - 1, Number(issued[3])));
  const props = wb as unknown as { created: Date | undefined; modified: Date | undefined };
  props.created = date;
  props.modified = date;
  wb.creator = 'window-scorecard';
  wb.title = m.title;
  wb.subject = `${m.rubric.title} (${m.rubric.id}@${m.rubric.version})`;
  rankingSheet(wb, m);
  deductionSheet(wb, m);
  rejectedSheet(wb, m);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
