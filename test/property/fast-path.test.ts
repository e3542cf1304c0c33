// The one-pass count settles repeated ids after the pass, from a sorted index of id hashes
// (src/ledger/id-index.ts). This suite keeps the plain way beside it, as the reference: a
// Map of ids looked up record by record, each repeat settled as it arrives. Both must give
// the same table, accounts, rejections and accepted entries on every generated ledger.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Accounts, stable } from '../../src/ledger/accounts.js';
import { compileRubric, type CompiledRubric } from '../../src/rubric/compile.js';
import { periodOf, type Period } from '../../src/ledger/period.js';
import { cellCount, cellIds, CountTable } from '../../src/ledger/table.js';
import { tally, type Tally } from '../../src/ledger/tally.js';
import { ValidationCache, validateRecord, type Finding, type Voiding } from '../../src/ledger/validate.js';
import { scenarioArb } from './arbitraries.js';

const RUNS = Number(process.env['PROP_RUNS'] ?? 200);

/** The plain count: a Map from id to its first record, each repeat settled on arrival. */
function plainTally(rubric: CompiledRubric, entries: readonly unknown[], period: Period): Tally {
  const accounts = new Accounts(new CountTable());
  const dates = new ValidationCache(period);
  const byId = new Map<string, number>();
  const raws: unknown[] = [];
  const conflicted = new Set<string>();
  const inPeriod: number[] = [];
  const again = (i: number) => validateRecord(raws[i], i, rubric, dates) as Finding | Voiding;
  for (const raw of entries) {
    const index = accounts.received++;
    const r = validateRecord(raw, index, rubric, dates);
    if ('code' in r) {
      accounts.rejected.push(r);
      continue;
    }
    const prev = byId.get(r.id);
    if (prev === undefined) {
      byId.set(r.id, index);
      raws[index] = raw;
      if (accounts.count(r)) inPeriod.push(index);
    } else if (!conflicted.has(r.id) && stable(raws[prev]) === stable(raw)) {
      accounts.duplicate(index, r.id, prev);
    } else {
      accounts.conflict(index, r.id, prev);
      if (conflicted.has(r.id)) continue;
      conflicted.add(r.id);
      accounts.conflict(prev, r.id, index);
      accounts.uncount(again(prev));
    }
  }
  const accepted = inPeriod.map((i) => raws[i] as { id: string; raw: object }).filter((raw) => !conflicted.has(raw.id)).map((raw) => ({ id: raw.id, raw }));
  const done = accounts.close((id) => {
    const at = byId.get(id);
    return at === undefined ? undefined : conflicted.has(id) ? 'conflicted' : again(at);
  });
  for (const v of done.applied) accepted.push({ id: v.id, raw: raws[v.index] as { id: string; raw: object } });
  return { table: accounts.table, accepted, rejected: accounts.rejected, counts: done.counts, unresolvedVoids: done.unresolvedVoids, unknownClauses: accounts.unknownClauses };
}

/** What a tally says, as plain data. */
function view(t: Tally) {
  const cells = [...t.table.windows].flatMap(([subject, row]) =>
    [...row.values()].map((c) => ({ subject, clause: c.clause.clause.id, count: cellCount(c).toString(), amount: c.amount.toString(), ids: cellIds(c), voided: c.voided, months: c.months })),
  );
  return {
    cells: cells.sort((a, b) => `${a.subject}|${a.clause}`.localeCompare(`${b.subject}|${b.clause}`)),
    rejected: t.rejected.map((r) => `${r.index}|${r.id}|${r.code}|${r.path.join('.')}`),
    counts: t.counts,
    accepted: t.accepted.map((a) => a.id).sort(),
    unresolvedVoids: t.unresolvedVoids,
  };
}

/** Two ids with the same 32-bit hash: renaming a ledger's ids to them makes every lookup meet a collision. */
const COLLIDING: Record<string, string> = { e1: 'id43zx', e2: 'idbpad' };
const rename = (entries: readonly unknown[]) =>
  entries.map((e) => {
    if (typeof e !== 'object' || e === null) return e;
    const o = { ...(e as Record<string, unknown>) };
    for (const k of ['id', 'voids']) if (typeof o[k] === 'string' && COLLIDING[o[k]] !== undefined) o[k] = COLLIDING[o[k]];
    return o;
  });

describe('fast path and plain path agree', { timeout: Math.max(60_000, RUNS * 20) }, () => {
  it('settling repeated ids after the pass gives what settling them on arrival gives', () => {
    fc.assert(
      fc.property(scenarioArb(), fc.boolean(), (s, collide) => {
        const rubric = compileRubric(s.rubric);
        const period = periodOf(s.options.month, s.options.timeZone);
        const entries = collide ? rename(s.entries) : s.entries;
        expect(view(tally(rubric, entries, period))).toStrictEqual(view(plainTally(rubric, entries, period)));
      }),
      { numRuns: RUNS },
    );
  });
});
