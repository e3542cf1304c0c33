import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import { VERSION } from '../version.js';
import { sha256Hex, stableStringify } from './hash.js';
import { compareIds } from '../ledger/table.js';

/**
 * What a result was computed from, so anyone holding the same rubric and ledger can check
 * it: SHA-256 of the rubric (canonical JSON of the parsed rubric), of the scoring options
 * (period, time zone, windows, people, inputs), and of the accepted ledger (the accepted
 * entries' canonical JSON, one per line, in id order: entry order never matters, and ids
 * are unique among accepted entries), with the library's version.
 */
export interface Fingerprint {
  readonly algorithm: 'sha256';
  readonly library: string;
  readonly rubric: string;
  readonly options: string;
  /** Null when scoring was asked to skip it (`fingerprint: false`). */
  readonly ledger: string | null;
  /** How many accepted entries the ledger hash covers. */
  readonly entries: number;
}

const CHUNK = 1 << 16;

/**
 * SHA-256 of the accepted entries: each entry's canonical JSON on its own line, sorted by
 * id. Hashed in chunks, so a million entries cost one pass and little garbage.
 */
export function ledgerHash(entries: readonly { readonly id: string; readonly raw: object }[]): string {
  // Sorted by id, stably: of entries sharing an id (the library never passes any) the last one counts.
  const sorted = entries.slice().sort((a, b) => compareIds(a.id, b.id));
  const hash = sha256.create();
  let buffer = '';
  for (let i = 0; i < sorted.length; i++) {
    const e = sorted[i]!;
    if (i + 1 < sorted.length && sorted[i + 1]!.id === e.id) continue;
    buffer += `${stableStringify(e.raw)}\n`;
    if (buffer.length >= CHUNK) {
      hash.update(utf8ToBytes(buffer));
      buffer = '';
    }
  }
  hash.update(utf8ToBytes(buffer));
  return bytesToHex(hash.digest());
}

/** A result's fingerprint. */
export function fingerprintOf(
  rubric: unknown,
  options: unknown,
  accepted: readonly { readonly id: string; readonly raw: object }[] | null,
  entries: number,
): Fingerprint {
  return {
    algorithm: 'sha256',
    library: VERSION,
    rubric: sha256Hex(stableStringify(rubric)),
    options: sha256Hex(stableStringify(options)),
    ledger: accepted === null ? null : ledgerHash(accepted),
    entries,
  };
}
