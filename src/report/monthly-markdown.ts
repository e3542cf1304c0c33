import { deductionLine } from './deductions.js';
import { escapeMarkdown as esc } from './escape.js';
import { rankLabel } from './format.js';
import { accountingLine, monthlyBulletinModel, positionLabel, rankingNotes } from './monthly-model.js';
import { disqualifyLine, vetoLine } from './outcomes.js';
import { markdownTable } from './tables.js';
import type { MonthlyBulletinInput } from './types.js';

/**
 * The monthly bulletin (月度通报) as Markdown, in Chinese: the title, the rubric, the
 * red-flag windows (红旗窗口, with a tie at the last place spelt out), the full ranking,
 * every window's deductions quoting the clause text, vetoed windows (本月不得分),
 * disqualified windows (取消本年度评先选优资格) and an appendix of rejected ledger entries
 * with the accounting (收到 = 有效 + 退回 + 其他月份). Every piece of data is escaped.
 *
 * @example
 * const result = scoreMonth(rubric, ledger, { month: '2024-03', windows });
 * monthlyBulletinMarkdown({ centre: '示范县政务服务中心', rubric, result, selection: selectMonthly(result), issuedOn: '2024-04-05' })
 * // '# 示范县政务服务中心 2024年3月 窗口考评通报\n\n评分标准: …'
 */
export function monthlyBulletinMarkdown(input: MonthlyBulletinInput): string {
  const m = monthlyBulletinModel(input);
  const out: string[] = [`# ${esc(m.title)}`, ''];
  out.push(`评分标准: ${esc(m.rubric.title)} (${esc(m.rubric.id)}@${esc(m.rubric.version)}), 满分 ${m.max}`);
  if (m.issuedOn !== undefined) out.push(`发布日期: ${esc(m.issuedOn)}`);
  out.push('', '## 红旗窗口', '');
  out.push(esc(m.redFlagStatement));
  if (m.count !== null) {
    out.push('');
    if (m.redFlag.length === 0) out.push('(无)');
    m.redFlag.forEach((r, i) => out.push(`${i + 1}. ${esc(r.windowId)}: ${r.score} 分 (第${r.rank}名${r.tied ? '并列' : ''})`));
  }
  if (m.nearlyAll !== undefined) out.push('', m.nearlyAll.note);

  out.push('', '## 得分排名', '');
  const named = m.count !== null;
  const head = ['名次', '窗口', '得分', ...(m.chief ? ['首席代表扣分'] : []), ...(named ? ['红旗窗口'] : []), '备注'];
  const rows = m.ranking.map((r) => [rankLabel(r), esc(r.windowId), r.score, ...(m.chief ? [r.chiefDeduction] : []), ...(named ? [r.redFlag ? '是' : ''] : []), rankingNotes(r, esc).join('; ')]);
  out.push(markdownTable(head, rows, ['right', 'left', 'right', ...(m.chief ? ['right' as const] : []), ...(named ? ['center' as const] : []), 'left']));
  for (const u of m.unscored) out.push('', `成绩未定: ${esc(u.windowId)} (缺少输入: ${u.missing.map(esc).join(', ')})`);

  out.push('', '## 扣分明细', '');
  if (m.deductions.length === 0) out.push('本月各窗口均无扣分。');
  for (const d of m.deductions) {
    out.push(`### ${esc(d.windowId)} (得分 ${d.score ?? '未定'})`, '');
    for (const row of d.rows) out.push(`- ${deductionLine(row, esc)}`);
    out.push('');
  }
  if (m.deductions.length > 0) out.pop();

  out.push('', '## 本月不得分', '');
  out.push(...(m.vetoes.length === 0 ? ['(无)'] : m.vetoes.map((v) => `- ${vetoLine(v, esc)}`)));
  out.push('', '## 取消本年度评先选优资格', '');
  out.push(...(m.disqualified.length === 0 ? ['(无)'] : m.disqualified.map((d) => `- ${disqualifyLine(d, esc)}`)));

  out.push('', '## 附录: 退回的台账记录', '');
  if (m.rejected.length === 0) out.push('(无)');
  else out.push(markdownTable(['位置', '编号', '代码', '说明'], m.rejected.map((r) => [positionLabel(r), esc(r.id ?? ''), esc(r.code), esc(r.messageZh)])));
  out.push('', accountingLine(m.counts), '');
  return out.join('\n');
}
