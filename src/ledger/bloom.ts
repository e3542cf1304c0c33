/**
 * A Bloom filter of strings: "maybe seen" or "certainly not seen", in a fixed number of
 * bits. Used to find the few ids of a huge ledger that may repeat, without keeping every id.
 */
export class BloomFilter {
  /** Blocks of 512 bits (16 words, one cache line): all the bits of a string fall in one block. */
  private readonly bits: Uint32Array;
  private readonly blocks: number;
  private readonly hashes: number;

  /** Room for `expected` strings at `bitsPerItem` bits each (16 bits, the default: about 0.1% false positives). */
  constructor(expected: number, bitsPerItem = 16) {
    const wanted = Math.max(1024, Math.ceil(Math.max(1, expected) * bitsPerItem));
    this.blocks = Math.ceil(Math.min(wanted, 2 ** 32) / 512);
    this.bits = new Uint32Array(this.blocks * 16);
    this.hashes = Math.max(1, Math.round(bitsPerItem * Math.LN2));
  }

  /** Adds `s`; returns true when it may have been added before. */
  add(s: string): boolean {
    // Two 32-bit FNV-1a style hashes over the UTF-16 code units: one picks the block, the
    // other the bits within it (double hashing).
    let h1 = 0x811c9dc5;
    let h2 = 0x01000193 ^ s.length;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 15);
    }
    const base = Math.floor(((h1 >>> 0) / 2 ** 32) * this.blocks) * 16;
    const step = (h2 >>> 9) | 1;
    let seen = true;
    for (let k = 0; k < this.hashes; k++) {
      const bit = (h2 + Math.imul(k, step)) & 511;
      const word = base + (bit >>> 5);
      const mask = 1 << (bit & 31);
      if ((this.bits[word]! & mask) === 0) {
        seen = false;
        this.bits[word]! |= mask;
      }
    }
    return seen;
  }
}
