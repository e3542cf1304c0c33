import type { PhysicalLine } from './lines.js';
import { badJson, lineFault, notAnObject, tooLong } from './problems.js';
import type { ReadItem, TextEncodingName } from './types.js';

/**
 * What a reader counted, besides the items it yielded.
 * @example const counts: ReaderCounts = { records: 0, blank: 0, header: 0 };
 */
export interface ReaderCounts {
  records: number;
  blank: number;
  header: number;
}

/**
 * Reads NDJSON (one JSON value per line): each line is an entry, a problem, or blank.
 * Constant memory: one batch of lines at a time, its items in one array.
 * @example
 * const counts = { records: 0, blank: 0, header: 0 };
 * for await (const items of readNdjson(splitLines(chunks, 'utf-8'), 'utf-8', counts, MAX_LINE_BYTES)) use(items);
 */
export async function* readNdjson(
  batches: AsyncIterable<readonly PhysicalLine[]>,
  encoding: TextEncodingName,
  counts: ReaderCounts,
  maxLineBytes: number,
): AsyncGenerator<ReadItem[]> {
  for await (const batch of batches) {
    const items: ReadItem[] = [];
    for (const l of batch) {
      counts.records++;
      const item = ndjsonLine(l, encoding, maxLineBytes);
      if (item === undefined) counts.blank++;
      else items.push(item);
    }
    if (items.length > 0) yield items;
  }
}

/**
 * One NDJSON line as an item, or `undefined` when it is blank.
 * @example ndjsonLine({ line: 2, text: '[1]', bytes: 3 }, 'utf-8', 1e6) // a not-an-object problem
 */
export function ndjsonLine(l: PhysicalLine, encoding: TextEncodingName, maxLineBytes: number): ReadItem | undefined {
  if (l.fault === 'too-long') return { kind: 'problem', problem: tooLong(l.line, l.line, l.bytes, maxLineBytes) };
  if (l.fault !== undefined) return { kind: 'problem', problem: lineFault(l.line, l, encoding) };
  if (l.text.trim() === '') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(l.text);
  } catch (e) {
    return { kind: 'problem', problem: badJson(l.line, e instanceof Error ? e.message : String(e)) };
  }
  if (!isPlainObject(value)) return { kind: 'problem', problem: notAnObject(l.line, value) };
  if (ESCAPED_FFFD.test(l.text)) return { kind: 'problem', problem: lineFault(l.line, { ...l, fault: 'replacement-char' }, encoding) };
  return { kind: 'entry', line: l.line, entry: value };
}

/**
 * U+FFFD written as a JSON escape (`\\ufffd`): a character already lost, as when the raw
 * character is in the text (see `replacement-char`).
 * @example ESCAPED_FFFD.test('{"windowId":"住\\ufffd"}') // true
 */
export const ESCAPED_FFFD = /\\u[fF]{3}[dD]/;

/**
 * Whether a parsed JSON value is an object (not null, not an array).
 * @example isPlainObject(JSON.parse('{"id":"e1"}')) // true
 */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The id of an NDJSON line shaped as `JSON.stringify` writes entries (`{"id":"…",…`), read
 * without parsing the line, or undefined when that cannot be done safely: the line must
 * hold no backslash at all (so no escape, in the id or in a key spelt `"\u0069d"`) and no
 * second `"id"` (JSON.parse keeps the last of repeated keys). For a line that parses as an
 * object, a defined answer is exactly the `id` JSON.parse gives.
 * @example
 * leadingId('{"id":"e1","windowId":"W01"}') // 'e1'
 * leadingId('{ "id": "e1" }') // undefined (parse it)
 */
export function leadingId(text: string): string | undefined {
  if (!text.startsWith('{"id":"')) return undefined;
  const end = text.indexOf('"', 7);
  if (end === -1 || text.indexOf('\\') !== -1 || text.indexOf('"id"', end) !== -1) return undefined;
  return text.slice(7, end);
}
