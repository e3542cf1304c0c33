import { ANNUAL_HEAD, annualBulletinModel, annualCells } from './annual-model.js';
import { escapeMarkdown as esc } from './escape.js';
import { markdownTable } from './tables.js';
import type { AnnualBulletinInput } from './types.js';

/**
 * The annual bulletin (年度通报) as Markdown, in Chinese: how the composite is computed
 * (weights and share), the year's red-flag windows, the composite table (rank, window,
 * monthly mean, survey, composite, selected), the windows not named and why, and the
 * service stars (服务明星) when given, with ties beyond the maximum and shortfalls spelt out.
 *
 * @example
 * const annual = annualComposite({ months: year.months, survey });
 * annualBulletinMarkdown({ centre: '示范县政务服务中心', year: '2024', annual, issuedOn: '2025-01-10' })
 * // '# 示范县政务服务中心 2024年度 窗口考评通报\n\n发布日期: 2025年1月10日\n\n…'
 */
export function annualBulletinMarkdown(input: AnnualBulletinInput): string {
  const m = annualBulletinModel(input);
  const out: string[] = [`# ${esc(m.title)}`, ''];
  if (m.issuedOn !== undefined) out.push(`发布日期: ${esc(m.issuedOn)}`, '');
  out.push('## 计分办法', '', ...m.method.map((l) => `- ${l}`));
  out.push('', '## 年度红旗窗口', '');
  out.push(`名单如下${m.selectionNotes.length > 0 ? ` (${m.selectionNotes.join('; ')})` : ''}:`, '');
  if (m.selected.length === 0) out.push('(无)');
  m.selected.forEach((r, i) => out.push(`${i + 1}. ${esc(r.windowId)}: 综合得分 ${r.composite ?? ''} (第${r.rank ?? ''}名${m.tied.has(r.windowId) ? '并列' : ''})`));
  out.push('', '## 综合得分', '');
  out.push(markdownTable(ANNUAL_HEAD, m.rows.map((r) => annualCells(r, m.tied.has(r.windowId)).map(esc)), ['right', 'left', 'right', 'right', 'right', 'right', 'center', 'left']));
  out.push('', '## 未列入评选的窗口', '');
  out.push(...(m.excluded.length === 0 ? ['(无)'] : m.excluded.map((x) => `- ${esc(x.windowId)}: ${x.label} (${esc(x.detail)})`)));
  if (m.unmatchedSurvey.length > 0) out.push('', `民主测评名单中有、但全年无月度成绩的窗口: ${m.unmatchedSurvey.map(esc).join(', ')}`);
  if (m.stars !== undefined) {
    const s = m.stars;
    out.push('', `## ${s.heading}`, '');
    for (const n of s.notes) out.push(`注: ${n}`, '');
    if (s.selected.length === 0) out.push('(无)');
    s.selected.forEach((p, i) => out.push(`${i + 1}. ${esc(p.personId)}: ${p.votes} 票 (第${p.rank}名${p.tied ? '并列' : ''})`));
    if (s.tiedAtMax.length > 0) out.push('', `待考评领导小组评定: ${s.tiedAtMax.map((p) => `${esc(p.personId)} (${p.votes} 票)`).join(', ')}`);
    if (s.ignored.length > 0) out.push('', '未计入的投票:', '', ...s.ignored.map((v) => `- ${esc(v.personId)}: ${v.votes} 票, ${v.reason}`));
  }
  out.push('');
  return out.join('\n');
}
