import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import Decimal from 'decimal.js';
import { scoreMonth } from '../../src/scoring/score-month.js';
import { aggregate, scorePeriodBounded } from '../../src/scoring/score-period.js';
import { mergeAggregates } from '../../src/ledger/aggregate.js';
import type { Rubric } from '../../src/rubric/schema.js';
import type { ScoreMonthOptions } from '../../src/scoring/score-month.js';
import type { MonthResult, WindowCard } from '../../src/scoring/types.js';
import { parseRubric } from '../../src/rubric/parse.js';
import { MONTHS, scenarioArb, validDateArb, WINDOWS, type Scenario } from './arbitraries.js';

// PROP_RUNS=2000 npx vitest run test/property for a deeper search.
const RUNS = Number(process.env['PROP_RUNS'] ?? 200);
const params = { numRuns: RUNS };

/** A canonical non-negative decimal string: no exponent, no trailing zeros, no "-0". */
const CANON = /^(?:0|[1-9]\d*)(?:\.\d*[1-9])?$/;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function score(s: Scenario, entries: readonly unknown[] = s.entries, options: ScoreMonthOptions = s.options): MonthResult {
  return scoreMonth(s.rubric, entries, options);
}

/** Freezes an object graph in place and returns it. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}

// The test's own exact arithmetic: a private clone with room for every accepted decimal
// (the global Decimal's 20 digits would round, and the purity property checks it is untouched).
const Exact = Decimal.clone({ precision: 1000 });
const D = (s: string | number) => new Exact(s);
const sumOf = (xs: readonly (string | number)[]) => xs.reduce<Decimal>((a, x) => a.plus(x), D(0));

function expectInRange(value: string, lo: Decimal.Value, hi: Decimal.Value, what: string) {
  expect(value, what).toMatch(CANON);
  const v = D(value);
  expect(v.gte(lo), `${what} = ${value} >= ${lo}`).toBe(true);
  expect(v.lte(hi), `${what} = ${value} <= ${hi}`).toBe(true);
}

/** The rejected list without positions and message texts, as a sorted multiset. */
const rejectedCodes = (r: MonthResult) => r.rejected.map((x) => `${x.id ?? '<none>'}|${x.code}|${x.path.join('.')}`).sort();
const rejectedIds = (r: MonthResult) => r.rejected.map((x) => x.id ?? '<none>').sort();

describe('scoreMonth properties', { timeout: Math.max(60_000, RUNS * 20) }, () => {
  it('order invariance: any permutation of the ledger gives the same cards and counts', () => {
    const arb = scenarioArb().chain((s) =>
      fc.tuple(fc.constant(s), fc.shuffledSubarray(s.entries, { minLength: s.entries.length, maxLength: s.entries.length })),
    );
    fc.assert(
      fc.property(arb, ([s, perm]) => {
        const a = score(s);
        const b = score(s, perm);
        expect(b.counts).toStrictEqual(a.counts);
        expect(b.cards).toStrictEqual(a.cards);
        expect({ ...b, rejected: [] }).toStrictEqual({ ...a, rejected: [] });
        const conflicts = [...a.rejected, ...b.rejected].some((x) => x.code === 'conflicting-id');
        if (conflicts) {
          // duplicate-id and conflicting-id may swap between orders; the rejected ids may not.
          expect(rejectedIds(b)).toStrictEqual(rejectedIds(a));
        } else {
          expect(rejectedCodes(b)).toStrictEqual(rejectedCodes(a));
        }
      }),
      params,
    );
  });

  it('bounds: scores are canonical decimals within [0, max]; chief deductions within max x chiefRatio', () => {
    fc.assert(
      fc.property(scenarioArb(), (s) => {
        const r = score(s);
        const json = JSON.stringify(r);
        expect(json).not.toMatch(/NaN|Infinity/);
        const rubric: Rubric = s.rubric;
        const ratio = D(rubric.chiefRatio);
        for (const card of r.cards) {
          expect(card.max).toBe(D(rubric.total).toFixed());
          expect(card.complete).toBe(card.score !== null);
          if (card.score !== null) expectInRange(card.score, 0, card.max, `${card.windowId}.score`);
          if (card.scoreBeforeVeto !== null) expectInRange(card.scoreBeforeVeto, 0, card.max, `${card.windowId}.scoreBeforeVeto`);
          let chiefCap = D(0);
          for (const cat of card.categories) {
            const where = `${card.windowId}.${cat.id}`;
            const rubricCat = rubric.categories.find((c) => c.id === cat.id)!;
            if (cat.max === null) {
              // A tally: uncapped deductions, no score, nothing added to the card.
              expect([rubricCat.max, cat.score, cat.scoreBeforeVeto]).toEqual([undefined, null, null]);
              expect(D(cat.deducted).gte(0)).toBe(true);
              continue;
            }
            expect(D(cat.max).eq(rubricCat.max!)).toBe(true);
            if (cat.score !== null) expectInRange(cat.score, 0, cat.max, `${where}.score`);
            if (cat.scoreBeforeVeto !== null) expectInRange(cat.scoreBeforeVeto, 0, cat.max, `${where}.scoreBeforeVeto`);
            expect(cat.deducted).toMatch(CANON);
            expect(cat.bonus).toMatch(CANON);
            const cap = D(cat.max).times(ratio);
            chiefCap = chiefCap.plus(cap);
            expectInRange(cat.chiefDeducted, 0, cap.toFixed(), `${where}.chiefDeducted`);
            const isInput = rubricCat.clauses.length > 0 && rubricCat.clauses.every((k) => k.kind === 'input');
            if (!isInput && cat.scoreBeforeVeto !== null) {
              // score = max - deducted + bonus, after the caps.
              expect(D(cat.max).minus(cat.deducted).plus(cat.bonus).eq(cat.scoreBeforeVeto), `${where} = max - deducted + bonus`).toBe(true);
            }
          }
          expect(D(card.chiefDeduction).eq(sumOf(card.categories.map((c) => c.chiefDeducted)))).toBe(true);
          // Tallies are uncapped, chief share included; only capped categories are bounded.
          const tallyChief = sumOf(card.categories.filter((c) => c.max === null).map((c) => c.chiefDeducted));
          expect(D(card.chiefDeduction).minus(tallyChief).lte(chiefCap)).toBe(true);
          for (const sec of card.sections) {
            if (sec.score !== null) expectInRange(sec.score, 0, sec.max, `${card.windowId}.${sec.id}`);
          }
          if (card.score !== null) {
            const cats = card.categories.filter((c) => c.max !== null).map((c) => c.score);
            expect(cats.every((c) => c !== null) || card.vetoed).toBe(true);
            if (cats.every((c): c is string => c !== null)) expect(D(card.score).eq(sumOf(cats)), 'card = sum of categories').toBe(true);
          }
          for (const t of card.trace) {
            expect(D(t.applied).lte(t.points)).toBe(true);
            expect(D(t.chiefApplied).lte(t.chiefPoints)).toBe(true);
          }
          if (card.vetoedBy.some((v) => v.scope === 'window')) expect(card.score).toBe('0');
        }
      }),
      params,
    );
  });

  it('accounting: received = entries = accepted + rejected + outOfPeriod; accepted = live + voided + voids', () => {
    fc.assert(
      fc.property(scenarioArb(), (s) => {
        const { counts, rejected, cards } = score(s);
        expect(counts.received).toBe(s.entries.length);
        expect(counts.accepted + counts.rejected + counts.outOfPeriod).toBe(counts.received);
        expect(counts.accepted).toBe(counts.live + counts.voided + counts.voids);
        expect(counts.rejected).toBe(rejected.length);
        // Every live entry shows up once in exactly one trace item, and every voided one too.
        const live = cards.flatMap((c) => c.trace.flatMap((t) => t.entryIds));
        const voided = cards.flatMap((c) => c.trace.flatMap((t) => t.voided.map((v) => v.entryId)));
        expect(new Set(live).size).toBe(live.length);
        expect(live.length).toBe(counts.live);
        expect(voided.length).toBe(counts.voided);
        for (const x of rejected) {
          expect(Number.isInteger(x.index) && x.index >= 0 && x.index < s.entries.length).toBe(true);
        }
      }),
      params,
    );
  });

  it('voiding restores: L + [void of e] scores like L without e', () => {
    const arb = scenarioArb().chain((s) =>
      fc.record({
        s: fc.constant(s),
        pick: fc.nat(),
        voidDate: validDateArb({ month: s.options.month, timeZone: s.options.timeZone ?? 'Asia/Shanghai' }, 'any'),
        withWindow: fc.boolean(),
        withClause: fc.boolean(),
      }),
    );
    fc.assert(
      fc.property(arb, ({ s, pick, voidDate, withWindow, withClause }) => {
        // Declared windows are the windows: all three ledgers are scored with the same list
        // (s's own, else every window the plain scoring gave a card), so that an entry for
        // another window is rejected alike in all three, before any id is compared.
        const options = { ...s.options, windows: s.options.windows ?? score(s).cards.map((c) => c.windowId) };
        const base = score(s, s.entries, options);
        const live = base.cards.flatMap((c) => c.trace.flatMap((t) => t.entryIds.map((id) => ({ id, windowId: c.windowId, clauseId: t.clauseId }))));
        fc.pre(live.length > 0);
        const target = live[pick % live.length]!;
        const voidId = 'zz-void-under-test';
        expect(s.entries.some((r) => isObj(r) && r['id'] === voidId)).toBe(false);
        const v: Obj = { id: voidId, voids: target.id, date: voidDate };
        if (withWindow) v['windowId'] = target.windowId;
        if (withClause) v['clauseId'] = target.clauseId;

        const withVoid = score(s, [...s.entries, v], options);
        const without = score(s, s.entries.filter((r) => !(isObj(r) && r['id'] === target.id)), options);
        expect(withVoid.counts.live).toBe(base.counts.live - 1);
        expect(withVoid.counts.voided).toBe(base.counts.voided + 1);
        expect(withVoid.counts.voids).toBe(base.counts.voids + 1);

        const view = (c: WindowCard) => ({
          windowId: c.windowId,
          score: c.score,
          scoreBeforeVeto: c.scoreBeforeVeto,
          chiefDeduction: c.chiefDeduction,
          vetoed: c.vetoed,
          vetoedBy: c.vetoedBy,
          disqualified: c.disqualified,
          disqualifiedBy: c.disqualifiedBy,
          complete: c.complete,
          categories: c.categories,
          sections: c.sections,
        });
        // Both ledgers know e's window through options.windows.
        expect(withVoid.cards.map(view)).toStrictEqual(without.cards.map(view));
      }),
      params,
    );
  });

  it('merge(a, b) scores as a ∪ b: shards by window, reduced to aggregates, merged', () => {
    fc.assert(
      fc.property(scenarioArb(), fc.integer({ min: 1, max: 3 }), (s, shardCount) => {
        // Shard by window; a record without a usable window (and a void, which goes with its
        // target's window) is placed by its target, else in shard 0.
        const windowOf = new Map<string, string>();
        for (const e of s.entries) if (isObj(e) && typeof e['id'] === 'string' && typeof e['windowId'] === 'string' && e['voids'] === undefined) windowOf.set(e['id'], e['windowId']);
        const shardOf = (e: unknown) => {
          if (!isObj(e)) return 0;
          const w = e['voids'] !== undefined ? windowOf.get(String(e['voids'])) : typeof e['windowId'] === 'string' ? e['windowId'] : undefined;
          return w === undefined ? 0 : Math.max(0, WINDOWS.indexOf(w as (typeof WINDOWS)[number])) % shardCount;
        };
        const shards = Array.from({ length: shardCount }, () => [] as unknown[]);
        for (const e of s.entries) shards[shardOf(e)]!.push(e);
        // The documented precondition: no id in two shards (ids of other months are not kept).
        const home = new Map<string, number>();
        for (const [i, sh] of shards.entries()) {
          for (const e of sh) {
            if (!isObj(e) || typeof e['id'] !== 'string') continue;
            if (home.has(e['id']) && home.get(e['id']) !== i) return;
            home.set(e['id'], i);
          }
        }
        const period = {
          period: s.options.month,
          ...(s.options.timeZone === undefined ? {} : { timeZone: s.options.timeZone }),
          // The same declared windows as the scoring: an aggregate counting another window is refused.
          ...(s.options.windows === undefined ? {} : { windows: s.options.windows }),
        };
        let merged;
        try {
          merged = shards.map((sh) => aggregate(s.rubric, sh, period)).reduce(mergeAggregates);
        } catch (err) {
          // A void in one shard whose target sits in another: the merge must say so.
          expect(String(err)).toMatch(/different shards/);
          return;
        }
        const whole = score(s);
        const viaAggregate = scoreMonth(s.rubric, merged, s.options);
        expect(viaAggregate.cards).toStrictEqual(whole.cards);
        expect(viaAggregate.counts).toStrictEqual(whole.counts);
        expect(rejectedIds(viaAggregate)).toEqual(rejectedIds(whole));
      }),
      params,
    );
  });

  it('bounded memory (two passes, a Bloom filter) gives the same cards and accounting, without live entry ids', async () => {
    const strip = (r: MonthResult | Awaited<ReturnType<typeof scorePeriodBounded>>) =>
      r.cards.map((c) => ({
        ...c,
        trace: c.trace.map((t) => ({ ...t, entryIds: [] })),
        vetoedBy: c.vetoedBy.map((v) => ({ ...v, entryIds: [] })),
        disqualifiedBy: c.disqualifiedBy.map((d) => ({ ...d, entryIds: [] })),
      }));
    await fc.assert(
      fc.asyncProperty(scenarioArb(), fc.integer({ min: 0, max: 50 }), async (s, expected) => {
        const whole = score(s);
        // A tiny expected size makes the filter saturate: every id a suspect, the worst case.
        const bounded = await scorePeriodBounded(s.rubric, () => s.entries, { ...s.options, period: s.options.month, expectedEntries: expected });
        expect(strip(bounded)).toStrictEqual(strip(whole));
        expect(bounded.counts).toStrictEqual(whole.counts);
        expect(bounded.rejected.map((x) => `${x.index}|${x.code}`)).toEqual(whole.rejected.map((x) => `${x.index}|${x.code}`));
        expect(bounded.fingerprint.ledger).toBeNull();
      }),
      params,
    );
  });

  it('JSON round trip: the result is plain JSON data', () => {
    fc.assert(
      fc.property(scenarioArb(), (s) => {
        const r = score(s);
        expect(JSON.parse(JSON.stringify(r))).toStrictEqual(r);
      }),
      params,
    );
  });

  it('purity: frozen inputs are accepted and untouched; scoring twice gives the same JSON', () => {
    fc.assert(
      fc.property(scenarioArb(), (s) => {
        const snapshot = structuredClone({ rubric: s.rubric, rubricInput: s.rubricInput, entries: s.entries, options: s.options });
        const frozen = deepFreeze(structuredClone(snapshot));
        const precision = Decimal.precision;
        const first = JSON.stringify(scoreMonth(frozen.rubric, frozen.entries, frozen.options));
        const second = JSON.stringify(scoreMonth(frozen.rubric, frozen.entries, frozen.options));
        expect(second).toBe(first);
        // The rubric as written (numbers for points) scores like the parsed one.
        expect(JSON.stringify(scoreMonth(frozen.rubricInput as unknown as Rubric, frozen.entries, frozen.options))).toBe(first);
        // Unfrozen originals give the same, and nothing was changed.
        expect(JSON.stringify(score(s))).toBe(first);
        expect(frozen).toStrictEqual(snapshot);
        expect({ rubric: s.rubric, rubricInput: s.rubricInput, entries: s.entries, options: s.options }).toStrictEqual(snapshot);
        expect(Decimal.precision).toBe(precision);
      }),
      params,
    );
  });

  it("a window-scope veto that fires zeroes the window's month", () => {
    const arb = scenarioArb({ forceWindowVeto: true }).chain((s) =>
      fc.record({
        s: fc.constant(s),
        // A declared window (an undeclared one's entry is rejected: see the next property).
        windowId: fc.constantFrom(...(s.options.windows === undefined || s.options.windows.length === 0 ? WINDOWS : s.options.windows)),
        day: fc.integer({ min: 1, max: 28 }),
      }),
    );
    fc.assert(
      fc.property(arb, ({ s, windowId, day }) => {
        fc.pre(s.options.windows === undefined || s.options.windows.includes(windowId));
        const veto = s.rubric.categories
          .flatMap((c) => c.clauses)
          .find((k) => k.kind === 'veto' && (k.scope === undefined || k.scope === 'window'));
        expect(veto).toBeDefined();
        const hit = { id: 'veto-hit', windowId, clauseId: veto!.id, date: `${s.options.month}-${String(day).padStart(2, '0')}` };
        const r = score(s, [...s.entries, hit]);
        const card = r.cards.find((c) => c.windowId === windowId)!;
        expect(card.vetoed).toBe(true);
        expect(card.vetoedBy.some((v) => v.scope === 'window' && v.entryIds.includes('veto-hit'))).toBe(true);
        expect(card.score).toBe('0');
        expect(card.complete).toBe(true);
        for (const c of card.categories) expect(c.score).toBe(c.max === null ? null : '0');
        for (const sec of card.sections) expect(sec.score).toBe('0');
      }),
      params,
    );
  });

  it('period cut: an entry is in the month exactly when its calendar day or instant is', () => {
    const rubric = parseRubric({
      id: 'r', version: '1', title: 't', total: 10, effectiveFrom: '2020-01-01', source: { document: 'd' },
      categories: [{ id: 'C1', title: 'c', max: 10, clauses: [{ kind: 'flat', id: 'f', text: 't', points: 1 }] }],
    });
    // Independent oracle: fixed offsets of the two zones (neither has DST).
    const offsetMs: Record<string, number> = { 'Asia/Shanghai': 8 * 3_600_000, UTC: 0 };
    const arb = fc
      .record({ month: fc.constantFrom(...MONTHS), timeZone: fc.constantFrom('Asia/Shanghai', 'UTC') })
      .chain((p) => validDateArb(p, 'any').map((date) => ({ ...p, date })));
    fc.assert(
      fc.property(arb, ({ month, timeZone, date }) => {
        const [y, m] = month.split('-').map(Number) as [number, number];
        const start = Date.UTC(y, m - 1, 1) - offsetMs[timeZone]!;
        const end = Date.UTC(y, m, 1) - offsetMs[timeZone]!;
        const inside = /^\d{4}-\d{2}-\d{2}$/.test(date) ? date.startsWith(`${month}-`) : Date.parse(date) >= start && Date.parse(date) < end;
        const r = scoreMonth(rubric, [{ id: 'e', windowId: 'W01', clauseId: 'f', date }], { month, timeZone });
        expect(r.counts).toMatchObject({ received: 1, rejected: 0, accepted: inside ? 1 : 0, outOfPeriod: inside ? 0 : 1 });
        expect(r.cards.length).toBe(inside ? 1 : 0);
      }),
      { numRuns: 300 },
    );
  });

  // BUG (library, not generator): decimals are computed with decimal.js at 100 significant
  // digits (src/decimal/decimal.ts), but the ledger accepts external amounts of up to 200
  // characters (readDecimal). A sum whose digits span more than 100 places is rounded, so a
  // void no longer restores the month, and entry order can change the result.
  // fast-check counterexamples (each shrunk to the 101/102-digit frontier), e.g.
  //   ["1" + 72 zeros, "0." + 28 zeros + "1"]   i.e. 1e72 and 1e-29
  // Smallest by hand: e1 amount 1e70 ("1" + 70 zeros), e2 amount 1e-30, void of e1, one external
  // clause in a category of max 10:
  //   score([e1, e2, void e1]) -> trace amount "0", card score "10"
  //   score([e2])              -> amount "0.000000000000000000000000000001", score "9.999999999999999999999999999999"
  // (with 1e69 instead of 1e70 both give 9.999...; the span is then exactly 100 digits).
  // Order dependence, same cause: amounts "1", "0.<99 zeros>5", "0.<99 zeros>5" give a trace amount of
  // 1.<98 zeros>1 in the order [small, small, 1] and 1.<98 zeros>2 in the order [1, small, small].
  // Fixed by working at 1000 significant digits: every accepted decimal is at most 200
  // characters, so sums and products of them stay exact.
  it('voiding restores even with amounts spanning hundreds of digits (external amounts summed exactly)', () => {
    const rubric = parseRubric({
      id: 'r', version: '1', title: 't', total: 10, effectiveFrom: '2020-01-01', source: { document: 'd' },
      categories: [{ id: 'C1', title: 'c', max: 10, clauses: [{ kind: 'external', id: 'x', text: 't' }] }],
    });
    // Decimal strings the ledger accepts (<= 200 characters): a huge whole amount and a small fraction.
    const big = fc.tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 0, max: 199 })).map(([d, zeros]) => `${d}${'0'.repeat(zeros)}`);
    const small = fc
      .tuple(fc.integer({ min: 0, max: 197 }), fc.integer({ min: 1, max: 9 }))
      .map(([zeros, last]) => `0.${'0'.repeat(zeros)}${last}`);
    fc.assert(
      fc.property(big, small, (a, b) => {
        const e1 = { id: 'e1', windowId: 'W01', clauseId: 'x', date: '2024-03-05', amount: a };
        const e2 = { id: 'e2', windowId: 'W01', clauseId: 'x', date: '2024-03-06', amount: b };
        const voided = scoreMonth(rubric, [e1, e2, { id: 'v', voids: 'e1', date: '2024-03-07' }], { month: '2024-03' });
        const removed = scoreMonth(rubric, [e2], { month: '2024-03' });
        expect(voided.cards[0]!.trace[0]!.amount).toBe(D(b).toFixed());
        expect(voided.cards[0]!.score).toBe(removed.cards[0]!.score);
      }),
      { numRuns: 200 },
    );
  });
});
