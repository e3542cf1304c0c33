import { ANNUAL_HEAD, annualBulletinModel, annualCells } from './annual-model.js';
import { escapeHtml as esc } from './escape.js';
import { htmlPage } from './html-page.js';
import { htmlList as list, htmlTable } from './tables.js';
import type { AnnualBulletinInput } from './types.js';

/**
 * The annual bulletin (年度通报) as one self-contained HTML file: the content of
 * {@link annualBulletinMarkdown}, inline CSS, no script or external resource, every piece
 * of data escaped.
 *
 * @example
 * writeFileSync('bulletin-2024.html', annualBulletinHtml({ centre: '示范县政务服务中心', year: '2024', annual, stars }));
 */
export function annualBulletinHtml(input: AnnualBulletinInput): string {
  const m = annualBulletinModel(input);
  const out: string[] = [`<h1>${esc(m.title)}</h1>`];
  if (m.issuedOn !== undefined) out.push(`<p class="meta">发布日期: ${esc(m.issuedOn)}</p>`);
  out.push('<section id="method"><h2>计分办法</h2>', list(m.method.map(esc)), '</section>');
  out.push('<section id="red-flag"><h2>年度红旗窗口</h2>');
  out.push(`<p>名单如下${m.selectionNotes.length > 0 ? ` (${m.selectionNotes.map(esc).join('; ')})` : ''}:</p>`);
  out.push(list(m.selected.map((r) => `${esc(r.windowId)}: 综合得分 ${esc(r.composite ?? '')} (第${r.rank ?? ''}名${m.tied.has(r.windowId) ? '并列' : ''})`), 'ol', 'names'), '</section>');
  out.push('<section id="composite"><h2>综合得分</h2>');
  out.push(htmlTable(ANNUAL_HEAD.map(esc), m.rows.map((r) => ({
    cells: annualCells(r, m.tied.has(r.windowId)).map(esc),
    numeric: [0, 2, 3, 4, 5],
    ...(r.selected ? { className: 'red-flag' } : {}),
  }))), '</section>');
  out.push('<section id="excluded"><h2>未列入评选的窗口</h2>');
  out.push(list(m.excluded.map((x) => `${esc(x.windowId)}: ${esc(x.label)} (${esc(x.detail)})`)));
  if (m.unmatchedSurvey.length > 0) out.push(`<p class="note">民主测评名单中有、但全年无月度成绩的窗口: ${m.unmatchedSurvey.map(esc).join(', ')}</p>`);
  out.push('</section>');
  if (m.stars !== undefined) {
    const s = m.stars;
    out.push(`<section id="stars"><h2>${esc(s.heading)}</h2>`);
    for (const n of s.notes) out.push(`<p class="note">${esc(n)}</p>`);
    out.push(list(s.selected.map((p) => `${esc(p.personId)}: ${esc(p.votes)} 票 (第${p.rank}名${p.tied ? '并列' : ''})`), 'ol', 'names'));
    if (s.tiedAtMax.length > 0) out.push(`<p>待考评领导小组评定: ${s.tiedAtMax.map((p) => `${esc(p.personId)} (${esc(p.votes)} 票)`).join(', ')}</p>`);
    if (s.ignored.length > 0) out.push('<p>未计入的投票:</p>', list(s.ignored.map((v) => `${esc(v.personId)}: ${v.votes} 票, ${esc(v.reason)}`)));
    out.push('</section>');
  }
  return htmlPage(m.title, out.join('\n'));
}
