import { readFileSync } from 'node:fs';
import { LedgerFileError } from '../errors/errors.js';
import { detectEncoding, hasBom, SNIFF_BYTES, utf16Bom } from './encoding.js';
import { LineSplitter, MAX_LINE_BYTES, type PhysicalLine } from './lines.js';
import { lineFault, readProblem } from './problems.js';
import type { FileEncodingName, ReadProblem, TextEncodingName } from './types.js';

/**
 * A small text file (a window list, a survey, inputs, staff, votes, a rubric) decoded as a
 * ledger is: the same encoding detection (UTF-8 or GB18030 from the first 64 KiB, a BOM
 * dropped), the same line breaks (LF, CR LF, lone CR) and line numbers, and the same
 * problems for a line that cannot be trusted (`bad-encoding`, `mixed-encoding`, U+FFFD).
 * A file that starts with a UTF-16 BOM (Excel's "Unicode 文本") is read as UTF-16.
 * @example const t: TextFile = decodeText(new TextEncoder().encode('W01\r\nW02'));
 */
export interface TextFile {
  readonly encoding: FileEncodingName;
  /** The lines, numbered from 1. */
  readonly lines: readonly PhysicalLine[];
  /** The lines joined with LF (line `n` of the text is line `n` of the file). */
  readonly text: string;
  /** A problem for each line that cannot be trusted; none means every line was decoded as it is. */
  readonly problems: readonly ReadProblem[];
}

/**
 * Decodes a whole small file's bytes (see {@link TextFile}).
 * @example decodeText(new Uint8Array([0xd7, 0xa1, 0xbd, 0xa8])).text // '住建' (GBK)
 */
export function decodeText(bytes: Uint8Array, requested: TextEncodingName | 'auto' = 'auto'): TextFile {
  const utf16 = utf16Bom(bytes);
  const encoding = utf16 !== undefined ? 'utf-8' : requested === 'auto' ? detectEncoding(bytes.subarray(0, SNIFF_BYTES)) : requested;
  // UTF-16 (BOM dropped; an unpaired surrogate becomes U+FFFD, a bad-encoding line) is read through UTF-8.
  const body = utf16 !== undefined ? new TextEncoder().encode(new TextDecoder(utf16).decode(bytes)) : encoding === 'utf-8' && hasBom(bytes) ? bytes.subarray(3) : bytes;
  const splitter = new LineSplitter(encoding, MAX_LINE_BYTES);
  const lines = [...splitter.push(body), ...splitter.end()];
  const problems: ReadProblem[] = [];
  for (const l of lines) {
    if (l.fault === 'too-long') problems.push(readProblem('too-long', l.line, `the line has over ${MAX_LINE_BYTES} bytes`, `该行超过 ${MAX_LINE_BYTES} 字节`));
    else if (l.fault !== undefined) problems.push(lineFault(l.line, l, encoding));
  }
  return { encoding: utf16 ?? encoding, lines, text: lines.map((l) => l.text).join('\n'), problems };
}

/**
 * Reads a small file whole and decodes it (see {@link decodeText}).
 * @throws {LedgerFileError} when the file cannot be read.
 * @example readTextFile('民主测评.csv').problems.length // 0
 */
export function readTextFile(path: string, requested: TextEncodingName | 'auto' = 'auto'): TextFile {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new LedgerFileError(path, e);
  }
  return decodeText(bytes, requested);
}

/**
 * The 1-based line of a character offset in a {@link TextFile}'s text.
 * @example lineAt('a\nb', 2) // 2
 */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
