import { canonical, D, max as dmax, min as dmin } from '../decimal/decimal.js';
import { compareIds } from '../ledger/table.js';
import type { RankEntry } from '../selection/rank.js';
import { escapeHtml as esc } from './escape.js';

/**
 * Options of {@link scoreChartSvg}.
 * @example
 * const options: ScoreChartOptions = { max: '100', cutoffRank: 18, redFlag: new Set(selection.selected), width: 880 };
 */
export interface ScoreChartOptions {
  /** Rank of the last red-flag place: a dashed, labelled line is drawn below every window ranked at or above it. */
  readonly cutoffRank?: number;
  /** Full marks: the length of a full bar (a decimal string). */
  readonly max: string;
  /** Width in pixels; default 760. */
  readonly width?: number;
  /** Windows drawn in the red-flag colour; without it no red-flag legend is drawn (no selection was made). */
  readonly redFlag?: ReadonlySet<string>;
  /** Adds the SVG namespace, for a chart written to a `.svg` file of its own (inline in HTML it is not needed). */
  readonly standalone?: boolean;
}

/**
 * The chart's colours: red-flag bars, other bars, the cut-off line.
 * @example
 * CHART_COLOURS.redFlag // '#d32f2f' (what a screenshot test looks for)
 */
export const CHART_COLOURS = { redFlag: '#d32f2f', other: '#90a4ae', cutoff: '#6d1b1b', grid: '#e0e0e0', text: '#263238' } as const;

const ROW = 22;
const BAR = 14;
const TOP = 48;
const BOTTOM = 12;
const GAP = 26;
const RIGHT = 64;
const FONT = 13;
const LABEL_MAX = 180;

const charWidth = (ch: string) => (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) || ch.length > 1 ? FONT : FONT * 0.6);
const textWidth = (s: string) => [...s].reduce((w, ch) => w + charWidth(ch), 0);
const fit = (s: string) => {
  if (textWidth(s) <= LABEL_MAX) return s;
  let out = '';
  for (const ch of s) {
    if (textWidth(out + ch) > LABEL_MAX - FONT) break;
    out += ch;
  }
  return `${out}…`;
};
/** A pixel coordinate, to 2 places: geometry is the one place a decimal becomes a Number. */
const px = (d: D) => Number(d.toDecimalPlaces(2)).toString();

/**
 * A horizontal bar chart of a month's scores, highest first (by rank, ties by id), as an inline SVG: one row
 * per window (its id, its bar, its score), red-flag windows in {@link CHART_COLOURS}'s
 * red, and a dashed line labelled 红旗窗口线 below the last red-flag place. Bar lengths
 * are computed exactly and rounded to 0.01 px. Every id is escaped; the SVG has
 * `role="img"` and a `<title>`, each bar a `<title>` tooltip. No external resource.
 *
 * @example
 * const sel = selectMonthly(result);
 * scoreChartSvg(sel.ranking, { max: '100', cutoffRank: 18, redFlag: new Set(sel.selected) })
 * // '<svg role="img" viewBox="0 0 760 …" …><title>各窗口得分 …</title>…<line class="cutoff" …/>…</svg>'
 */
export function scoreChartSvg(ranking: readonly RankEntry[], options: ScoreChartOptions): string {
  const width = Math.max(320, Math.round(options.width ?? 760));
  const rows = [...ranking].sort((a, b) => a.rank - b.rank || compareIds(a.id, b.id));
  const red = options.redFlag ?? new Set<string>();
  const full = new D(options.max);
  const above = options.cutoffRank === undefined ? 0 : rows.filter((r) => r.rank <= options.cutoffRank!).length;
  const gapAt = above > 0 ? above : Infinity;
  const left = Math.ceil(Math.min(LABEL_MAX, Math.max(40, ...rows.map((r) => textWidth(fit(r.id)))))) + 12;
  const plot = Math.max(100, width - left - RIGHT);
  const rowY = (i: number) => TOP + i * ROW + (i >= gapAt ? GAP : 0);
  const height = Math.max(TOP + ROW, rowY(rows.length) + (rows.length === gapAt ? GAP : 0)) + BOTTOM;
  const length = (score: string) => (full.lessThanOrEqualTo(0) ? new D(0) : dmin(dmax(new D(score), new D(0)), full).dividedBy(full).times(plot));
  const cut = options.cutoffRank === undefined || above === 0 ? undefined : options.cutoffRank;

  const out: string[] = [];
  out.push(`<svg${options.standalone === true ? ' xmlns="http://www.w3.org/2000/svg"' : ''} class="score-chart" role="img" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="'Noto Sans CJK SC','Source Han Sans SC','PingFang SC','Microsoft YaHei','WenQuanYi Zen Hei',sans-serif" font-size="${FONT}">`);
  out.push(`<title>各窗口得分 (由高到低, 满分 ${esc(canonical(full))})${cut === undefined ? '' : `; 红旗窗口线: 第${cut}名`}</title>`);
  out.push(`<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`);
  // No red-flag set, no red-flag claim: the legend is only drawn when a selection was made.
  if (options.redFlag !== undefined) {
    out.push(`<g class="legend"><rect x="${left}" y="8" width="12" height="12" fill="${CHART_COLOURS.redFlag}"/><text x="${left + 16}" y="19" fill="${CHART_COLOURS.text}">红旗窗口</text>`
      + `<rect x="${left + 90}" y="8" width="12" height="12" fill="${CHART_COLOURS.other}"/><text x="${left + 106}" y="19" fill="${CHART_COLOURS.text}">其他窗口</text></g>`);
  }
  out.push('<g class="axis">');
  for (let k = 0; k <= 4; k++) {
    const x = px(new D(plot).times(k).dividedBy(4).plus(left));
    out.push(`<line x1="${x}" y1="${TOP - 6}" x2="${x}" y2="${height - BOTTOM}" stroke="${CHART_COLOURS.grid}"/>`);
    out.push(`<text x="${x}" y="${TOP - 10}" text-anchor="middle" fill="${CHART_COLOURS.text}" font-size="11">${esc(canonical(full.times(k).dividedBy(4)))}</text>`);
  }
  out.push('</g><g class="bars">');
  rows.forEach((r, i) => {
    const y = rowY(i);
    const isRed = red.has(r.id);
    const w = length(r.score);
    out.push(`<g class="row" data-window="${esc(r.id)}" data-rank="${r.rank}"><title>${esc(r.id)}: ${esc(r.score)}分, 第${r.rank}名${r.tied ? ' (并列)' : ''}${isRed ? ', 红旗窗口' : ''}</title>`
      + `<text x="${left - 8}" y="${y + 16}" text-anchor="end" fill="${CHART_COLOURS.text}">${esc(fit(r.id))}</text>`
      + `<rect class="bar${isRed ? ' red-flag' : ''}" x="${left}" y="${y + (ROW - BAR) / 2}" width="${px(w)}" height="${BAR}" fill="${isRed ? CHART_COLOURS.redFlag : CHART_COLOURS.other}"/>`
      + `<text x="${px(w.plus(left + 4))}" y="${y + 16}" fill="${CHART_COLOURS.text}">${esc(r.score)}</text></g>`);
  });
  out.push('</g>');
  if (cut !== undefined) {
    const band = TOP + above * ROW;
    out.push(`<g class="cutoff" data-rank="${cut}"><line class="cutoff" x1="4" y1="${band + 18}" x2="${width - 4}" y2="${band + 18}" stroke="${CHART_COLOURS.cutoff}" stroke-width="1.5" stroke-dasharray="6 4"/>`
      + `<text x="${width - 4}" y="${band + 12}" text-anchor="end" fill="${CHART_COLOURS.cutoff}" font-size="11">红旗窗口线: 第${cut}名</text></g>`);
  }
  if (rows.length === 0) out.push(`<text x="${left}" y="${TOP + 16}" fill="${CHART_COLOURS.text}">本月无计分窗口</text>`);
  out.push('</svg>');
  return out.join('\n');
}
