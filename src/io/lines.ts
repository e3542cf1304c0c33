import { concat } from './encoding.js';
import { LineDecoder, checked, type LineFault } from './line-decode.js';
import type { TextEncodingName } from './types.js';

/**
 * Lines longer than this many bytes are skipped as `too-long` (NDJSON and CSV).
 * @example MAX_LINE_BYTES / 1048576 // 16 (MiB)
 */
export const MAX_LINE_BYTES = 16 * 1024 * 1024;

/**
 * One physical line of a file, decoded.
 * @example const l: PhysicalLine = { line: 2, text: 'e1,W01,4.1,2024-03-05', bytes: 21 };
 */
export interface PhysicalLine {
  /** 1-based, counting every line break: LF, CR LF and a lone CR alike. */
  readonly line: number;
  /**
   * The text without its line break. When `fault` is `bad-encoding`, the text decoded
   * with U+FFFD for the bad bytes; `mixed-encoding`, decoded in the encoding it is really
   * in (`readAs`); when `too-long`, `''` or `'"'`, keeping the parity of the quotes of the
   * skipped bytes for the CSV reader.
   */
  readonly text: string;
  /** Why the line cannot be trusted, if it cannot (see {@link LineFault}). */
  readonly fault?: LineFault;
  /** For `mixed-encoding`: the encoding the line is really in. */
  readonly readAs?: TextEncodingName;
  /** The length of the line in bytes, without its line break (for `too-long`, all the bytes skipped). */
  readonly bytes: number;
}

const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;
const LONE_CR = /\r(?!\n|$)/;

/**
 * Cuts bytes into lines and decodes each line, holding at most one line in memory: a line
 * over `maxLineBytes` is dropped while it is read and comes out as a `too-long` line.
 *
 * A line ends at LF, at CR LF, or at a lone CR (as Excel for Mac writes), so line numbers
 * are those an editor shows whatever the line endings, mixed ones included. Lines are cut
 * on the bytes before decoding, which is safe in UTF-8, GBK and GB18030: 0x0A and 0x0D
 * never occur inside a multi-byte character of these encodings. Each line is then decoded
 * strictly on its own ({@link LineDecoder}), so an invalid byte, or a line in the other
 * encoding, is pinned to its line and never spills into the next one.
 * @example
 * const s = new LineSplitter('utf-8', MAX_LINE_BYTES);
 * [...s.push(new TextEncoder().encode('a\rb\r\nc')), ...s.end()].map((l) => l.text) // ['a', 'b', 'c']
 */
export class LineSplitter {
  private readonly decoder: LineDecoder;
  private readonly strict: InstanceType<typeof TextDecoder>;
  private parts: Uint8Array[] = [];
  private size = 0;
  private skipping = false;
  private quotes = 0;
  private line = 0;
  /** The last chunk ended on a CR: an LF starting the next one belongs to it. */
  private afterCr = false;

  constructor(
    readonly encoding: TextEncodingName,
    private readonly maxLineBytes: number = MAX_LINE_BYTES,
  ) {
    this.decoder = new LineDecoder(encoding);
    this.strict = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
  }

  /**
   * The lines a chunk completes. The chunk is not kept (what is kept is copied).
   * @example new LineSplitter('utf-8').push(new TextEncoder().encode('a\nb')).length // 1
   */
  push(chunk: Uint8Array): PhysicalLine[] {
    const batch: PhysicalLine[] = [];
    if (chunk.length === 0) return batch;
    let pos = 0;
    if (this.afterCr && chunk[0] === LF) pos = 1;
    this.afterCr = false;
    let lf = -2;
    let cr = -2;
    const next = (from: number): number => {
      if (lf !== -1 && lf < from) lf = chunk.indexOf(LF, from);
      if (cr !== -1 && cr < from) cr = chunk.indexOf(CR, from);
      return lf === -1 ? cr : cr === -1 ? lf : Math.min(lf, cr);
    };
    /** Past the break at `b`; -1 when a CR ends the chunk (its LF may start the next). */
    const past = (b: number): number => {
      if (chunk[b] === LF) return b + 1;
      if (b + 1 < chunk.length) return chunk[b + 1] === LF ? b + 2 : b + 1;
      this.afterCr = true;
      return chunk.length;
    };
    // The first line may continue what the last chunk left.
    const first = next(pos);
    if (first !== -1) {
      this.take(chunk.subarray(pos, first), false);
      batch.push(this.finish());
      pos = past(first);
      // Fast path: the whole lines between here and the chunk's last LF, decoded in one call
      // (valid whenever the bytes are, with no lone CR; else the lines go one by one below,
      // which pins a bad byte or a lone CR to its line).
      const last = chunk.lastIndexOf(LF);
      if (last >= pos) {
        const run = this.wholeLines(chunk, pos, last);
        if (run !== undefined) {
          for (const l of run) batch.push(l);
          this.line += run.length;
          pos = last + 1;
        }
      }
    }
    while (pos < chunk.length) {
      const b = next(pos);
      if (b === -1) {
        this.take(chunk.subarray(pos), true);
        break;
      }
      this.take(chunk.subarray(pos, b), false);
      batch.push(this.finish());
      pos = past(b);
    }
    return batch;
  }

  /**
   * The last line, when the input did not end with a line break.
   * @example new LineSplitter('utf-8').end() // []
   */
  end(): PhysicalLine[] {
    return this.size > 0 || this.skipping ? [this.finish()] : [];
  }

  private take(piece: Uint8Array, keep: boolean): void {
    if (this.skipping) {
      this.size += piece.length;
      this.quotes += countQuotes(piece);
    } else if (this.size + piece.length > this.maxLineBytes) {
      this.skipping = true;
      this.quotes = this.parts.reduce((n, p) => n + countQuotes(p), countQuotes(piece));
      this.size += piece.length;
      this.parts = [];
    } else if (piece.length > 0) {
      // A piece kept across chunks is copied: the chunk is not ours to hold.
      this.parts.push(keep ? piece.slice() : piece);
      this.size += piece.length;
    }
  }

  private finish(): PhysicalLine {
    const line = ++this.line;
    const bytes = this.size;
    let result: PhysicalLine;
    if (this.skipping) result = { line, text: this.quotes % 2 === 1 ? '"' : '', fault: 'too-long', bytes };
    else result = { line, bytes, ...this.decoder.decode(concat(this.parts, this.size)) };
    this.parts = [];
    this.size = 0;
    this.skipping = false;
    this.quotes = 0;
    return result;
  }

  /**
   * The lines of `chunk[from, to)` (`to` is an LF), decoded in one call, or undefined when
   * they must go one by one: bytes not valid in the encoding, a lone CR, or (in a GBK file)
   * a line that reads as UTF-8 Chinese. Byte lengths come from the LF positions.
   */
  private wholeLines(chunk: Uint8Array, from: number, to: number): PhysicalLine[] | undefined {
    let text: string;
    try {
      text = this.strict.decode(chunk.subarray(from, to));
    } catch {
      return undefined;
    }
    const crs = text.includes('\r');
    if ((crs && LONE_CR.test(text)) || this.decoder.suspect(chunk, from, to, text)) return undefined;
    const replaced = text.includes('\uFFFD');
    const texts = text.split('\n');
    const out: PhysicalLine[] = new Array<PhysicalLine>(texts.length);
    // As many characters as bytes: every character took one byte (in UTF-8, GBK and GB18030
    // alike, a longer one decodes to fewer UTF-16 units than it has bytes), so a line's bytes
    // are its length, with no search for its LF.
    const singleBytes = text.length === to - from;
    let at = from;
    const before = this.line;
    for (let i = 0; i < texts.length; i++) {
      const raw = texts[i]!;
      const nl = singleBytes ? at + raw.length : i === texts.length - 1 ? to : chunk.indexOf(LF, at);
      const t = crs && raw.endsWith('\r') ? raw.slice(0, -1) : raw;
      const bytes = nl - at - (t.length === raw.length ? 0 : 1);
      out[i] = replaced ? { line: before + i + 1, bytes, ...checked(t) } : { line: before + i + 1, text: t, bytes };
      at = nl + 1;
    }
    return out;
  }
}

/**
 * Cuts bytes into lines and decodes each line (see {@link LineSplitter}), in batches (one
 * per chunk read).
 * @example
 * for await (const batch of splitLines(chunks, 'utf-8')) for (const l of batch) l.text;
 */
export async function* splitLines(
  chunks: AsyncIterable<Uint8Array>,
  encoding: TextEncodingName,
  maxLineBytes: number = MAX_LINE_BYTES,
): AsyncGenerator<PhysicalLine[]> {
  const splitter = new LineSplitter(encoding, maxLineBytes);
  for await (const chunk of chunks) {
    const batch = splitter.push(chunk);
    if (batch.length > 0) yield batch;
  }
  const last = splitter.end();
  if (last.length > 0) yield last;
}

function countQuotes(bytes: Uint8Array): number {
  let n = 0;
  for (let i = bytes.indexOf(QUOTE); i !== -1; i = bytes.indexOf(QUOTE, i + 1)) n++;
  return n;
}
