import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';

/**
 * JSON with object keys sorted at every level (code-unit order) and `undefined` members
 * left out: the same value always gives the same text.
 * @example stableStringify({ b: 1, a: [2, { d: 3, c: undefined }] }) // '{"a":[2,{"d":3}],"b":1}'
 */
export function stableStringify(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (!Array.isArray(value)) {
    // Fast path for flat records (ledger entries): no nested objects, sort keys, write once.
    const o = value as Record<string, unknown>;
    const keys = Object.keys(o).sort();
    let out = '{';
    for (const k of keys) {
      const v = o[k];
      if (v === undefined) continue;
      if (v !== null && typeof v === 'object') return nested(o);
      out += `${out.length > 1 ? ',' : ''}${quotedKey(k)}${scalar(v)}`;
    }
    return `${out}}`;
  }
  return nested(value);
}

/** Characters JSON.stringify escapes in a string (surrogates: it escapes the lone ones, so any send the string to it). */
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;
const quotedKeys = new Map<string, string>();

/** `"key":`, remembered for the few keys records have. */
function quotedKey(k: string): string {
  let q = quotedKeys.get(k);
  if (q === undefined) {
    q = `${JSON.stringify(k)}:`;
    if (quotedKeys.size < 1024) quotedKeys.set(k, q);
  }
  return q;
}

/** JSON.stringify of a value that is not an object, without calling it for plain strings and numbers. */
function scalar(v: unknown): string {
  if (typeof v === 'string') return NEEDS_ESCAPE.test(v) ? JSON.stringify(v) : `"${v}"`;
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : 'null';
  return `${JSON.stringify(v)}`;
}

function nested(value: object): string {
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : stableStringify(v))).join(',')}]`;
  const o = value as Record<string, unknown>;
  const keys = Object.keys(o).filter((k) => o[k] !== undefined).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${stableStringify(o[k])}`).join(',')}}`;
}

/** SHA-256 of a string's UTF-8 bytes, as lowercase hex. Pure JavaScript: Node and browsers alike. */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}
