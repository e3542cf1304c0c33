import { describe, expect, it } from 'vitest';
import { bytesOf, collect } from '../../test/fixtures/io/helpers.js';
import { readHeader } from './csv-columns.js';
import { readLedger } from './index.js';

const codes = (cells: string[]) => readHeader(cells, 1).problems.map((p) => p.code);

describe('CSV columns: the names a county office gives them (defect 9)', () => {
  it('reads 件数 / 人次 / 件次 / 数量 as the count, 扣分值 as the amount, 姓名 as the person, 作废 as voids', async () => {
    const csv = '编号,窗口,条款,日期,件数\na1,人社,w1.1,2024-03-05,3\n';
    const r = await collect(readLedger([bytesOf(csv, 'gbk')], { format: 'csv' }));
    expect([r.entries, r.codes]).toEqual([[{ line: 2, entry: { id: 'a1', windowId: '人社', clauseId: 'w1.1', date: '2024-03-05', count: 3 } }], []]);
    for (const h of ['人次', '件次', '数量', '次数']) expect(readHeader(['编号', '窗口', '日期', h], 1).header.fields[3]).toBe('count');
    expect(readHeader(['编号', '窗口', '日期', '扣分值', '姓名', '作废'], 1).header.fields.slice(3)).toEqual(['amount', 'personId', 'voids']);
  });

  it('refuses a column that looks like a count, an amount, a date or voids under an unknown name, naming the header to use', () => {
    const p = readHeader(['编号', '窗口', '条款', '日期', '办件量'], 1).problems;
    expect(p.map((x) => x.code)).toEqual(['unread-column']);
    expect(p[0]?.messageZh).toMatchInlineSnapshot(`"第1行:第5列“办件量”像是“次数”(count)列,但不是已知的列名,其内容将被忽略(是否应为“次数”?)。请将该列改为其对应的台账列名(件数等改为“次数”,扣分值等改为“扣分”,日期改为“日期”,作废改为“撤销”),若该列内容本不应计分则删除该列;含有此类列的文件不予计分。"`);
    expect(codes(['编号', '窗口', '日期', '扣减分'])).toEqual(['unread-column']);
    expect(codes(['编号', '窗口', '办结日期'])).toEqual(['unread-column', 'missing-column']);
    expect(codes(['编号', '冲销'])).toEqual(['unread-column', 'missing-column', 'missing-column']);
  });

  it('only notes such a column when another column already fills its field, and text columns like 扣分原因', () => {
    expect(codes(['编号', '窗口', '日期', '录入时间'])).toEqual(['unknown-column']);
    expect(codes(['编号', '窗口', '日期', '次数', '办件量'])).toEqual(['unknown-column']);
    expect(codes(['编号', '窗口', '日期', '扣分原因', '审核人', '颜色'])).toEqual(['unknown-column', 'unknown-column', 'unknown-column']);
  });
});
