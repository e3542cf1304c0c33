import { describe, expect, it } from 'vitest';
import { annualComposite, scoreMonth, selectServiceStars } from '../index.js';
import { annualBulletinHtml, annualBulletinMarkdown } from './index.js';
import { smallMonth, testRubric } from './test-fixtures.js';
import type { AnnualBulletinInput } from './types.js';

/** February (every window 100) and the small March: W05 disqualified in March, W04 without a survey score. */
function year(): AnnualBulletinInput {
  const windows = ['W01', 'W02', 'W03', 'W04', 'W05'];
  const quotas = windows.flatMap((w) => [
    { id: `f-info-${w}`, windowId: w, clauseId: 'w5.3', date: '2024-02-10' },
    { id: `f-lead-${w}`, windowId: w, clauseId: 'u4.2', date: '2024-02-11' },
  ]);
  const february = scoreMonth(testRubric(), quotas, { month: '2024-02', windows });
  const annual = annualComposite({ months: [february, smallMonth().result], survey: { W01: 90, W02: 95, W03: '80', W05: 100, W99: 70 } });
  const stars = selectServiceStars({
    annual,
    staff: [{ personId: 'p1', windowId: 'W01' }, { personId: 'p2', windowId: 'W01' }, { personId: 'p3', windowId: 'W02' }, { personId: 'p4', windowId: 'W02' }, { personId: 'p5', windowId: 'W03' }],
    votes: { p1: 40, p2: 30, p3: 30, p4: 30, p5: 50, p9: 5 },
    min: 2,
    max: 2,
  });
  return { centre: '示范县政务服务中心', year: '2024', annual, stars, issuedOn: '2025-01-10' };
}

describe('annual bulletin', () => {
  it('prints the composite, the named windows, the excluded ones, the weights and the stars', () => {
    expect(annualBulletinMarkdown(year())).toMatchInlineSnapshot(`
      "# 示范县政务服务中心 2024年度 窗口考评通报

      发布日期: 2025年1月10日

      ## 计分办法

      - 年度综合得分 = 月评均分 × 60% + 民主测评得分 × 40%
      - 年度红旗窗口按窗口总数 5 个的 50% 确定 (向下取整), 共 2 个

      ## 年度红旗窗口

      名单如下:

      1. W02: 综合得分 96.2 (第2名)
      2. W01: 综合得分 96 (第3名)

      ## 综合得分

      | 名次 | 窗口 | 月评均分 | 计分月数 | 民主测评 | 综合得分 | 年度红旗窗口 | 备注 |
      |---:|---|---:|---:|---:|---:|:-:|---|
      | 1 | W05 | 97.5 | 2 | 100 | 98.5 |  | 取消本年度各项评先选优资格 |
      | 2 | W02 | 97 | 2 | 95 | 96.2 | 是 |  |
      | 3 | W01 | 100 | 2 | 90 | 96 | 是 |  |
      | 4 | W03 | 97 | 2 | 80 | 90.2 |  |  |
      |  | W04 | 50 | 2 |  |  |  | 缺少民主测评得分 |

      ## 未列入评选的窗口

      - W04: 成绩未定 (缺少民主测评得分)
      - W05: 取消本年度各项评先选优资格 (2024年3月 条款 w2.4)

      民主测评名单中有、但全年无月度成绩的窗口: W99

      ## 服务明星 (每年 2 人)

      注: 第2名票数并列, 超出名额 (最多 2 人), 由考评领导小组结合日常考核记录综合评定

      注: 候选人不足最少人数 2 人, 空缺 1 人

      1. p1: 40 票 (第1名)

      待考评领导小组评定: p2 (30 票), p3 (30 票), p4 (30 票)

      未计入的投票:

      - p5: 50 票, 不是年度红旗窗口的工作人员
      - p9: 5 票, 不在工作人员名单中
      "
    `);
  });

  it('leaves the stars out when none are given', () => {
    const { stars: _stars, ...input } = year();
    expect(annualBulletinMarkdown(input)).not.toContain('服务明星');
  });

  it('refuses a year that is not the result\'s', () => {
    expect(() => annualBulletinMarkdown({ ...year(), year: '2023' })).toThrow(/annual result is of 2024/);
  });

  it('renders a self-contained, escaped HTML page', () => {
    const html = annualBulletinHtml({ ...year(), centre: '<script>中心</script>' });
    expect(html.startsWith('<!doctype html>\n<html lang="zh-CN">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).not.toMatch(/https?:\/\/|<script|<link/i);
    expect(html).toContain('<h1>&lt;script&gt;中心&lt;/script&gt; 2024年度 窗口考评通报</h1>');
    expect(html).toContain('<tr class="red-flag"><td class="num">2</td><td>W02</td><td class="num">97</td><td class="num">2</td><td class="num">95</td><td class="num">96.2</td><td>是</td><td></td></tr>');
    expect(html).toContain('<li>W05: 取消本年度各项评先选优资格 (2024年3月 条款 w2.4)</li>');
    expect(html).toContain('待考评领导小组评定: p2 (30 票), p3 (30 票), p4 (30 票)');
  });
});
