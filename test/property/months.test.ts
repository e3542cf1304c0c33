// Issue 13 item 5 as properties: a month's entries touch only that month's cards, and a month
// with no ledger data (uncovered) never counts in an annual mean.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annualComposite, InvalidOptionsError, loadRubric, scoreYear } from '../../src/index.js';

const RUNS = Number(process.env['PROP_RUNS'] ?? 40);
const rfw = loadRubric('red-flag-window');
const WINDOWS = ['W1', 'W2', 'W3'];
const MONTHS = ['2024-01', '2024-02', '2024-03', '2024-04'];
// Findings, quota visits, a veto, and a clause the rubric does not have (rejected).
const CLAUSES = ['w1.1', 'w4.1', 'w3.4', 'w5.3', 'u4.2', 'w6.6', 'no-such-clause'];

const rowArb = (prefix: string, months: readonly string[]) =>
  fc.record({
    windowId: fc.constantFrom(...WINDOWS),
    clauseId: fc.constantFrom(...CLAUSES),
    month: fc.constantFrom(...months),
    day: fc.integer({ min: 1, max: 28 }),
    count: fc.integer({ min: 1, max: 3 }),
  }).map((r) => ({ windowId: r.windowId, clauseId: r.clauseId, date: `${r.month}-${String(r.day).padStart(2, '0')}`, count: r.count, prefix }));

const ledgerArb = (prefix: string, months: readonly string[], max: number) =>
  fc.array(rowArb(prefix, months), { maxLength: max }).map((rows) => rows.map(({ prefix: p, ...r }, i) => ({ id: `${p}${i}`, ...r })));

const year = (entries: readonly unknown[], coveredMonths?: readonly string[]) =>
  scoreYear([rfw], entries, { year: '2024', through: '2024-04', windows: WINDOWS, ...(coveredMonths === undefined ? {} : { coveredMonths }) });

const survey = { W1: 90, W2: 80, W3: 85 };

describe('months without data (properties)', () => {
  it('adding one month\'s entries never changes another month\'s cards', () => {
    fc.assert(
      fc.property(
        ledgerArb('a', MONTHS, 12),
        fc.constantFrom(...MONTHS).chain((m) => fc.tuple(fc.constant(m), ledgerArb('b', [m], 6))),
        (base, [month, extra]) => {
          const before = year(base);
          const after = year([...base, ...extra]);
          for (let i = 0; i < MONTHS.length; i++) {
            if (MONTHS[i] === month) continue;
            expect(after.months[i]!.cards).toEqual(before.months[i]!.cards);
            expect(after.months[i]!.fingerprint.ledger).toBe(before.months[i]!.fingerprint.ledger);
          }
          // Coverage of the other months does not move either.
          const others = (c: readonly string[]) => c.filter((m) => m !== month);
          expect(others(after.coverage.uncovered)).toEqual(others(before.coverage.uncovered));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('an uncovered month never contributes to the annual mean', () => {
    fc.assert(
      fc.property(ledgerArb('a', MONTHS, 12), fc.subarray(MONTHS), (entries, declared) => {
        const y = year(entries, declared);
        const a = annualComposite({ months: y.months, survey, coveredMonths: declared });
        expect(a.coverage).toEqual(y.coverage);
        const uncovered = new Set(a.coverage.uncovered);
        for (const m of a.coverage.uncovered) expect(y.months.find((r) => r.month === m)!.counts.accepted).toBe(0);
        for (const r of a.rows) {
          expect(r.months.some((m) => uncovered.has(m.month))).toBe(false);
          expect(r.monthlyMean?.count ?? 0).toBe(r.months.length);
          expect(r.uncoveredMonths).toEqual(a.coverage.uncovered);
        }
        // The same means from the covered months alone.
        const covered = y.months.filter((m) => !uncovered.has(m.month));
        if (covered.length > 0) {
          const alone = annualComposite({ months: covered, survey, coveredMonths: declared });
          expect(alone.rows.map((r) => [r.windowId, r.monthlyMean, r.composite])).toEqual(a.rows.map((r) => [r.windowId, r.monthlyMean, r.composite]));
        } else {
          expect(a.rows.every((r) => r.monthlyMean === null && r.incomplete === 'no-scored-months')).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });
});

describe('hostile coveredMonths', () => {
  const anything = fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true, withObjectString: true });
  const monthish = fc.oneof(fc.constantFrom('2024-00', '2024-13', '2024-1', '2023-12', '2024-02 ', '２０２４-０１', '__proto__'), fc.string(), anything);

  it('scoreYear and annualComposite take any coveredMonths: a result, or InvalidOptionsError naming coveredMonths', () => {
    const months = year([]).months;
    fc.assert(
      fc.property(fc.oneof(anything, fc.array(monthish, { maxLength: 4 }), fc.subarray(MONTHS)), (coveredMonths) => {
        for (const call of [
          () => scoreYear([rfw], [], { year: '2024', through: '2024-04', windows: WINDOWS, coveredMonths: coveredMonths as string[] }).coverage,
          () => annualComposite({ months, survey, coveredMonths: coveredMonths as string[] }).coverage,
        ]) {
          try {
            const c = call();
            expect(c.uncovered.length + c.declaredClean.length + c.withEntries.length).toBe(c.months.length);
          } catch (e) {
            if (coveredMonths === undefined) throw e;
            expect(e).toBeInstanceOf(InvalidOptionsError);
            expect((e as InvalidOptionsError).path[0]).toBe('coveredMonths');
          }
        }
      }),
      { numRuns: RUNS * 3 },
    );
  });
});
