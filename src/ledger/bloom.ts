/**
 * A Bloom filter of strings: "maybe seen" or "certainly not seen", in a fixed number of
 * bits. Used to find the few ids of a huge ledger that may repeat, without keeping every id.
 */
export class BloomFilter {
  private readonly bits: Uint32Array;
  private readonly size: number;
  private readonly hashes: number;

  /** Room for `expected` strings at `bitsPerItem` bits each (12 bits: about 0.3% false positives). */
  constructor(expected: number, bitsPerItem = 12) {
    const wanted = Math.max(1024, Math.ceil(Math.max(1, expected) * bitsPerItem));
    this.size = Math.min(wanted, 2 ** 32 - 32);
    this.bits = new Uint32Array(Math.ceil(this.size / 32));
    this.hashes = Math.max(1, Math.round(bitsPerItem * Math.LN2));
  }

  /** Adds `s`; returns true when it may have been added before. */
  add(s: string): boolean {
    // Two 32-bit FNV-1a style hashes over the UTF-16 code units, combined (double hashing).
    let h1 = 0x811c9dc5;
    let h2 = 0x01000193 ^ s.length;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 15);
    }
    h2 |= 1;
    let seen = true;
    for (let k = 0; k < this.hashes; k++) {
      const bit = ((h1 + Math.imul(k, h2)) >>> 0) % this.size;
      const word = bit >>> 5;
      const mask = 1 << (bit & 31);
      if ((this.bits[word]! & mask) === 0) {
        seen = false;
        this.bits[word]! |= mask;
      }
    }
    return seen;
  }
}
