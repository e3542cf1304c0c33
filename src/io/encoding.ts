import { InvalidOptionsError } from '../errors/errors.js';
import { gbkText, notChinese, utf8Chinese } from './line-decode.js';
import type { TextEncodingName } from './types.js';

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
 * Bytes whose encoding is settled.
 * @example const { encoding, chunks }: DecodedSource = await settleEncoding(byteChunks(file), 'auto');
 */
export interface DecodedSource {
  readonly encoding: TextEncodingName;
  /** The bytes, UTF-8 BOM removed. */
  readonly chunks: AsyncGenerator<Uint8Array>;
}

/**
 * Reads up to {@link SNIFF_BYTES} of a source to settle its encoding (`auto`: by
 * {@link detectEncoding}), removes a UTF-8 BOM when decoding UTF-8, and hands back all
 * the bytes, the sample included.
 * @example
 * const { encoding, chunks } = await settleEncoding(byteChunks(file), 'auto');
 */
export async function settleEncoding(chunks: AsyncGenerator<Uint8Array>, requested: TextEncodingName | 'auto'): Promise<DecodedSource> {
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
  const encoding = requested === 'auto' ? detectEncoding(first) : requested;
  if (encoding === 'utf-8' && hasBom(first)) first = first.subarray(3);
  return { encoding, chunks: replay(first, done ? undefined : chunks) };
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
