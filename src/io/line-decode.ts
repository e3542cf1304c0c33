import type { TextEncodingName } from './types.js';

/**
 * Why a physical line cannot be trusted:
 * - `bad-encoding`: bytes not valid in the file's encoding (nor, in a UTF-8 file, in GB18030);
 * - `mixed-encoding`: the line is in the other encoding than the rest of the file (a GBK
 *   line in a UTF-8 file, a UTF-8 line in a GBK file); its text is decoded in the encoding
 *   it is really in, but it is not read as an entry;
 * - `replacement-char`: the text holds U+FFFD, a character lost to a wrong encoding before
 *   the file was saved;
 * - `too-long`: over the line limit, skipped unread.
 * @example const fault: LineFault = 'mixed-encoding';
 */
export type LineFault = 'bad-encoding' | 'mixed-encoding' | 'replacement-char' | 'too-long';

/**
 * A line's text decoded, and its fault, if any.
 * @example const d: DecodedLine = { text: '编号', fault: 'mixed-encoding', readAs: 'gb18030' };
 */
export interface DecodedLine {
  readonly text: string;
  readonly fault?: LineFault;
  /** For `mixed-encoding`: the encoding the line is really in. */
  readonly readAs?: TextEncodingName;
}

/**
 * Decodes the lines of a file whose encoding is settled, one line at a time and strictly,
 * and tells apart a line in the other encoding (see {@link LineFault}):
 * - in a UTF-8 file, a line that is not UTF-8 but is valid GB18030 is `mixed-encoding`, and
 *   so is a valid UTF-8 line with characters that are neither ASCII nor Chinese when its
 *   bytes read as GBK are all Chinese (GBK `农业` is valid UTF-8, `ũҵ`);
 * - in a GBK / GB18030 file, a line that is valid UTF-8 and whose every non-ASCII character
 *   is Chinese (or Chinese punctuation, see {@link utf8Chinese}) is `mixed-encoding`: GBK text
 *   practically never reads so in UTF-8, while UTF-8 text read as GBK gives other characters
 *   without any error, so this check is what keeps such a line from turning silently into
 *   other characters.
 * @example new LineDecoder('utf-8').decode(new TextEncoder().encode('编号')).text // '编号'
 */
export class LineDecoder {
  private readonly strict: InstanceType<typeof TextDecoder>;
  private readonly lossy: InstanceType<typeof TextDecoder>;
  private readonly other: InstanceType<typeof TextDecoder>;
  private readonly otherName: TextEncodingName;

  constructor(readonly encoding: TextEncodingName) {
    this.strict = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
    this.lossy = new TextDecoder(encoding, { ignoreBOM: true });
    this.otherName = encoding === 'utf-8' ? 'gb18030' : 'utf-8';
    this.other = new TextDecoder(this.otherName, { fatal: true, ignoreBOM: true });
  }

  /** One line's bytes (without its line break), decoded. */
  decode(raw: Uint8Array): DecodedLine {
    let text: string;
    try {
      text = this.strict.decode(raw);
    } catch {
      if (this.encoding === 'utf-8') {
        const gbk = this.otherText(raw);
        if (gbk !== undefined) return { text: gbk, fault: 'mixed-encoding', readAs: this.otherName };
      } else if (utf8Chinese(raw, 0, raw.length)) {
        return { text: this.other.decode(raw), fault: 'mixed-encoding', readAs: 'utf-8' };
      }
      return { text: this.lossy.decode(raw), fault: 'bad-encoding' };
    }
    if (this.encoding !== 'utf-8') {
      if (utf8Chinese(raw, 0, raw.length)) return { text: this.other.decode(raw), fault: 'mixed-encoding', readAs: 'utf-8' };
    } else if (NOT_CHINESE.test(text) && !text.includes('\uFFFD')) {
      // Valid UTF-8, but with characters GBK text gives when read as UTF-8 (农业 in GBK reads
      // "ũҵ"): a GBK line when, read as GBK, it is all Chinese.
      const gbk = gbkText(raw, text);
      if (gbk !== undefined) return { text: gbk, fault: 'mixed-encoding', readAs: 'gb18030' };
    }
    return checked(text);
  }

  private otherText(raw: Uint8Array): string | undefined {
    try {
      return this.other.decode(raw);
    } catch {
      return undefined;
    }
  }

  /**
   * Whether the bytes `[from, to)` of an already decoded run (`text`) must be looked at line
   * by line: in a GBK / GB18030 file, when one holds a UTF-8 Chinese line; in a UTF-8 file,
   * when the text holds a non-ASCII character that is not Chinese (see {@link utf8Chinese}).
   */
  suspect(bytes: Uint8Array, from: number, to: number, text: string): boolean {
    return this.encoding === 'utf-8' ? NOT_CHINESE.test(text) : utf8Chinese(bytes, from, to);
  }
}

/**
 * A character that is neither Latin-1 nor Chinese (as {@link utf8Chinese} counts them):
 * what GBK text read as UTF-8 gives (Latin Extended, Greek, Cyrillic, Hebrew …). Latin-1
 * (`café`, `Lü`) is let through: GBK text rarely reads as Latin-1 only.
 */
const NOT_CHINESE = /[^\x00-\xff\u2000-\u27bf\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\ud800-\udfff\uf900-\ufaff\uff00-\uffef]/;
const HAS_CHINESE = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/;

const GB18030 = new TextDecoder('gb18030', { fatal: true, ignoreBOM: true });

/**
 * The text of a line that is valid UTF-8 (read as `utf8`) but is really GBK: its UTF-8
 * reading holds characters that are neither Latin-1 nor Chinese (GBK `农业` reads `ũҵ`),
 * and its GB18030 reading is valid and all Chinese (ASCII and Chinese characters only, at
 * least one Chinese). Undefined for any other line.
 * @example gbkText(new Uint8Array([0xc5, 0xa9, 0xd2, 0xb5]), 'ũҵ') // '农业'
 */
export function gbkText(raw: Uint8Array, utf8: string): string | undefined {
  if (!NOT_CHINESE.test(utf8) || utf8.includes('\uFFFD')) return undefined;
  let gbk: string;
  try {
    gbk = GB18030.decode(raw);
  } catch {
    return undefined;
  }
  return !NOT_CHINESE.test(gbk) && HAS_CHINESE.test(gbk) ? gbk : undefined;
}

/**
 * Whether a text has a character that is neither Latin-1 nor Chinese (see {@link gbkText}).
 * @example notChinese('ũҵ') // true
 */
export function notChinese(text: string): boolean {
  return NOT_CHINESE.test(text);
}

/**
 * `{ text }`, or `{ text, fault: 'replacement-char' }` when the text holds U+FFFD.
 * @example checked('住\uFFFD').fault // 'replacement-char'
 */
export function checked(text: string): DecodedLine {
  return text.includes('\uFFFD') ? { text, fault: 'replacement-char' } : { text };
}

/**
 * Whether bytes are valid UTF-8 holding at least one Chinese character, and no non-ASCII
 * character but Chinese ones: CJK ideographs (U+3400–U+9FFF, U+F900–U+FAFF), CJK and
 * full-width punctuation (U+3000–U+303F, U+FF00–U+FFEF), general punctuation and symbols
 * (U+2000–U+27BF: “”…—℃①✓), emoji (U+1F000–U+1FAFF), and `·` `×`. Line breaks in the range split it into lines that
 * are each checked. GBK text read as UTF-8 fails this (its bytes make invalid sequences or
 * Latin, Greek, Cyrillic … characters), so it tells a UTF-8 line in a GBK file.
 * @example utf8Chinese(new TextEncoder().encode('住建,W01'), 0, 10) // true
 */
export function utf8Chinese(bytes: Uint8Array, from: number, to: number): boolean {
  let chinese = false;
  let valid = true;
  for (let i = from; i < to; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      if (b === 0x0a || b === 0x0d) {
        if (valid && chinese) return true;
        valid = true;
        chinese = false;
      }
      i++;
      continue;
    }
    const cp = codePoint(bytes, i, to);
    if (cp < 0 || !allowed(cp)) {
      // This line is out: on to the next one (a native search, not byte by byte).
      const lf = bytes.indexOf(0x0a, i);
      const cr = bytes.indexOf(0x0d, i);
      const next = lf === -1 || lf >= to ? cr : cr === -1 ? lf : Math.min(lf, cr);
      if (next === -1 || next >= to) return false;
      valid = false;
      i = next;
      continue;
    }
    if (cp >= 0x3000) chinese = true;
    i += cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return valid && chinese;
}

/** The code point of the UTF-8 sequence at `i` (lead byte >= 0x80), or -1 if invalid. */
function codePoint(bytes: Uint8Array, i: number, to: number): number {
  const b = bytes[i]!;
  const n = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
  if (n === 0 || i + n > to) return -1;
  let cp = b & (n === 2 ? 0x1f : n === 3 ? 0x0f : 0x07);
  for (let k = 1; k < n; k++) {
    const c = bytes[i + k]!;
    if ((c & 0xc0) !== 0x80) return -1;
    cp = (cp << 6) | (c & 0x3f);
  }
  const min = n === 2 ? 0x80 : n === 3 ? 0x800 : 0x10000;
  return cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) ? -1 : cp;
}

function allowed(cp: number): boolean {
  return (
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x3000 && cp <= 0x303f) ||
    (cp >= 0xff00 && cp <= 0xffef) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0x2000 && cp <= 0x27bf) ||
    (cp >= 0x1f000 && cp <= 0x1faff) ||
    cp === 0xb7 ||
    cp === 0xd7
  );
}
