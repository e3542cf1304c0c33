import { describe, expect, it } from 'vitest';
import { monthlyBulletinHtml } from './index.js';
import { smallMonth, twentyWindowMonth } from './test-fixtures.js';

const selfContained = (html: string) => {
  expect(html).not.toMatch(/https?:\/\//i);
  expect(html).not.toMatch(/<script\b/i);
  expect(html).not.toMatch(/<link\b/i);
  expect(html).not.toMatch(/<img\b|<iframe\b|<object\b|<embed\b|@import|url\(/i);
  expect(html).not.toMatch(/\son[a-z]+\s*=/i); // no event handler attributes
};

describe('monthlyBulletinHtml', () => {
  it('is one self-contained file: charset, lang, inline CSS, nothing fetched', () => {
    const html = monthlyBulletinHtml(smallMonth());
    expect(html.startsWith('<!doctype html>\n<html lang="zh-CN">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<style>');
    expect(html).toContain('<title>示范县政务服务中心 2024年3月 窗口考评通报</title>');
    selfContained(html);
  });

  it('holds the bulletin: red-flag list with the tie note, ranking, deductions, veto, disqualification, appendix', () => {
    const html = monthlyBulletinHtml(smallMonth());
    expect(html).toContain('名单如下 (第3名并列, 共3个):');
    expect(html).toContain('<tr class="red-flag"><td class="num">3 (并列)</td><td>W02</td><td class="num">94</td><td>是</td><td></td></tr>');
    expect(html).toContain('<li>工作窗口 -6: 不挂牌、不按规定着行业装、外着背心或超短装、拖鞋上岗发现一人次扣2分 x3人次 [条款 w1.1; 条目 e1]</li>');
    expect(html).toContain('<li>W04 本月不得分 (否决前 97): 吃、拿、卡、要、报的 [条款 w6.6; 条目 e4]</li>');
    expect(html).toContain('<li>W05 取消本年度各项评先选优资格: 刁难、歧视服务对象发现一人次扣5分 [条款 w2.4; 条目 e5]</li>');
    expect(html).toContain('<td>第7行 (序号 5)</td><td>bad1</td><td>unknown-clause</td>');
    expect(html).toContain('台账记录: 收到 17 = 有效 15 + 退回 1 + 其他月份 1');
  });

  it('contains the score chart with the cut-off at the last red-flag place', () => {
    const html = monthlyBulletinHtml(smallMonth());
    expect(html).toMatch(/<svg [^>]*role="img"/);
    expect(html).toContain('<title>各窗口得分 (由高到低, 满分 100); 红旗窗口线: 第3名</title>');
    expect(html).toContain('<g class="cutoff" data-rank="3">');
    expect(html.match(/<rect class="bar red-flag"/g)).toHaveLength(3);
    expect(html.match(/<rect class="bar"/g)).toHaveLength(2);
  });

  it('escapes a window named <script> everywhere, chart included', () => {
    const evil = '<script>alert("x")</script>';
    const html = monthlyBulletinHtml({ ...smallMonth([evil, 'W02', 'W03', 'W04', 'W05']), centre: '<b>中心</b>' });
    selfContained(html);
    expect(html).not.toContain(evil);
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('data-window="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"');
    expect(html).toContain('<h1>&lt;b&gt;中心&lt;/b&gt; 2024年3月 窗口考评通报</h1>');
  });

  it('is the same text for the same input (no clock)', () => {
    expect(monthlyBulletinHtml(twentyWindowMonth())).toBe(monthlyBulletinHtml(twentyWindowMonth()));
  });
});
