/**
 * Turns a piece of data into text safe for one output format.
 * @example
 * const esc: Escape = escapeHtml;
 */
export type Escape = (text: string) => string;

const HTML: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes text for HTML and SVG, in element content and in quoted attributes alike.
 *
 * @example
 * escapeHtml('<script>"x" & \'y\'') // '&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;'
 */
export const escapeHtml: Escape = (text) => text.replace(/[&<>"']/g, (c) => HTML[c] ?? c);

/**
 * Escapes text for Markdown: HTML specials become entities (a renderer passes raw HTML
 * through, so a window named `<script>` must not become a tag), the characters that
 * would start emphasis, code, links or a table cell are backslash-escaped, and line
 * breaks become spaces (a table row or list item is one line).
 *
 * @example
 * escapeMarkdown('a|b <i>*x*</i>') // 'a\\|b &lt;i&gt;\\*x\\*&lt;/i&gt;'
 */
export const escapeMarkdown: Escape = (text) =>
  text
    .replace(/\r\n?|\n/g, ' ')
    .replace(/[\\`*_[\]|]/g, (c) => `\\${c}`)
    .replace(/[&<>]/g, (c) => HTML[c] ?? c);
