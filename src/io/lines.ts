import { concat } from './encoding.js';
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
  /** 1-based. */
  readonly line: number;
  /**
   * The text without its line break (LF or CR LF). When `fault` is `bad-encoding`, the
   * text decoded with U+FFFD for the bad bytes; when `too-long`, `''` or `'"'`, keeping
   * the parity of the quotes of the skipped bytes for the CSV reader.
   */
  readonly text: string;
  /** Why the line cannot be trusted, if it cannot. */
  readonly fault?: 'bad-encoding' | 'too-long';
  /** The length of the line in bytes (for `too-long`, all the bytes skipped). */
  readonly bytes: number;
}

const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;

/**
 * Cuts bytes into lines and decodes each line, in batches (one per chunk read), holding
 * at most one line in memory: a line over `maxLineBytes` is dropped while it is read and
 * comes out as a `too-long` line.
 *
 * Lines are cut on the byte LF before decoding, which is safe in UTF-8, GBK and GB18030:
 * 0x0A never occurs inside a multi-byte character of these encodings. Each line is then
 * decoded strictly on its own, so an invalid byte is pinned to its line (`bad-encoding`)
 * and never spills into the next one.
 * @example
 * for await (const batch of splitLines(chunks, 'utf-8')) for (const l of batch) l.text;
 */
export async function* splitLines(
  chunks: AsyncIterable<Uint8Array>,
  encoding: TextEncodingName,
  maxLineBytes: number = MAX_LINE_BYTES,
): AsyncGenerator<PhysicalLine[]> {
  const strict = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
  const lossy = new TextDecoder(encoding, { ignoreBOM: true });
  let parts: Uint8Array[] = [];
  let size = 0;
  let skipping = false;
  let quotes = 0;
  let line = 0;

  const take = (piece: Uint8Array, keep: boolean): void => {
    if (skipping) {
      size += piece.length;
      quotes += countQuotes(piece);
    } else if (size + piece.length > maxLineBytes) {
      skipping = true;
      quotes = parts.reduce((n, p) => n + countQuotes(p), countQuotes(piece));
      size += piece.length;
      parts = [];
    } else if (piece.length > 0) {
      // A piece kept across chunks is copied: the chunk is not ours to hold.
      parts.push(keep ? piece.slice() : piece);
      size += piece.length;
    }
  };

  const finish = (): PhysicalLine => {
    line++;
    const bytes = size;
    let result: PhysicalLine;
    if (skipping) {
      result = { line, text: quotes % 2 === 1 ? '"' : '', fault: 'too-long', bytes };
    } else {
      let raw = concat(parts, size);
      if (raw.length > 0 && raw[raw.length - 1] === CR) raw = raw.subarray(0, raw.length - 1);
      try {
        result = { line, text: strict.decode(raw), bytes };
      } catch {
        result = { line, text: lossy.decode(raw), fault: 'bad-encoding', bytes };
      }
    }
    parts = [];
    size = 0;
    skipping = false;
    quotes = 0;
    return result;
  };

  for await (const chunk of chunks) {
    const batch: PhysicalLine[] = [];
    let pos = 0;
    // The first line may continue what the last chunk left.
    const first = chunk.indexOf(LF);
    if (first !== -1) {
      take(chunk.subarray(0, first), false);
      batch.push(finish());
      pos = first + 1;
      // Fast path: the whole lines between here and the chunk's last LF, decoded in one call
      // (valid whenever the bytes are; any bad byte sends the run through the line-by-line
      // path, which pins it to its line).
      const last = chunk.lastIndexOf(LF);
      if (last >= pos) {
        const run = wholeLines(chunk, pos, last, strict, line);
        if (run !== undefined) {
          for (const l of run) batch.push(l);
          line += run.length;
          pos = last + 1;
        }
      }
    }
    while (pos < chunk.length) {
      const nl = chunk.indexOf(LF, pos);
      if (nl === -1) {
        take(chunk.subarray(pos), true);
        break;
      }
      take(chunk.subarray(pos, nl), false);
      batch.push(finish());
      pos = nl + 1;
    }
    if (batch.length > 0) yield batch;
  }
  if (size > 0 || skipping) yield [finish()];
}

function countQuotes(bytes: Uint8Array): number {
  let n = 0;
  for (let i = bytes.indexOf(QUOTE); i !== -1; i = bytes.indexOf(QUOTE, i + 1)) n++;
  return n;
}

/**
 * The lines of `chunk[from, to)` (`to` is an LF), decoded in one call, or undefined when
 * the bytes are not valid in the encoding. Byte lengths come from the LF positions.
 */
function wholeLines(chunk: Uint8Array, from: number, to: number, strict: InstanceType<typeof TextDecoder>, before: number): PhysicalLine[] | undefined {
  let text: string;
  try {
    text = strict.decode(chunk.subarray(from, to));
  } catch {
    return undefined;
  }
  const texts = text.split('\n');
  const out: PhysicalLine[] = new Array<PhysicalLine>(texts.length);
  // As many characters as bytes: every character took one byte (in UTF-8, GBK and GB18030
  // alike, a longer one decodes to fewer UTF-16 units than it has bytes), so a line's bytes
  // are its length, with no search for its LF.
  const singleBytes = text.length === to - from;
  let at = from;
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i]!;
    const nl = singleBytes ? at + t.length : i === texts.length - 1 ? to : chunk.indexOf(LF, at);
    out[i] = { line: before + i + 1, text: t.endsWith('\r') ? t.slice(0, -1) : t, bytes: nl - at };
    at = nl + 1;
  }
  return out;
}
