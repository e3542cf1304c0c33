// Issue 13: a declared window list never lets an entry for an undeclared window change any
// declared window's card, on the one-pass and the bounded count; the accounting still adds up.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scoreMonth } from '../../src/scoring/score-month.js';
import { scorePeriodBounded } from '../../src/scoring/score-period.js';
import type { ScoreMonthOptions } from '../../src/scoring/score-month.js';
import { scenarioArb, validDateArb, WINDOWS } from './arbitraries.js';

const RUNS = Number(process.env['PROP_RUNS'] ?? 200);
const params = { numRuns: RUNS };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Window ids that are not declared: the other generated windows and misspellings of the declared ones. */
const undeclaredArb = (declared: readonly string[]) =>
  fc.oneof(
    fc.constantFrom(...WINDOWS, 'W1', 'w01', 'Ｗ０１', 'W01局', '住建局', 'constructor', '__proto__').filter((w) => !declared.includes(w)),
    fc.constantFrom(...declared).map((w) => `${w}局`),
    fc.string({ minLength: 1, maxLength: 6 }).filter((w) => !declared.includes(w)),
  );

describe('declared windows (property)', () => {
  const arb = scenarioArb().chain((s) => {
    // A declared list that is not empty (an empty one rejects every entry: nothing to compare).
    const declared = [...new Set([...(s.options.windows ?? []), ...Object.keys(s.options.inputs ?? {}), 'W01'])];
    const options: ScoreMonthOptions = { ...s.options, windows: declared };
    const targets = s.entries.filter((e): e is Obj => isObj(e) && typeof e['id'] === 'string').map((e) => e['id'] as string);
    const extra = fc.oneof(
      // A finding for an undeclared window, maybe a copy of a real entry with its window misspelt.
      fc.record({
        windowId: undeclaredArb(declared),
        like: fc.option(fc.constantFrom(...(s.entries.length > 0 ? s.entries : [{}])), { nil: undefined }),
        date: validDateArb({ month: s.options.month, timeZone: s.options.timeZone ?? 'Asia/Shanghai' }),
        clauseId: fc.constantFrom(...s.rubric.categories.flatMap((c) => c.clauses.map((k) => k.id))),
        count: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
      }).map(({ windowId, like, date, clauseId, count }) => ({ ...(isObj(like) ? like : { clauseId, date }), windowId, ...(count === undefined ? {} : { count }) })),
      // A void naming an undeclared window, of a real entry or of another extra.
      fc.record({ windowId: undeclaredArb(declared), voids: fc.constantFrom(...targets, 'x-0', 'x-1'), date: validDateArb({ month: s.options.month, timeZone: s.options.timeZone ?? 'Asia/Shanghai' }) }),
    );
    return fc.record({ s: fc.constant(s), options: fc.constant(options), extras: fc.array(extra, { maxLength: 8 }), at: fc.array(fc.nat(), { maxLength: 8 }) });
  });

  it("an entry for an undeclared window never changes a declared window's card", async () => {
    await fc.assert(
      fc.asyncProperty(arb, async ({ s, options, extras, at }) => {
        // Fresh ids, so that no extra shares an id with a real entry (an id conflict is another rule).
        const added = extras.map((e, i) => ({ ...e, id: `x-${i}` }));
        const entries = [...s.entries];
        added.forEach((e, i) => entries.splice((at[i] ?? 0) % (entries.length + 1), 0, e));
        const base = scoreMonth(s.rubric, s.entries, options);
        const mixed = scoreMonth(s.rubric, entries, options);
        expect(mixed.cards).toStrictEqual(base.cards);
        expect(mixed.cards.every((c) => options.windows!.includes(c.windowId))).toBe(true);
        const c = mixed.counts;
        expect(c.received).toBe(base.counts.received + added.length);
        expect(c.received).toBe(c.accepted + c.rejected + c.outOfPeriod);
        expect([c.live, c.voided]).toEqual([base.counts.live, base.counts.voided]);
        expect(mixed.windowsOnlyInLedger).toEqual([]);
        for (const j of mixed.rejected) {
          expect(j.message.length).toBeGreaterThan(0);
          expect(j.messageZh.length).toBeGreaterThan(0);
        }
        const bounded = await scorePeriodBounded(s.rubric, () => entries, { ...options, period: options.month });
        expect(bounded.counts).toStrictEqual(mixed.counts);
        expect(bounded.cards.map((x) => [x.windowId, x.score, x.vetoed])).toStrictEqual(mixed.cards.map((x) => [x.windowId, x.score, x.vetoed]));
      }),
      params,
    );
  });
});
