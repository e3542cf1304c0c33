import { InvalidOptionsError } from '../errors/errors.js';
import { gbkText, notChinese, utf8Chinese } from './line-decode.js';
import type { FileEncodingName, TextEncodingName } from './types.js';

/**
 * How many bytes `encoding: 'auto'` looks at.
 * @example detectEncoding(head.subarray(0, SNIFF_BYTES))
 */
export const SNIFF_BYTES = 64 * 1024;

const BOM = [0xef, 0xbb, 0xbf] as const;

/**
 * The encoding of a file from its first bytes: `utf-8` when they start with a UTF-8 BOM
 * or are valid UTF-8 (a character cut by the end of the sample is allowed), else
 * `gb18030`, the superset of GBK that Excel on a Chinese Windows writes, unless more of
 * the sample's lines read as UTF-8 Chinese (see `utf8Chinese`) than are invalid UTF-8: a
 * UTF-8 file with a few GBK lines is UTF-8 (and those lines are `mixed-encoding`).
 * A sample that is valid UTF-8 but whose every line with a non-ASCII character reads as
 * GBK Chinese (short GBK files often are valid UTF-8: GBK `农业` reads `ũҵ`) is `gb18030`.
 *
 * Pure. Text that is valid in both (plain ASCII) is UTF-8, which reads the same.
 * @example
 * detectEncoding(new TextEncoder().encode('编号,窗口')) // 'utf-8'
 * detectEncoding(new Uint8Array([0xb1, 0xe0, 0xba, 0xc5])) // 'gb18030' (编号 in GBK)
 * detectEncoding(new Uint8Array([0xc5, 0xa9, 0xd2, 0xb5])) // 'gb18030' (农业 in GBK, valid UTF-8 too)
 */
export function detectEncoding(head: Uint8Array): TextEncodingName {
  if (hasBom(head)) return 'utf-8';
  let text: string;
  try {
    // stream: true keeps an incomplete last character pending instead of failing on it.
    text = new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
  } catch {
    return majority(head);
  }
  return notChinese(text) && allGbk(head) ? 'gb18030' : 'utf-8';
}

/**
 * Whether a sample that is valid UTF-8 is GBK all the same: at least one line looks GBK
 * (see `gbkText`: GBK `医院` / `农业` are valid UTF-8, `ҽԺ` / `ũҵ`) and every other line
 * with a non-ASCII character is not UTF-8 text either (none reads as UTF-8 Chinese, Latin-1 …).
 * A last line cut by the end of the sample in the middle of a character does not vote.
 */
function allGbk(head: Uint8Array): boolean {
  const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let gbk = 0;
  for (let from = 0; from < head.length; ) {
    const brk = nextBreak(head, from);
    const to = brk === -1 ? head.length : brk;
    const raw = head.subarray(from, to);
    from = to + 1;
    if (!raw.some((b) => b >= 0x80)) continue;
    let text: string;
    try {
      text = strict.decode(raw);
    } catch {
      if (brk === -1) continue;
      return false;
    }
    if (gbkText(raw, text) === undefined) return false;
    gbk++;
  }
  return gbk > 0;
}

/** `utf-8` when more lines of the sample read as UTF-8 Chinese than are invalid UTF-8. */
function majority(head: Uint8Array): TextEncodingName {
  const strict = new TextDecoder('utf-8', { fatal: true });
  let utf8 = 0;
  let other = 0;
  let from = 0;
  // The last line may be cut by the end of the sample: it does not vote.
  for (let to = nextBreak(head, 0); to !== -1; from = to + 1, to = nextBreak(head, from)) {
    if (utf8Chinese(head, from, to)) utf8++;
    else {
      try {
        strict.decode(head.subarray(from, to));
      } catch {
        other++;
      }
    }
  }
  return utf8 > other ? 'utf-8' : 'gb18030';
}

function nextBreak(bytes: Uint8Array, from: number): number {
  const lf = bytes.indexOf(0x0a, from);
  const cr = bytes.indexOf(0x0d, from);
  return lf === -1 ? cr : cr === -1 ? lf : Math.min(lf, cr);
}

/**
 * Whether bytes start with the UTF-8 byte order mark.
 * @example hasBom(new Uint8Array([0xef, 0xbb, 0xbf, 0x61])) // true
 */
export function hasBom(bytes: Uint8Array): boolean {
  return bytes[0] === BOM[0] && bytes[1] === BOM[1] && bytes[2] === BOM[2];
}

/**
 * The byte chunks of a source, checked to be bytes, as one async iterable.
 * Chunks must not be changed after they are yielded (Node's streams never do).
 * @throws {InvalidOptionsError} (when iterated) if a chunk is not a Uint8Array, e.g. a
 * stream with `setEncoding` that yields strings.
 * @example for await (const chunk of byteChunks([new Uint8Array([0x61])])) chunk.length // 1
 */
export async function* byteChunks(source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  for await (const chunk of source as AsyncIterable<unknown> | Iterable<unknown>) {
    if (!(chunk instanceof Uint8Array)) {
      throw new InvalidOptionsError(`source must yield Uint8Array chunks (bytes), got ${typeof chunk}: do not set an encoding on the stream`, ['source']);
    }
    if (chunk.length > 0) yield chunk;
  }
}

/**
 * The UTF-16 encoding a byte order mark names (FF FE little endian, FE FF big endian), if any.
 * @example utf16Bom(new Uint8Array([0xff, 0xfe, 0x61, 0x00])) // 'utf-16le'
 */
export function utf16Bom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/**
 * UTF-16 bytes (BOM first) as UTF-8 bytes, chunk by chunk (a character or a surrogate pair
 * cut by a chunk end is kept for the next). An unpaired surrogate or an odd last byte
 * becomes U+FFFD, which the line reader then reports as `bad-encoding` on its line.
 * @example for await (const c of utf16ToUtf8(chunks, 'utf-16le')) c.length
 */
export async function* utf16ToUtf8(chunks: AsyncIterable<Uint8Array>, encoding: 'utf-16le' | 'utf-16be'): AsyncGenerator<Uint8Array> {
  const decoder = new TextDecoder(encoding); // drops the BOM
  const encoder = new TextEncoder();
  for await (const chunk of chunks) {
    const text = decoder.decode(chunk, { stream: true });
    if (text.length > 0) yield encoder.encode(text);
  }
  const last = decoder.decode();
  if (last.length > 0) yield encoder.encode(last);
}

/**
 * Bytes whose encoding is settled.
 * @example const { encoding, chunks }: DecodedSource = await settleEncoding(byteChunks(file), 'auto');
 */
export interface DecodedSource {
  /** The encoding the lines are decoded in (`utf-8` for a UTF-16 file, read through UTF-8). */
  readonly encoding: TextEncodingName;
  /** The encoding the file is in. */
  readonly found: FileEncodingName;
  /** The bytes, UTF-8 BOM removed (a UTF-16 file's as UTF-8, BOM removed). */
  readonly chunks: AsyncGenerator<Uint8Array>;
}

/**
 * Reads up to {@link SNIFF_BYTES} of a source to settle its encoding (`auto`: by
 * {@link detectEncoding}), removes a UTF-8 BOM when decoding UTF-8, and hands back all
 * the bytes, the sample included. A UTF-16 byte order mark settles it whatever was asked
 * (the bytes are then handed back as UTF-8, see {@link utf16ToUtf8}): no other encoding
 * can read such a file.
 * @example
 * const { encoding, chunks } = await settleEncoding(byteChunks(file), 'auto');
 */
export async function settleEncoding(chunks: AsyncGenerator<Uint8Array>, requested: FileEncodingName | 'auto'): Promise<DecodedSource> {
  const head: Uint8Array[] = [];
  let size = 0;
  let done = false;
  while (size < SNIFF_BYTES) {
    const next = await chunks.next();
    if (next.done === true) {
      done = true;
      break;
    }
    head.push(next.value);
    size += next.value.length;
  }
  let first = concat(head, size);
  const utf16 = utf16Bom(first);
  if (utf16 !== undefined) return { encoding: 'utf-8', found: utf16, chunks: utf16ToUtf8(replay(first, done ? undefined : chunks), utf16) };
  const encoding = requested === 'auto' || requested === 'utf-16le' || requested === 'utf-16be' ? detectEncoding(first) : requested;
  if (encoding === 'utf-8' && hasBom(first)) first = first.subarray(3);
  return { encoding, found: encoding, chunks: replay(first, done ? undefined : chunks) };
}

async function* replay(first: Uint8Array, rest: AsyncGenerator<Uint8Array> | undefined): AsyncGenerator<Uint8Array> {
  if (first.length > 0) yield first;
  if (rest !== undefined) yield* rest;
}

/**
 * Joins byte arrays of total length `size` into one.
 * @example concat([new Uint8Array([1]), new Uint8Array([2, 3])], 3) // Uint8Array [1, 2, 3]
 */
export function concat(parts: readonly Uint8Array[], size: number): Uint8Array {
  if (parts.length === 1 && parts[0] !== undefined) return parts[0];
  const out = new Uint8Array(size);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
