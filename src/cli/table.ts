/** Columns a character takes on a terminal: 2 for East Asian wide and full-width, 0 for combining marks. */
function columns(cp: number): number {
  if (cp < 0x300) return 1;
  if ((cp >= 0x300 && cp <= 0x36f) || (cp >= 0x200b && cp <= 0x200f) || cp === 0xfe0f) return 0;
  if (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  ) {
    return 2;
  }
  return 1;
}

/** How many terminal columns a text takes (Chinese characters take two). */
export function displayWidth(text: string): number {
  let n = 0;
  for (const ch of text) n += columns(ch.codePointAt(0)!);
  return n;
}

const oneLine = (s: string) => s.replace(/[\r\n\t]+/g, ' ');

/** A cell cut into pieces of at most `width` columns (never splitting a character). */
function wrap(text: string, width: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  let w = 0;
  for (const ch of text) {
    const c = columns(ch.codePointAt(0)!);
    if (w + c > width && piece.length > 0) {
      pieces.push(piece);
      piece = '';
      w = 0;
    }
    piece += ch;
    w += c;
  }
  return [...pieces, piece];
}

/**
 * A plain-text table aligned for a terminal by display width (a Chinese character takes
 * two columns): every column but the last is padded to its widest cell, and a cell wider
 * than `maxWidth` wraps onto the next lines; the last column (long text) runs on unpadded.
 */
export function textTable(head: readonly string[], rows: readonly (readonly string[])[], maxWidth = 32): string {
  const last = head.length - 1;
  const cut = (r: readonly string[]) => r.map((c, i) => (i === last ? [oneLine(c)] : wrap(oneLine(c), maxWidth)));
  const all = [head, ...rows].map(cut);
  const widths = head.map((_, i) => Math.max(...all.map((r) => Math.max(...(r[i] ?? ['']).map(displayWidth)))));
  const lines = (r: readonly string[][]) => {
    const height = Math.max(...r.map((c) => c.length));
    return Array.from({ length: height }, (_, k) =>
      r
        .map((c, i) => {
          const piece = c[k] ?? '';
          return i === last ? piece : piece + ' '.repeat(widths[i]! - displayWidth(piece));
        })
        .join('  ')
        .trimEnd(),
    );
  };
  const rule = widths.map((w, i) => '-'.repeat(i === last ? Math.min(w, 20) : w)).join('  ');
  return [...lines(all[0]!), rule, ...all.slice(1).flatMap(lines)].join('\n');
}
