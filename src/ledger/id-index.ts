import { WindowScorecardError } from '../errors/errors.js';

/** FNV-1a over the UTF-16 code units of a string: 32 bits, the same on every machine. */
export function idHash(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const BITS = 11;
const BUCKETS = 1 << BITS;

/** Sorts `keys` (with `values` alongside) by key, stably: least-significant-digit radix, 11 bits a pass. */
function radixSort(keys: Uint32Array, values: Uint32Array): [Uint32Array, Uint32Array] {
  const n = keys.length;
  let k1 = keys;
  let v1 = values;
  let k2: Uint32Array = new Uint32Array(n);
  let v2: Uint32Array = new Uint32Array(n);
  const at = new Uint32Array(BUCKETS);
  for (let shift = 0; shift < 32; shift += BITS) {
    at.fill(0);
    for (let i = 0; i < n; i++) at[(k1[i]! >>> shift) & (BUCKETS - 1)]!++;
    let sum = 0;
    for (let b = 0; b < BUCKETS; b++) {
      const c = at[b]!;
      at[b] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const k = k1[i]!;
      const p = at[(k >>> shift) & (BUCKETS - 1)]!++;
      k2[p] = k;
      v2[p] = v1[i]!;
    }
    [k1, k2] = [k2, k1];
    [v1, v2] = [v2, v1];
  }
  return [k1, v1];
}

/**
 * The ids of a ledger's valid records, for finding repeats after the pass instead of during
 * it: each record adds its id's 32-bit hash and its position to two growing arrays (no map
 * lookup per record, 8 bytes a record); {@link IdIndex.seal} sorts them once. Equal hashes
 * are candidates only: every answer is checked against the ids themselves, so a hash
 * collision never makes two different ids one.
 */
export class IdIndex {
  private hashes = new Uint32Array(1024);
  private positions = new Uint32Array(1024);
  private size = 0;
  private sorted: [Uint32Array, Uint32Array] | undefined;

  /** The id of the record at a position (the records are kept by the caller). */
  constructor(private readonly idAt: (position: number) => string) {}

  add(id: string, position: number): void {
    if (this.size === this.hashes.length) {
      const grow = (a: Uint32Array) => {
        const b = new Uint32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.hashes = grow(this.hashes);
      this.positions = grow(this.positions);
    }
    this.hashes[this.size] = idHash(id);
    this.positions[this.size++] = position;
  }

  /** Sorts the index (call once, after the last `add`) and returns the ids that repeat, each with its positions in input order. */
  seal(): Map<string, number[]> {
    const [hashes, positions] = (this.sorted = radixSort(this.hashes.subarray(0, this.size), this.positions.subarray(0, this.size)));
    this.hashes = this.positions = new Uint32Array(0);
    const repeats = new Map<string, number[]>();
    for (let start = 0; start < hashes.length; ) {
      let end = start + 1;
      while (end < hashes.length && hashes[end] === hashes[start]) end++;
      if (end - start > 1) {
        // A run of equal hashes: group it by id (positions stay in input order: the sort is stable).
        const byId = new Map<string, number[]>();
        for (let j = start; j < end; j++) {
          const id = this.idAt(positions[j]!);
          const list = byId.get(id);
          if (list === undefined) byId.set(id, [positions[j]!]);
          else list.push(positions[j]!);
        }
        for (const [id, list] of byId) if (list.length > 1) repeats.set(id, list);
      }
      start = end;
    }
    return repeats;
  }

  /** The first position with this id, or undefined (after {@link IdIndex.seal}). */
  first(id: string): number | undefined {
    if (this.sorted === undefined) throw new WindowScorecardError('internal: IdIndex.first before seal');
    const [hashes, positions] = this.sorted;
    const h = idHash(id);
    let lo = 0;
    let hi = hashes.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (hashes[mid]! < h) lo = mid + 1;
      else hi = mid;
    }
    for (let j = lo; j < hashes.length && hashes[j] === h; j++) if (this.idAt(positions[j]!) === id) return positions[j]!;
    return undefined;
  }
}
