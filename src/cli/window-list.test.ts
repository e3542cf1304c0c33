import { describe, expect, it } from 'vitest';
import { windowIdsOf } from './window-list.js';

const refusal = (text: string) => {
  try {
    windowIdsOf(text, 'w.txt');
  } catch (e) {
    const u = e as { zh?: string; message: string };
    return `${u.zh ?? ''} | ${u.message}`;
  }
  return 'read';
};

describe('windowIdsOf: a title or a header never becomes a window (defect 2)', () => {
  it('takes the plausible header names as the window column', () => {
    for (const h of ['窗口', '部门', '进驻单位', '单位名称', '名称', '单位', '窗口单位', '部门名称', 'Window', 'name']) {
      expect([h, windowIdsOf(`${h}\n住建\n人社\n`, 'w.txt')]).toEqual([h, ['住建', '人社']]);
    }
    expect(windowIdsOf('序号,进驻单位,负责人\n1,住建,张三\n2,人社,李四\n', 'w.txt')).toEqual(['住建', '人社']);
    expect(windowIdsOf('序号\t单位名称\n1\t住建\n2\t人社\n', 'w.txt')).toEqual(['住建', '人社']); // Excel "Unicode 文本"
  });

  it('refuses a title-like first line with file:line, the value and the fix', () => {
    for (const t of ['2024年进驻窗口清单', '进驻单位名单', '窗口一览', '2024 年度', '窗口汇总表,,']) {
      expect(refusal(`${t}\n住建\n人社\n`)).toContain('w.txt:1');
    }
    expect(refusal('\n2024年进驻窗口清单\n住建\n')).toMatchInlineSnapshot(`"窗口清单 w.txt:2 “2024年进驻窗口清单” 像是标题, 不是窗口: 请删除标题行, 或在第一行写表头 窗口 | window list w.txt:2: "2024年进驻窗口清单" looks like a title, not a window: delete the title line, or write the header 窗口 (window) on the first line"`);
  });

  it('refuses a first line that is another column\'s header alone', () => {
    expect(refusal('序号\n住建\n')).toMatchInlineSnapshot(`"窗口清单 w.txt:1 “序号” 是表头, 但不是窗口列: 请删除该行, 或将表头改为 窗口 (或 部门、单位名称) | window list w.txt:1: "序号" is a header, but not of the window column: delete the line, or name the column 窗口 (window; or 部门, 单位名称)"`);
    expect(refusal('负责人\n住建\n')).toContain('w.txt:1 “负责人” 是表头');
  });

  it('still reads a plain list of one id a line', () => {
    expect(windowIdsOf('住建\n\n人社\n不动产登记', 'w.txt')).toEqual(['住建', '人社', '不动产登记']);
  });
});
