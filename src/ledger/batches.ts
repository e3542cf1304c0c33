import { WindowScorecardError } from '../errors/errors.js';

/** The batches behind each generator made by {@link flatten}, until one side starts reading. */
const behind = new WeakMap<object, AsyncGenerator<unknown[], unknown>>();
const taken = new WeakSet<object>();

/**
 * The items of batches one by one, and the batches' return value at the end; stopping
 * early stops the batches. The library's own readers make batches (one per chunk read);
 * a loop of the library handed such a generator before it starts may read the batches
 * themselves instead ({@link batchesOf}): one await per batch, not per item.
 * @example for await (const item of flatten(readBatches([bytes], 'csv', 'auto'))) use(item);
 */
export function flatten<T, R>(batches: AsyncGenerator<T[], R>): AsyncGenerator<T, R> {
  const items = flat(batches);
  behind.set(items, batches);
  return items;
}

async function* flat<T, R>(batches: AsyncGenerator<T[], R>): AsyncGenerator<T, R> {
  if (taken.has(batches)) throw new WindowScorecardError('this read is already being read in batches by the library: read it once');
  taken.add(batches);
  return yield* through(batches, (batch) => batch, (value) => value);
}

/**
 * What `step` makes of each value of a source, then what `end` makes of its return
 * value; stopping early stops the source.
 * @example through(batches, (items) => items.filter(isEntry), (summary) => summary)
 */
export async function* through<T, U, R, S>(source: AsyncIterator<T, R>, step: (value: T) => readonly U[], end: (value: R) => S): AsyncGenerator<U, S> {
  let done = false;
  try {
    for (;;) {
      const next = await source.next();
      if (next.done === true) {
        done = true;
        return end(next.value);
      }
      for (const out of step(next.value)) yield out;
    }
  } finally {
    if (!done) await source.return?.(undefined as R);
  }
}

/**
 * The batches behind a {@link flatten} generator nobody has started reading, taken over
 * (the generator itself must not be read after), or undefined for any other source.
 * @example const batches = batchesOf(entries); // then: for await (const batch of batches) …
 */
export function batchesOf<T>(source: unknown): AsyncGenerator<T[], unknown> | undefined {
  if (typeof source !== 'object' || source === null) return undefined;
  const batches = behind.get(source);
  if (batches === undefined || taken.has(batches)) return undefined;
  taken.add(batches);
  behind.delete(source);
  return batches as AsyncGenerator<T[], unknown>;
}

/**
 * Any async iterable as batches of one item, with its return value: what a loop over
 * batches takes when the source is not the library's own.
 * @example for await (const [item] of singletons(items)) use(item);
 */
export function singletons<T, R>(items: AsyncIterable<T>): AsyncGenerator<T[], R | undefined> {
  return through(items[Symbol.asyncIterator]() as AsyncIterator<T, R | undefined>, (item) => [[item]], (value) => value);
}

/**
 * Hands every record of a source to `take`, in order: batch by batch when the source is a
 * {@link flatten} generator nobody has started reading, else one by one.
 * @example await forEach(entriesOf(readLedgerFile('2024-03.ndjson')), (raw) => tallier.push(raw));
 */
export async function forEach(source: AsyncIterable<unknown> | Iterable<unknown>, take: (raw: unknown) => void): Promise<void> {
  const batches = batchesOf<unknown>(source);
  if (batches === undefined) for await (const raw of source) take(raw);
  else for await (const batch of batches) for (const raw of batch) take(raw);
}
