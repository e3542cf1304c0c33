import { escapeHtml } from './escape.js';

/**
 * The bulletins' style sheet: inline, system fonts only (CJK faces named, none downloaded), print-friendly.
 * @example
 * `<style>${BULLETIN_CSS}</style>`
 */
export const BULLETIN_CSS = `
:root { color-scheme: light; }
body { margin: 0; background: #f5f5f5; color: #263238; font: 15px/1.7 'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', 'WenQuanYi Zen Hei', sans-serif; }
main { max-width: 1000px; margin: 0 auto; padding: 24px 32px 48px; background: #fff; }
h1 { font-size: 24px; text-align: center; color: #b71c1c; margin: 8px 0 4px; }
h2 { font-size: 18px; border-left: 4px solid #d32f2f; padding-left: 8px; margin: 28px 0 8px; }
h3 { font-size: 15px; margin: 16px 0 4px; }
.meta { text-align: center; color: #546e7a; margin: 0 0 8px; }
.note { color: #546e7a; }
table { border-collapse: collapse; width: 100%; margin: 8px 0; }
th, td { border: 1px solid #cfd8dc; padding: 3px 8px; text-align: left; vertical-align: top; }
th { background: #eceff1; white-space: nowrap; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
tr.red-flag td { background: #fdecea; }
ul, ol { margin: 4px 0; padding-left: 24px; }
ol.names { columns: 16em; column-gap: 24px; padding-left: 32px; }
.chart { overflow-x: auto; }
.chart svg { max-width: 100%; height: auto; }
@media print { body { background: #fff; } main { padding: 0; } h2 { break-after: avoid; } tr { break-inside: avoid; } }
`;

/**
 * One self-contained HTML page: doctype, `<meta charset="utf-8">`, `lang="zh-CN"`, the
 * title escaped, the style sheet inline. `body` is trusted markup (already escaped).
 *
 * @example
 * htmlPage('示范县 2024年3月 窗口考评通报', '<main>…</main>')
 * // '<!doctype html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">…'
 */
export function htmlPage(title: string, body: string): string {
  return [
    '<!doctype html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${BULLETIN_CSS}</style>`,
    '</head>',
    '<body>',
    '<main>',
    body,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
