import { scoreChartSvg } from './chart-svg.js';
import { deductionLine } from './deductions.js';
import { escapeHtml as esc } from './escape.js';
import { rankLabel } from './format.js';
import { htmlPage } from './html-page.js';
import { accountingLine, monthlyBulletinModel, positionLabel, rankingNotes } from './monthly-model.js';
import { disqualifyLine, vetoLine } from './outcomes.js';
import { htmlList as list, htmlTable } from './tables.js';
import type { MonthlyBulletinInput } from './types.js';

/**
 * The monthly bulletin (月度通报) as ONE self-contained HTML file: the content of
 * {@link monthlyBulletinMarkdown}, plus an inline SVG bar chart of the scores (highest
 * first, red-flag windows in red, a dashed 红旗窗口线 at the last red-flag place). Inline
 * CSS, no script, no external font, image or link; `<meta charset="utf-8">`,
 * `lang="zh-CN"`; every piece of data HTML-escaped.
 *
 * @example
 * const html = monthlyBulletinHtml({ centre: '示范县政务服务中心', rubric, result, selection: selectMonthly(result) });
 * writeFileSync('bulletin-2024-03.html', html); // opens in any browser, offline
 */
export function monthlyBulletinHtml(input: MonthlyBulletinInput): string {
  const m = monthlyBulletinModel(input);
  const out: string[] = [`<h1>${esc(m.title)}</h1>`];
  out.push(`<p class="meta">评分标准: ${esc(m.rubric.title)} (${esc(m.rubric.id)}@${esc(m.rubric.version)}), 满分 ${esc(m.max)}${m.issuedOn === undefined ? '' : `<br>发布日期: ${esc(m.issuedOn)}`}</p>`);

  out.push('<section id="red-flag"><h2>红旗窗口</h2>');
  const named = m.count !== null;
  out.push(`<p>${esc(m.redFlagStatement)}</p>`);
  if (named) out.push(list(m.redFlag.map((r) => `${esc(r.windowId)}: ${esc(r.score)} 分 (第${r.rank}名${r.tied ? '并列' : ''})`), 'ol', 'names'));
  if (m.nearlyAll !== undefined) out.push(`<p class="note">${esc(m.nearlyAll.note)}</p>`);
  const chart = scoreChartSvg(
    m.ranking.map((r) => ({ id: r.windowId, score: r.score, rank: r.rank, tied: r.tied })),
    { max: m.max, width: 880, ...(named ? { redFlag: new Set(m.redFlag.map((r) => r.windowId)) } : {}), ...(m.cutoffRank === undefined ? {} : { cutoffRank: m.cutoffRank }) },
  );
  out.push(`<figure class="chart">${chart}</figure>`, '</section>');

  out.push('<section id="ranking"><h2>得分排名</h2>');
  const head = ['名次', '窗口', '得分', ...(m.chief ? ['首席代表扣分'] : []), ...(named ? ['红旗窗口'] : []), '备注'];
  out.push(htmlTable(head, m.ranking.map((r) => ({
    cells: [esc(rankLabel(r)), esc(r.windowId), esc(r.score), ...(m.chief ? [esc(r.chiefDeduction)] : []), ...(named ? [r.redFlag ? '是' : ''] : []), rankingNotes(r, esc).join('; ')],
    numeric: m.chief ? [0, 2, 3] : [0, 2],
    ...(r.redFlag ? { className: 'red-flag' } : {}),
  }))));
  for (const u of m.unscored) out.push(`<p class="note">成绩未定: ${esc(u.windowId)} (缺少输入: ${u.missing.map(esc).join(', ')})</p>`);
  out.push('</section>');

  out.push('<section id="deductions"><h2>扣分明细</h2>');
  if (m.deductions.length === 0) out.push('<p>本月各窗口均无扣分。</p>');
  for (const d of m.deductions) {
    out.push(`<h3>${esc(d.windowId)} (得分 ${esc(d.score ?? '未定')})</h3>`, list(d.rows.map((row) => deductionLine(row, esc))));
  }
  out.push('</section>');

  out.push('<section id="vetoed"><h2>本月不得分</h2>', list(m.vetoes.map((v) => vetoLine(v, esc))), '</section>');
  out.push('<section id="disqualified"><h2>取消本年度评先选优资格</h2>', list(m.disqualified.map((d) => disqualifyLine(d, esc))), '</section>');

  out.push('<section id="rejected"><h2>附录: 退回的台账记录</h2>');
  out.push(m.rejected.length === 0 ? '<p class="note">(无)</p>' : htmlTable(['位置', '编号', '代码', '说明'], m.rejected.map((r) => ({
    cells: [esc(positionLabel(r)), esc(r.id ?? ''), esc(r.code), esc(r.messageZh)],
  }))));
  out.push(`<p>${esc(accountingLine(m.counts))}</p>`, '</section>');
  return htmlPage(m.title, out.join('\n'));
}
