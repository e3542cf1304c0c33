/**
 * A part of a JSON array found by {@link scanArray}: a value's offsets, or an error.
 * @example const part: ScanPart = { kind: 'value', start: 1, end: 12 };
 */
export type ScanPart =
  | { readonly kind: 'value'; readonly start: number; readonly end: number }
  | { readonly kind: 'error'; readonly at: number; readonly en: string; readonly zh: string };

const WS = new Set([0x20, 0x09, 0x0a, 0x0d, 0xfeff]);
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * Finds the top-level values of a JSON array without parsing them, so that each can be
 * parsed (and fail) on its own and be given the line it starts on. Forgiving where no
 * data is at stake (a missing or trailing comma); an error where text cannot be read
 * (not an array, a value or the array never closed, text after the closing `]`).
 *
 * Pure; linear in the length of the text.
 * @example
 * [...scanArray('[{"a":1}, {"b":2}]')].map((p) => p.kind) // ['value', 'value']
 */
export function* scanArray(text: string): Generator<ScanPart> {
  let pos = skipWs(text, 0);
  if (pos >= text.length) {
    yield error(pos, 'the file is empty: write [] for a ledger without entries', '文件为空:没有记录时请写 []');
    return;
  }
  if (text.charCodeAt(pos) !== 0x5b) {
    yield error(pos, 'a .json ledger is an array [ {…}, {…} ] (for one entry per line, use .ndjson)', '.json 台账应为数组 [ {…}, {…} ](每行一条记录请用 .ndjson)');
    return;
  }
  pos = skipWs(text, pos + 1);
  for (;;) {
    if (pos >= text.length) {
      yield error(pos, 'the array is not closed: add ] at the end', '数组未闭合:请在末尾加上 ]');
      return;
    }
    const c = text.charCodeAt(pos);
    if (c === 0x5d) break;
    if (c === 0x2c) {
      pos = skipWs(text, pos + 1); // an empty or trailing element: nothing to read
      continue;
    }
    const end = valueEnd(text, pos);
    if (end === -1) {
      yield error(pos, 'this value is never closed (a missing }, ] or "), so the rest of the file was not read', '该值未闭合(缺少 }、] 或 "),其后内容均未读取');
      return;
    }
    yield { kind: 'value', start: pos, end };
    pos = skipWs(text, end);
  }
  pos = skipWs(text, pos + 1);
  if (pos < text.length) yield error(pos, 'text after the closing ] was not read: remove it, or move it into the array', '结尾的 ] 之后还有内容,未读取:请删除或移入数组');
}

function error(at: number, en: string, zh: string): ScanPart {
  return { kind: 'error', at, en, zh };
}

function skipWs(text: string, pos: number): number {
  while (pos < text.length && WS.has(text.charCodeAt(pos))) pos++;
  return pos;
}

/** The index after the value starting at `pos`, or -1 when it is never closed. */
function valueEnd(text: string, pos: number): number {
  const c = text.charCodeAt(pos);
  if (c === QUOTE) return stringEnd(text, pos);
  if (c === 0x7b || c === 0x5b) {
    let depth = 0;
    for (let i = pos; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (ch === QUOTE) {
        const e = stringEnd(text, i);
        if (e === -1) return -1;
        i = e - 1;
      } else if (ch === 0x7b || ch === 0x5b) depth++;
      else if (ch === 0x7d || ch === 0x5d) {
        depth--;
        if (depth === 0) return i + 1;
      }
    }
    return -1;
  }
  // A bare word or number (or junk): up to the next separator; at least one character.
  let i = pos + 1;
  while (i < text.length && !isSeparator(text.charCodeAt(i))) i++;
  return i;
}

function isSeparator(c: number): boolean {
  return WS.has(c) || c === 0x2c || c === 0x5d || c === 0x5b || c === 0x7b || c === 0x7d || c === QUOTE;
}

/** The index after the string whose opening quote is at `pos`, or -1. */
function stringEnd(text: string, pos: number): number {
  let i = text.indexOf('"', pos + 1);
  while (i !== -1) {
    let slashes = 0;
    for (let j = i - 1; text.charCodeAt(j) === BACKSLASH; j--) slashes++;
    if (slashes % 2 === 0) return i + 1;
    i = text.indexOf('"', i + 1);
  }
  return -1;
}
