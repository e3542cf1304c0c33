import { VERSION } from '../version.js';
import { sha256Hex, stableStringify } from './hash.js';

/**
 * What a result was computed from, so anyone holding the same rubric and ledger can check
 * it: SHA-256 of the rubric (canonical JSON of the parsed rubric), of the scoring options
 * (period, time zone, windows, people, inputs), and of the accepted ledger (each accepted
 * entry's canonical JSON hashed, the digests sorted, then hashed: entry order never
 * matters), with the library's version.
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

/** The canonical digest of one ledger entry as handed in. */
export function entryDigest(raw: object): string {
  return sha256Hex(stableStringify(raw));
}

/** The order-independent hash of a set of entry digests. */
export function ledgerHash(digests: readonly string[]): string {
  return sha256Hex([...digests].sort().join('\n'));
}

/** A result's fingerprint. */
export function fingerprintOf(rubric: unknown, options: unknown, digests: readonly string[] | null, entries: number): Fingerprint {
  return {
    algorithm: 'sha256',
    library: VERSION,
    rubric: sha256Hex(stableStringify(rubric)),
    options: sha256Hex(stableStringify(options)),
    ledger: digests === null ? null : ledgerHash(digests),
    entries,
  };
}
