import { describe, expect, it } from 'vitest';
import { miniRubric } from '../../test/fixtures/mini-rubric.js';
import { loadRubric } from '../rubric/builtin.js';
import { explain } from './explain.js';
import { scorePeriod } from './score-period.js';
import { scoreMonth } from './score-month.js';

describe('explain', () => {
  it('quotes each clause, names the entries, the chief share, caps, voids and vetoes', () => {
    const r = scoreMonth(
      miniRubric,
      [
        { id: 'a1', windowId: 'W1', clauseId: 'po', date: '2024-03-02', count: 6 },
        { id: 'a2', windowId: 'W1', clauseId: 'th', date: '2024-03-03', count: 2 },
        { id: 'a3', windowId: 'W1', clauseId: 'ex', date: '2024-03-04', amount: '1.5' },
        { id: 'a4', windowId: 'W1', clauseId: 'dq', date: '2024-03-05' },
        { id: 'a5', windowId: 'W1', clauseId: 'fl', date: '2024-03-06' },
        { id: 'a6', windowId: 'W1', clauseId: 'qp', date: '2024-03-07' },
        { id: 'a7', windowId: 'W1', clauseId: 'vs', date: '2024-03-08' },
        { id: 'v1', voids: 'a5', date: '2024-04-01', note: '申诉成立' },
      ],
      { month: '2024-03', inputs: { W1: { in: 92 } } },
    );
    expect(explain(r.cards[0]!, miniRubric)).toMatchInlineSnapshot(`
      "窗口 W1 得分 19.2 / 50 (首席代表扣 15)
      否决: 本月部分不得分 (否决前 19.2)
      基础分 +9.2: 窗口首席代表月度考评基础分占10分 (输入 92) [条款 in]
      服务能力 -10: 每件次扣2分、首席代表扣1分。 x6件次 (首席代表 -5, 封顶前 -6) (扣完为止: 应扣 12, 实扣 10) [条款 po; 条目 a1]
      服务能力 0: 未实行首席代表制的扣3分 (条目均已撤销) [条款 fl]
        已撤销: 条目 a5 (由 v1 撤销, 不计入)
      服务能力 0: 请假半天无人顶岗的、每月累计达3次扣5分 x2次 (未达扣分条件) [条款 th; 条目 a2]
      本月窗口单位不得分: 本节否决 [条款 vs; 条目 a7]
      窗口建设 -1: 部门班子成员每月至少1次到窗口检查指导工作,缺1次扣1分 缺1次 (本月记录 1) (首席代表 -0.5) [条款 qp; 条目 a6]
      窗口建设 -3: 分管领导每月到窗口办公少于一次的扣3分 缺1次 (本月记录 0) (首席代表 -1.5) [条款 qb]
      窗口建设 -1.5: 结合县监察局电子监察系统扣分情况,在窗口评分时相应扣除 (外部扣分合计 1.5) (首席代表 -0.75) [条款 ex; 条目 a3]
      窗口建设 -14.5: 负面通报的扣15分,取消本年度各项评先选优资格 x1次 (首席代表 -7.25, 封顶前 -7.5) (扣完为止: 应扣 15, 实扣 14.5) [条款 dq; 条目 a4]
      服务能力: 扣分已达本项满分 10, 扣完为止
      窗口建设: 扣分已达本项满分 20, 扣完为止
      取消本年度各项评先选优资格: 条款 dq [a4]"
    `);
  });

  it('says when a score is not yet known', () => {
    const r = scoreMonth(miniRubric, [], { month: '2024-03', windows: ['W2'] });
    expect(explain(r.cards[0]!, miniRubric)).toMatchInlineSnapshot(`
      "窗口 W2 得分 未定 (缺少输入值) / 50 (首席代表扣 2.5)
      基础分: 窗口首席代表月度考评基础分占10分 缺少输入值, 本项得分未定 [条款 in]
      窗口建设 -2: 部门班子成员每月至少1次到窗口检查指导工作,缺1次扣1分 缺2次 (本月记录 0) (首席代表 -1) [条款 qp]
      窗口建设 -3: 分管领导每月到窗口办公少于一次的扣3分 缺1次 (本月记录 0) (首席代表 -1.5) [条款 qb]
      缺少输入: in (未提供)"
    `);
  });

  it('states a bonus cut at full marks as a capped bonus (加分封顶), never as 扣完为止', () => {
    // No deduction in 服务能力 (max 10), two articles (+1 each): 10 + 2 > 10, the bonus is cut to 0.
    const r = scoreMonth(
      miniRubric,
      [{ id: 'b1', windowId: 'W1', clauseId: 'bo', date: '2024-03-02', count: 2 }],
      { month: '2024-03', inputs: { W1: { in: 100 } } },
    );
    const text = explain(r.cards[0]!, miniRubric);
    expect(text).not.toContain('扣完为止');
    expect(text.split('\n').filter((l) => l.startsWith('服务能力'))).toMatchInlineSnapshot(`
      [
        "服务能力 +0: 信息被采用的每篇加1分 x2篇 (加分封顶: 应加 2, 实加 0, 本项已达满分) [条款 bo; 条目 b1]",
        "服务能力: 加分封顶 (本项满分 10): 扣 0, 应加 2, 实加 0, 超出满分的 2 分不计",
      ]
    `);
  });

  it('centre-attendance 九(四): late x4 and 旷工 x1 (-3), a province article (+5) -> 100, the bonus capped at 3', () => {
    const centre = loadRubric('centre-attendance');
    const r = scorePeriod(centre, [
      ...[1, 2, 3, 4].map((d) => ({ id: `late${d}`, windowId: 'OFFICE', personId: 'P1', clauseId: '9.1.1', date: `2024-03-0${d}` })),
      { id: 'a1', windowId: 'OFFICE', personId: 'P1', clauseId: '9.1.2', date: '2024-03-20' },
      { id: 'p1', windowId: 'OFFICE', personId: 'P1', clauseId: '9.4-province', date: '2024-10-15' },
    ], { period: '2024', people: [{ windowId: 'OFFICE', personId: 'P1' }] });
    expect(explain(r.cards[0]!, centre)).toMatchInlineSnapshot(`
      "OFFICE P1 得分 100 / 100
      考勤分 -2: 无故迟到、早退、离岗的每次扣0.5分 x4次 [条款 9.1.1; 条目 late1, late2, late3, late4]
      考勤分 -1: 无故旷工(含半天)的每次扣1分 x1次 [条款 9.1.2; 条目 a1]
      考勤分 +3: 工作人员投稿凡被省、市、县采纳的,每篇分别加5分、3分、1分。 x1篇 (加分封顶: 应加 5, 实加 3, 本项已达满分) [条款 9.4-province; 条目 p1]
      考勤分: 加分封顶 (本项满分 100): 扣 3, 应加 5, 实加 3, 超出满分的 2 分不计"
    `);
  });
});
