// window-scorecard/report: monthly and annual bulletins (通报) as Markdown and self-contained HTML.
// Pure functions of their input: no clock, no I/O. The workbook is in window-scorecard/xlsx.

export { monthlyBulletinMarkdown } from './monthly-markdown.js';
export { monthlyBulletinHtml } from './monthly-html.js';
export { annualBulletinMarkdown } from './annual-markdown.js';
export { annualBulletinHtml } from './annual-html.js';
export { scoreChartSvg, CHART_COLOURS } from './chart-svg.js';
export { monthlyBulletinModel, accountingLine } from './monthly-model.js';
export { annualBulletinModel } from './annual-model.js';
export { deductionLine } from './deductions.js';
export { nearlyAllNamed } from './red-flag.js';
export { escapeHtml, escapeMarkdown } from './escape.js';

export type { MonthlyBulletinInput, AnnualBulletinInput } from './types.js';
export type { ScoreChartOptions } from './chart-svg.js';
export type { MonthlyBulletinModel, RankingRow, RejectedRow } from './monthly-model.js';
export type { AnnualBulletinModel, StarRow } from './annual-model.js';
export type { DeductionRow } from './deductions.js';
export type { VetoRow, DisqualifyRow } from './outcomes.js';
