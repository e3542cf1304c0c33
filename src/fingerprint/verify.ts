import { InvalidOptionsError } from '../errors/errors.js';
import type { Rubric } from '../rubric/schema.js';
import { scorePeriod, type ScorePeriodOptions } from '../scoring/score-period.js';
import type { PeriodResult, WindowCard } from '../scoring/types.js';
import { stableStringify } from './hash.js';

/** A card that the recomputation does not reproduce. */
export interface CardDifference {
  readonly windowId: string;
  readonly personId?: string;
  /** `differs`: both have it, some fields differ; `missing`: only the published result has it; `extra`: only the recomputation. */
  readonly status: 'differs' | 'missing' | 'extra';
  /** Top-level card fields that differ (`score`, `categories`, `trace` …). */
  readonly fields: readonly string[];
}

/** What {@link verifyResult} found. */
export interface Verification {
  /** True when the recomputed result equals the published one: same inputs, same cards, same accounting. */
  readonly match: boolean;
  /** Which fingerprints agree; `ledger` is null when the published result carries no ledger hash. */
  readonly fingerprint: { readonly rubric: boolean; readonly options: boolean; readonly ledger: boolean | null; readonly library: boolean };
  readonly counts: boolean;
  /** Whether the same entries (by id) were rejected. */
  readonly rejected: boolean;
  readonly cards: readonly CardDifference[];
  /** The recomputed result, for a closer look. */
  readonly recomputed: PeriodResult;
}

const keyOf = (c: WindowCard) => `${c.windowId}\u0000${c.personId ?? ''}`;

/**
 * Recomputes a published result from a rubric and a ledger and says whether they match,
 * and if not, exactly which inputs or cards differ. The ledger may be in any order.
 * Pass the same `windows` / `people` / `inputs` the result was scored with; its period and
 * time zone are read from the result.
 *
 * @example
 * const v = verifyResult(published, rubric, ledger, { windows });
 * v.match // true
 * verifyResult(published, rubric, ledgerWithOneEntryChanged, { windows }).cards
 * // [{ windowId: 'W07', status: 'differs', fields: ['score', 'categories', 'trace', …] }]
 */
export function verifyResult(
  result: PeriodResult,
  rubric: Rubric,
  entries: Iterable<unknown>,
  options: Omit<ScorePeriodOptions, 'period' | 'timeZone' | 'fingerprint'> = {},
): Verification {
  if (typeof result !== 'object' || result === null || typeof result.period !== 'string' || result.fingerprint === undefined) {
    throw new InvalidOptionsError('result must be a result of scoreMonth / scorePeriod, with its fingerprint', ['result']);
  }
  const recomputed = scorePeriod(rubric, entries, { ...options, period: result.period, timeZone: result.timeZone, fingerprint: result.fingerprint.ledger !== null });
  const a = result.fingerprint;
  const b = recomputed.fingerprint;
  const fingerprint = { rubric: a.rubric === b.rubric, options: a.options === b.options, ledger: a.ledger === null ? null : a.ledger === b.ledger, library: a.library === b.library };
  const published = new Map(result.cards.map((c) => [keyOf(c), c]));
  const fresh = new Map(recomputed.cards.map((c) => [keyOf(c), c]));
  const cards: CardDifference[] = [];
  const who = (c: WindowCard) => ({ windowId: c.windowId, ...(c.personId === undefined ? {} : { personId: c.personId }) });
  for (const [k, c] of published) {
    const d = fresh.get(k);
    if (d === undefined) {
      cards.push({ ...who(c), status: 'missing', fields: [] });
      continue;
    }
    const fields = [...new Set([...Object.keys(c), ...Object.keys(d)])].filter(
      (f) => stableStringify((c as unknown as Record<string, unknown>)[f]) !== stableStringify((d as unknown as Record<string, unknown>)[f]),
    );
    if (fields.length > 0) cards.push({ ...who(c), status: 'differs', fields: fields.sort() });
  }
  for (const [k, d] of fresh) if (!published.has(k)) cards.push({ ...who(d), status: 'extra', fields: [] });
  const counts = stableStringify(result.counts) === stableStringify(recomputed.counts);
  // Rejected entries by id, as a multiset: positions change when the ledger is re-ordered.
  const ids = (r: PeriodResult) => stableStringify(r.rejected.map((x) => x.id ?? '').sort());
  const rejected = ids(result) === ids(recomputed);
  const match = fingerprint.rubric && fingerprint.options && fingerprint.ledger !== false && counts && rejected && cards.length === 0;
  return { match, fingerprint, counts, rejected, cards, recomputed };
}
