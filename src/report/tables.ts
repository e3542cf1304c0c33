/**
 * An HTML table from trusted cell markup: a header row and body rows, each row optionally with a class.
 *
 * @example
 * htmlTable(['名次', '窗口'], [{ cells: ['1', 'W01'], numeric: [0] }])
 * // '<table>\n<thead><tr><th>名次</th><th>窗口</th></tr></thead>\n<tbody>\n<tr><td class="num">1</td><td>W01</td></tr>\n</tbody>\n</table>'
 */
export function htmlTable(head: readonly string[], rows: readonly { readonly cells: readonly string[]; readonly className?: string; readonly numeric?: readonly number[] }[]): string {
  const body = rows.map((r) => {
    const cls = r.className === undefined ? '' : ` class="${r.className}"`;
    return `<tr${cls}>${r.cells.map((c, i) => `<td${r.numeric?.includes(i) === true ? ' class="num"' : ''}>${c}</td>`).join('')}</tr>`;
  });
  return ['<table>', `<thead><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr></thead>`, '<tbody>', ...body, '</tbody>', '</table>'].join('\n');
}

/**
 * A Markdown table; cells must already be escaped.
 *
 * @example
 * markdownTable(['名次', '窗口'], [['1', 'W01']], ['right', 'left'])
 * // '| 名次 | 窗口 |\n|---:|---|\n| 1 | W01 |'
 */
export function markdownTable(head: readonly string[], rows: readonly (readonly string[])[], align?: readonly ('left' | 'right' | 'center')[]): string {
  const rule = head.map((_, i) => (align?.[i] === 'right' ? '---:' : align?.[i] === 'center' ? ':-:' : '---'));
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), `|${rule.join('|')}|`, ...rows.map(line)].join('\n');
}

/**
 * An HTML list from trusted item markup; `(无)` when empty.
 *
 * @example
 * htmlList(['W01', 'W02'], 'ol') // '<ol>\n<li>W01</li>\n<li>W02</li>\n</ol>'
 * htmlList(['W01'], 'ol', 'names') // '<ol class="names">\n<li>W01</li>\n</ol>'
 * htmlList([])                   // '<p class="note">(无)</p>'
 */
export function htmlList(items: readonly string[], tag: 'ul' | 'ol' = 'ul', className?: string): string {
  return items.length === 0 ? '<p class="note">(无)</p>' : `<${tag}${className === undefined ? '' : ` class="${className}"`}>\n${items.map((i) => `<li>${i}</li>`).join('\n')}\n</${tag}>`;
}
