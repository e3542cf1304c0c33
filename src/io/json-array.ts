import { scanArray } from './json-scan.js';
import type { PhysicalLine } from './lines.js';
import { ESCAPED_FFFD, isPlainObject, type ReaderCounts } from './ndjson.js';
import { badJson, lineFault, notAnObject, readProblem } from './problems.js';
import type { ReadItem, TextEncodingName } from './types.js';

/**
 * The largest `.json` ledger read, in bytes: a JSON array is read whole, so bigger files
 * must be NDJSON (which is read line by line, of any size).
 * @example MAX_JSON_BYTES / 1048576 // 128 (MiB)
 */
export const MAX_JSON_BYTES = 128 * 1024 * 1024;

/** How many items {@link readJsonArray} hands on at a time. */
const JSON_BATCH = 1024;

/**
 * Reads a JSON array of entries. The file is held in memory whole (up to
 * {@link MAX_JSON_BYTES}; a bigger one is one `too-long` problem). Each element is parsed
 * on its own: a bad element is one problem on the line it starts on, and the others are
 * still read. Items come in arrays of up to {@link JSON_BATCH}.
 * @example
 * const counts = { records: 0, blank: 0, header: 0 };
 * for await (const items of readJsonArray(splitLines(chunks, 'utf-8', MAX_JSON_BYTES), 'utf-8', counts)) use(items);
 */
export async function* readJsonArray(
  batches: AsyncIterable<readonly PhysicalLine[]>,
  encoding: TextEncodingName,
  counts: ReaderCounts,
): AsyncGenerator<ReadItem[]> {
  let texts: string[] = [];
  const bad: PhysicalLine[] = [];
  let bytes = 0;
  let overflow: PhysicalLine | undefined;
  for await (const batch of batches) {
    for (const l of batch) {
      bytes += l.bytes + 1;
      if (overflow !== undefined) continue;
      if (l.fault === 'too-long' || bytes > MAX_JSON_BYTES) {
        overflow = l;
        texts = [];
        continue;
      }
      if (l.fault !== undefined) bad.push(l);
      texts.push(l.text);
    }
  }
  if (overflow !== undefined) {
    counts.records++;
    const mib = MAX_JSON_BYTES / 1048576;
    yield [{ kind: 'problem', problem: readProblem('too-long', 1,
      `the file is over the ${mib} MiB a .json ledger (read whole) may have`,
      `文件超过 .json 台账(整体读入)${mib} MiB 的上限`) }];
    return;
  }
  let items: ReadItem[] = [];
  for (const item of elements(texts.join('\n'), bad, encoding, counts)) {
    items.push(item);
    if (items.length === JSON_BATCH) {
      yield items;
      items = [];
    }
  }
  if (items.length > 0) yield items;
}

function* elements(text: string, bad: readonly PhysicalLine[], encoding: TextEncodingName, counts: ReaderCounts): Generator<ReadItem> {
  const lines = lineCounter(text);
  let nextBad = 0;
  for (const part of scanArray(text)) {
    counts.records++;
    if (part.kind === 'error') {
      const line = lines(part.at);
      yield { kind: 'problem', problem: readProblem('bad-json', line, part.en, part.zh) };
      continue;
    }
    const line = lines(part.start);
    const last = lines(part.end - 1);
    while (nextBad < bad.length && (bad[nextBad]?.line ?? 0) < line) nextBad++;
    const faultLine = bad[nextBad];
    if (faultLine !== undefined && faultLine.line <= last) {
      yield { kind: 'problem', problem: lineFault(line, faultLine, encoding) };
      continue;
    }
    const slice = text.slice(part.start, part.end);
    if (ESCAPED_FFFD.test(slice)) {
      yield { kind: 'problem', problem: lineFault(line, { line, text: slice, fault: 'replacement-char', bytes: 0 }, encoding) };
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(slice);
    } catch (e) {
      yield { kind: 'problem', problem: badJson(line, e instanceof Error ? e.message : String(e)) };
      continue;
    }
    yield isPlainObject(value) ? { kind: 'entry', line, entry: value } : { kind: 'problem', problem: notAnObject(line, value) };
  }
}

/** The 1-based line of an offset; offsets must not decrease from call to call. */
function lineCounter(text: string): (offset: number) => number {
  let at = 0;
  let line = 1;
  return (offset) => {
    for (; at < offset; at++) if (text.charCodeAt(at) === 0x0a) line++;
    return line;
  };
}
