import { describe, expect, it } from 'vitest';
import { InvalidOptionsError, loadRubric, selectMonthly } from '../index.js';
import { monthlyBulletinMarkdown } from './index.js';
import { smallMonth } from './test-fixtures.js';

describe('monthlyBulletinMarkdown', () => {
  it('prints a small month: a tie at the last place, a veto, a disqualification, a rejected entry', () => {
    expect(monthlyBulletinMarkdown(smallMonth())).toMatchInlineSnapshot(`
      "# 示范县政务服务中心 2024年3月 窗口考评通报

      评分标准: 行政服务中心“窗口争星”红旗窗口评选内容 (red-flag-window@1), 满分 100
      发布日期: 2024年4月5日

      ## 红旗窗口

      本月评选红旗窗口 2 个, 名单如下 (第3名并列, 共3个):

      1. W01: 100 分 (第1名)
      2. W02: 94 分 (第3名并列)
      3. W03: 94 分 (第3名并列)

      ## 得分排名

      | 名次 | 窗口 | 得分 | 红旗窗口 | 备注 |
      |---:|---|---:|:-:|---|
      | 1 | W01 | 100 | 是 |  |
      | 2 | W05 | 95 |  | 取消本年度各项评先选优资格 |
      | 3 (并列) | W02 | 94 | 是 |  |
      | 3 (并列) | W03 | 94 | 是 |  |
      | 5 | W04 | 0 |  | 本月不得分 (否决前 97) |

      ## 扣分明细

      ### W05 (得分 95)

      - 工作窗口 -5: 刁难、歧视服务对象发现一人次扣5分 x1人次 [条款 w2.4; 条目 e5]

      ### W02 (得分 94)

      - 工作窗口 -6: 不挂牌、不按规定着行业装、外着背心或超短装、拖鞋上岗发现一人次扣2分 x3人次 [条款 w1.1; 条目 e1]

      ### W03 (得分 94)

      - 工作窗口 -6: 迟到、早退、缺岗每人次扣3分 x2人次 [条款 w3.4; 条目 e2]

      ### W04 (得分 0)

      - 工作窗口 -3: 迟到、早退、缺岗每人次扣3分 x1人次 [条款 w3.4; 条目 e3]

      ## 本月不得分

      - W04 本月不得分 (否决前 97): 吃、拿、卡、要、报的 [条款 w6.6; 条目 e4]

      ## 取消本年度评先选优资格

      - W05 取消本年度各项评先选优资格: 刁难、歧视服务对象发现一人次扣5分 [条款 w2.4; 条目 e5]

      ## 附录: 退回的台账记录

      | 位置 | 编号 | 代码 | 说明 |
      |---|---|---|---|
      | 第7行 (序号 5) | bad1 | unknown-clause | 条款 (clauseId): "x9" 不在评分标准 red-flag-window@1 中。条款编号不在评分标准中:请使用评分标准(或当时施行版本)中的条款编号。 |

      台账记录: 收到 17 = 有效 15 + 退回 1 + 其他月份 1 (有效记录中: 计分 15, 已撤销 0, 撤销记录 0)
      "
    `);
  });

  it('names the entry index when no file line is known, and leaves out the issue date when none is given', () => {
    const { lineOf: _line, issuedOn: _date, ...input } = smallMonth();
    const md = monthlyBulletinMarkdown(input);
    expect(md).toContain('| 序号 5 | bad1 | unknown-clause |');
    expect(md).not.toContain('发布日期');
  });

  it('says when a tie at the last place was kept whole: 2 places, 3 names', () => {
    const input = smallMonth();
    const md = monthlyBulletinMarkdown(input);
    expect(input.selection.tiedAtBoundary).toBe(true);
    expect(md).toContain('名单如下 (第3名并列, 共3个):');
    expect(md).toContain('| 3 (并列) | W02 | 94 | 是 |  |');
  });

  it('states a tie-break when one settled the last place', () => {
    const input = smallMonth();
    const selection = selectMonthly(input.result, { count: 2, tieBreak: [{ by: 'fewer-entries' }, { by: 'window-id' }] });
    const md = monthlyBulletinMarkdown({ ...input, selection });
    expect(md).toContain('第3名并列2个, 按扣分条目少者优先、按窗口编号顺序选定1个');
    expect(selection.selected).toHaveLength(2);
  });

  it('escapes Markdown and HTML in data: a window named <script> stays text', () => {
    const md = monthlyBulletinMarkdown(smallMonth(['W01', '<script>alert(1)</script>', 'W|3', 'W04', 'W_5*']));
    expect(md).not.toContain('<script>');
    expect(md).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(md).toContain('| 3 (并列) | W\\|3 | 94 | 是 |  |');
    expect(md).toContain('### W\\_5\\* (得分 95)');
  });

  it('refuses a rubric or a selection that is not the result\'s', () => {
    const input = smallMonth();
    expect(() => monthlyBulletinMarkdown({ ...input, rubric: loadRubric('county-monthly') })).toThrow(InvalidOptionsError);
    expect(() => monthlyBulletinMarkdown({ ...input, selection: { ...input.selection, month: '2024-02' } })).toThrow(/selection is of 2024-02/);
  });
});
