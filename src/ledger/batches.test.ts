import { describe, expect, it } from 'vitest';
import { batchesOf, flatten, forEach, singletons } from './batches.js';

async function* numbers(): AsyncGenerator<number[], string> {
  yield [1, 2];
  yield [3];
  return 'summary';
}

async function all<T, R>(g: AsyncGenerator<T, R>): Promise<[T[], R]> {
  const out: T[] = [];
  for (;;) {
    const n = await g.next();
    if (n.done === true) return [out, n.value];
    out.push(n.value);
  }
}

describe('batches', () => {
  it('flatten hands out the items and the return value', async () => {
    expect(await all(flatten(numbers()))).toEqual([[1, 2, 3], 'summary']);
  });

  it('a loop of the library takes the batches over from a generator not yet read; reading the generator then throws', async () => {
    const items = flatten(numbers());
    const batches = batchesOf<number>(items)!;
    expect(await all(batches)).toEqual([[[1, 2], [3]], 'summary']);
    await expect(items.next()).rejects.toThrow(/already being read in batches/);
    expect(batchesOf(items)).toBeUndefined();
  });

  it('a generator already started, or any other source, is read item by item', async () => {
    const items = flatten(numbers());
    await items.next();
    expect(batchesOf(items)).toBeUndefined();
    expect(batchesOf([1, 2])).toBeUndefined();
    const seen: unknown[] = [];
    await forEach(items, (x) => seen.push(x));
    await forEach(flatten(numbers()), (x) => seen.push(x));
    await forEach([9], (x) => seen.push(x));
    expect(seen).toEqual([2, 3, 1, 2, 3, 9]);
  });

  it('singletons keeps the return value and stops its source when stopped', async () => {
    expect(await all(singletons(flatten(numbers())))).toEqual([[[1], [2], [3]], 'summary']);
    let closed = false;
    async function* source() {
      try {
        yield 1;
        yield 2;
      } finally {
        closed = true;
      }
    }
    const s = singletons(source());
    await s.next();
    await s.return(undefined);
    expect(closed).toBe(true);
  });
});
