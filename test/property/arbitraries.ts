// fast-check generators for property tests: rubrics covering every clause kind, ledgers
// (valid, out-of-period and invalid entries, duplicates, conflicts, voids) and inputs.
import fc from 'fast-check';
import Decimal from 'decimal.js';
import { parseRubric } from '../../src/rubric/parse.js';
import type { Rubric, RubricInput } from '../../src/rubric/schema.js';
import type { MonthInputs, ScoreMonthOptions } from '../../src/scoring/score-month.js';

export const WINDOWS = ['W01', 'W02', 'W03', 'W04', 'W05'] as const;

type ClauseInput = RubricInput['categories'][number]['clauses'][number];
type LedgerKind = 'per-occurrence' | 'flat' | 'threshold' | 'quota' | 'external' | 'veto' | 'bonus' | 'record' | 'overflow';
const LEDGER_KINDS: readonly LedgerKind[] = ['per-occurrence', 'flat', 'threshold', 'quota', 'external', 'veto', 'bonus', 'record', 'overflow'];
/** Placeholder replaced, on assembly, by the id of the rubric's first per-occurrence clause. */
const OVERFLOW_TARGET = '__per-occurrence__';

/** Decimal points written as JSON numbers or decimal strings. */
export const pointsArb: fc.Arbitrary<number | string> = fc.constantFrom<number | string>(
  0.5, 1.5, 2, 15, 1, 3, 0.25, 0,
  '0.5', '1.5', '2', '15', '1', '2.5', '0.1', '7.25', '0',
);
const ratioArb: fc.Arbitrary<number | string> = fc.constantFrom<number | string>(0, 0.5, 1, '0', '0.5', '1', '0.25');

/** A category max from 1 to 50 (whole or .5), as a number or a string. */
const maxArb: fc.Arbitrary<number | string> = fc
  .tuple(fc.integer({ min: 1, max: 50 }), fc.boolean(), fc.boolean())
  .map(([n, half, asString]) => {
    const v = half && n < 50 ? n + 0.5 : n;
    return asString ? String(v) : v;
  });

const optional = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> =>
  fc.option(arb, { nil: undefined, freq: 2 });

/** Drops keys whose value is undefined (the schema is strict and exactOptional-minded). */
function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

type Scope = 'window' | { section: string } | undefined;

/** A clause of one kind, without its id (assigned on assembly). */
function clauseArb(kind: LedgerKind | 'input', sectionIds: readonly string[], forceWindowScope: boolean): fc.Arbitrary<Omit<ClauseInput, 'id'>> {
  const common = {
    text: fc.constant(`clause text (${kind})`),
    disqualify: optional(fc.boolean()),
    unit: optional(fc.constantFrom('次', '人次', '件次')),
  };
  const deducting = { ...common, points: pointsArb, chiefPoints: optional(pointsArb) };
  let arb: fc.Arbitrary<Record<string, unknown>>;
  switch (kind) {
    case 'per-occurrence':
    case 'flat':
      arb = fc.record(deducting);
      break;
    case 'threshold':
      arb = fc.record({
        ...deducting,
        threshold: fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 1, max: 5 }) }, { weight: 1, arbitrary: fc.constant(Number.MAX_SAFE_INTEGER) }),
      });
      break;
    case 'quota':
      arb = fc.record({ ...deducting, required: fc.integer({ min: 1, max: 4 }), mode: fc.constantFrom('per-missing' as const, 'below' as const) });
      break;
    case 'external':
      arb = fc.record({ ...common, chiefRatio: optional(ratioArb) });
      break;
    case 'veto': {
      const scopes: fc.Arbitrary<Scope>[] = [fc.constant<Scope>('window')];
      if (!forceWindowScope) {
        scopes.push(fc.constant<Scope>(undefined));
        if (sectionIds.length > 0) scopes.push(fc.constantFrom(...sectionIds).map((section): Scope => ({ section })));
      }
      arb = fc.record({ ...common, scope: fc.oneof(...scopes) });
      break;
    }
    case 'bonus':
      arb = fc.record({ ...common, points: pointsArb, cap: optional(pointsArb) });
      break;
    case 'input':
      arb = fc.record({ text: common.text, points: pointsArb, outOf: fc.constantFrom<number | string>(100, '100') });
      break;
    case 'record':
      arb = fc.record(common);
      break;
    case 'overflow':
      arb = fc.record({ ...common, allowance: fc.integer({ min: 0, max: 3 }), countsAs: fc.constant(OVERFLOW_TARGET) });
      break;
  }
  return arb.map((c) => compact({ kind, ...c }) as unknown as Omit<ClauseInput, 'id'>);
}

export interface RubricArbOptions {
  /** Always include at least one veto clause whose scope is the whole window. */
  readonly forceWindowVeto?: boolean;
}

/**
 * A valid rubric as written in JSON: every clause kind present (ledger kinds spread over
 * 1..4 ordinary categories, input clauses in their own category), with or without
 * sections, total = sum of the category maxima.
 */
export function rubricInputArb(opts: RubricArbOptions = {}): fc.Arbitrary<RubricInput> {
  const shape = fc.record({
    sectionCount: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 3 })),
    ordinary: fc.integer({ min: 1, max: 4 }),
    extraKinds: fc.array(fc.constantFrom(...LEDGER_KINDS), { maxLength: 4 }),
    inputCategory: fc.oneof({ weight: 5, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
    inputClauses: fc.integer({ min: 1, max: 2 }),
    emptyCategory: fc.oneof({ weight: 8, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
    /** Make the last ordinary category a tally (no max: uncapped, unscored). */
    tally: fc.oneof({ weight: 3, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
    chiefRatio: optional(ratioArb),
    totalAsString: fc.boolean(),
  });
  return shape.chain((s) => {
    const sectionIds = Array.from({ length: s.sectionCount }, (_, i) => `S${i + 1}`);
    const kinds: (LedgerKind | 'input')[] = [...LEDGER_KINDS, ...s.extraKinds];
    if (opts.forceWindowVeto) kinds.push('veto');
    const clauseArbs = kinds.map((k, i) =>
      fc.tuple(clauseArb(k, sectionIds, opts.forceWindowVeto === true && i === kinds.length - 1), fc.nat({ max: s.ordinary - 1 })),
    );
    const inputArbs = s.inputCategory ? Array.from({ length: s.inputClauses }, () => clauseArb('input', sectionIds, false)) : [];
    const catCount = s.ordinary + (s.inputCategory ? 1 : 0) + (s.emptyCategory ? 1 : 0);
    return fc
      .record({
        placed: fc.tuple(...clauseArbs),
        inputs: fc.tuple(...inputArbs),
        maxima: fc.array(maxArb, { minLength: catCount, maxLength: catCount }),
        sectionOf: fc.array(fc.nat({ max: Math.max(0, s.sectionCount - 1) }), { minLength: catCount, maxLength: catCount }),
      })
      .map(({ placed, inputs, maxima, sectionOf }) => {
        const buckets: Omit<ClauseInput, 'id'>[][] = Array.from({ length: s.ordinary }, () => []);
        for (const [clause, at] of placed) buckets[at]!.push(clause);
        const groups: Omit<ClauseInput, 'id'>[][] = [];
        if (s.inputCategory) groups.push(inputs);
        groups.push(...buckets);
        if (s.emptyCategory) groups.push([]);
        const tallyAt = s.tally && s.ordinary > 1 ? (s.inputCategory ? 1 : 0) + s.ordinary - 1 : -1;
        const categories = groups.map((clauses, ci) => ({
          id: `C${ci + 1}`,
          title: `category ${ci + 1}`,
          ...(ci === tallyAt ? {} : { max: maxima[ci]! }),
          ...(s.sectionCount > 0 ? { section: sectionIds[sectionOf[ci]!]! } : {}),
          clauses: clauses.map((c, ki) => ({ ...c, id: `${ci + 1}.${ki + 1}` }) as ClauseInput),
        }));
        const target = categories.flatMap((c) => c.clauses).find((c) => c.kind === 'per-occurrence')!.id;
        for (const c of categories) for (const k of c.clauses) if (k.kind === 'overflow') (k as { countsAs: string }).countsAs = target;
        const total = categories.reduce<Decimal>((a, c) => (c.max === undefined ? a : a.plus(c.max)), new Decimal(0));
        const sections =
          s.sectionCount > 0
            ? sectionIds.map((id) => ({
                id,
                title: `section ${id}`,
                max: categories
                  .filter((c) => c.section === id && c.max !== undefined)
                  .reduce<Decimal>((a, c) => a.plus(c.max!), new Decimal(0))
                  .toFixed(),
              }))
            : undefined;
        const rubric: RubricInput = compact({
          id: 'prop-rubric',
          version: '1',
          title: 'property rubric',
          total: s.totalAsString ? total.toFixed() : total.toNumber(),
          effectiveFrom: '2020-01-01',
          source: { document: 'generated' },
          chiefRatio: s.chiefRatio,
          sections,
          categories,
        });
        return rubric;
      });
  });
}

// ---------------------------------------------------------------------------- dates

/** Fixed UTC offsets (minutes) of the time zones the scenarios use (no DST in either). */
const ZONE_OFFSET: Record<string, number> = { 'Asia/Shanghai': 480, UTC: 0 };

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number, w = 2) => String(Math.abs(n)).padStart(w, '0');

/** An instant written in the given offset: `Z` when zero (or `+00:00`), else `+08:00` etc. */
function formatInstant(ms: number, offsetMin: number, millis: boolean, zAsOffset: boolean): string {
  const local = new Date(ms + offsetMin * 60_000).toISOString();
  const body = millis ? local.slice(0, 23) : local.slice(0, 19);
  if (offsetMin === 0 && !zAsOffset) return `${body}Z`;
  const sign = offsetMin < 0 ? '-' : '+';
  return `${body}${sign}${pad(Math.trunc(offsetMin / 60))}:${pad(offsetMin % 60)}`;
}

export interface Period {
  readonly month: string;
  readonly timeZone: string;
}

/** A valid date for a ledger entry: mostly in the month, often near its edges, sometimes far away. */
export function validDateArb(p: Period, inside: 'mostly' | 'any' = 'mostly'): fc.Arbitrary<string> {
  const [y, m] = p.month.split('-').map(Number) as [number, number];
  const off = ZONE_OFFSET[p.timeZone]!;
  const startMs = Date.UTC(y, m - 1, 1) - off * 60_000;
  const endMs = Date.UTC(y, m, 1) - off * 60_000;
  const prev = new Date(Date.UTC(y, m - 1, 0));
  const next = new Date(Date.UTC(y, m, 1));
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  const insideDay = fc.integer({ min: 1, max: daysIn(y, m) }).map((d) => `${p.month}-${pad(d)}`);
  const edgeDay = fc.constantFrom(iso(prev), iso(next), `${p.month}-01`, `${p.month}-${pad(daysIn(y, m))}`, '2019-07-15');
  const fmt = fc.record({
    offset: fc.constantFrom(0, 480, -300, 540),
    millis: fc.boolean(),
    zAsOffset: fc.boolean(),
  });
  const nearEdge = fc
    .tuple(fc.constantFrom(startMs, endMs), fc.oneof(fc.constantFrom(0, -1, 1, -1000, 3_600_000 * 8, -3_600_000 * 8), fc.integer({ min: -30 * 3_600_000, max: 30 * 3_600_000 })), fmt)
    .map(([edge, delta, f]) => formatInstant(f.millis ? edge + delta : edge + Math.round(delta / 1000) * 1000, f.offset, f.millis, f.zAsOffset));
  const midMonth = fc
    .tuple(fc.integer({ min: startMs, max: endMs - 1 }), fmt)
    .map(([ms, f]) => formatInstant(f.millis ? ms : ms - (ms % 1000), f.offset, f.millis, f.zAsOffset));
  const inWeight = inside === 'mostly' ? 6 : 2;
  return fc.oneof(
    { weight: inWeight, arbitrary: insideDay },
    { weight: 2, arbitrary: edgeDay },
    { weight: 3, arbitrary: nearEdge },
    { weight: inWeight, arbitrary: midMonth },
  );
}

export const BAD_DATES = [
  '2023-02-29', '2024-02-30', '2024-13-01', '2024-00-10', '2024-03-32', '1899-12-31',
  '2024-03-05T10:00:00', '2024-03-05T24:00:00Z', '2024-03-05T10:00:00+15:00', '2024-3-5',
  '', 'not a date', '2024-03-05T10:00:60Z', '2023-02-29T12:00:00+08:00',
] as const;

// ---------------------------------------------------------------------------- ledgers

export interface LedgerContext extends Period {
  readonly rubric: Rubric;
}

type Obj = Record<string, unknown>;

/** A decimal string with up to 30 decimals, or now and then a JSON number. */
export const amountArb: fc.Arbitrary<number | string> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc
      .tuple(
        fc.oneof({ weight: 5, arbitrary: fc.bigInt({ min: 0n, max: 20n }) }, { weight: 1, arbitrary: fc.bigInt({ min: 0n, max: 10n ** 20n }) }),
        fc.string({ unit: fc.constantFrom(...'0123456789'), maxLength: 30 }),
      )
      .map(([i, frac]) => (frac.length === 0 ? i.toString() : `${i}.${frac}`)),
  },
  { weight: 1, arbitrary: fc.constantFrom<number | string>(0, 0.5, 1.5, 2, 15, '0') },
);

const countArb: fc.Arbitrary<number | undefined> = fc.oneof(
  { weight: 4, arbitrary: fc.constant(undefined) },
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 5 }) },
  { weight: 2, arbitrary: fc.oneof(fc.constantFrom(Number.MAX_SAFE_INTEGER, 2 ** 52, Number.MAX_SAFE_INTEGER - 1), fc.integer({ min: 6, max: Number.MAX_SAFE_INTEGER })) },
);

const extrasArb: fc.Arbitrary<Obj> = fc
  .record({
    personId: optional(fc.constantFrom('P1', 'P2')),
    note: optional(fc.constantFrom('n', '说明')),
    recordedBy: optional(fc.constant('inspector')),
    evidence: optional(fc.constantFrom({ source: '办件抽查' }, { source: '电子监察', ref: 'E-7' })),
  })
  .map((o) => compact(o));

function ledgerClauses(rubric: Rubric) {
  const all = rubric.categories.flatMap((c) => c.clauses);
  return { ledger: all.filter((c) => c.kind !== 'input'), inputs: all.filter((c) => c.kind === 'input'), all };
}

/** A well-formed finding (without id) for the rubric; its date may fall outside the month. */
export function findingArb(ctx: LedgerContext): fc.Arbitrary<Obj> {
  const { ledger } = ledgerClauses(ctx.rubric);
  return fc
    .record({
      windowId: fc.constantFrom(...WINDOWS.slice(0, 4)),
      clause: fc.constantFrom(...ledger),
      date: validDateArb(ctx),
      count: countArb,
      amount: amountArb,
      extras: extrasArb,
    })
    .map(({ windowId, clause, date, count, amount, extras }) =>
      compact({
        windowId,
        clauseId: clause.id,
        date,
        ...(clause.kind === 'external' ? { amount } : { count }),
        ...extras,
      }),
    );
}

/** One invalid entry of a known kind of fault; `id` is used where the fault keeps one. */
export function invalidArb(ctx: LedgerContext): fc.Arbitrary<(id: string) => unknown> {
  const { ledger, inputs } = ledgerClauses(ctx.rubric);
  const external = ledger.filter((c) => c.kind === 'external');
  const counted = ledger.filter((c) => c.kind !== 'external');
  const base = findingArb(ctx);
  const faults: fc.Arbitrary<(id: string) => unknown>[] = [
    base.map((f) => (id: string) => ({ ...f, id, clauseId: 'no-such-clause' })),
    fc.tuple(base, fc.constantFrom(...BAD_DATES)).map(([f, date]) => (id: string) => ({ ...f, id, date })),
    base.map((f) => (id: string) => ({ ...f, id, foo: 1 })),
    fc.constantFrom<unknown>(null, 42, 'e', [], {}).map((v) => () => v),
    fc.constantFrom(' e', '', 'x\ty ', 7).map((bad) => () => ({ id: bad, windowId: 'W01', clauseId: ledger[0]!.id, date: `${ctx.month}-01` })),
    base.map((f) => (id: string) => {
      const { windowId: _w, ...rest } = f;
      return { ...rest, id };
    }),
  ];
  if (counted.length > 0) {
    faults.push(
      fc
        .tuple(base, fc.constantFrom(...counted), fc.constantFrom<unknown>(0, -1, 1.5, '2', Number.MAX_SAFE_INTEGER + 1, Number.NaN, Number.POSITIVE_INFINITY, null))
        .map(([f, c, count]) => (id: string) => {
          const { amount: _a, ...rest } = f;
          return { ...rest, id, clauseId: c.id, count };
        }),
      fc.tuple(base, fc.constantFrom(...counted)).map(([f, c]) => (id: string) => {
        const { count: _c, ...rest } = f;
        return { ...rest, id, clauseId: c.id, amount: '1' };
      }),
    );
  }
  if (external.length > 0) {
    faults.push(
      fc.tuple(base, fc.constantFrom(...external)).map(([f, c]) => (id: string) => ({ ...f, id, clauseId: c.id, amount: '1', count: 1 })),
      fc.tuple(base, fc.constantFrom(...external)).map(([f, c]) => (id: string) => {
        const { amount: _a, count: _c, ...rest } = f;
        return { ...rest, id, clauseId: c.id };
      }),
      fc.tuple(base, fc.constantFrom(...external), fc.constantFrom<unknown>('-1', '1e3', 'abc', -0.5, '.5', Number.NaN)).map(([f, c, amount]) => (id: string) => {
        const { count: _c, ...rest } = f;
        return { ...rest, id, clauseId: c.id, amount };
      }),
    );
  }
  if (inputs.length > 0) {
    faults.push(fc.tuple(base, fc.constantFrom(...inputs)).map(([f, c]) => (id: string) => {
      const { amount: _a, ...rest } = f;
      return { ...rest, id, clauseId: c.id };
    }));
  }
  return fc.oneof(...faults);
}

/** Records built from the base findings: duplicates, conflicts, voids of every sort. */
type Op =
  | { op: 'dup'; at: number }
  | { op: 'conflict'; at: number; date: string }
  | { op: 'void-steals-id'; at: number; date: string }
  | { op: 'void'; at: number; date: string; window: 'none' | 'same' | 'other'; clause: 'none' | 'same' | 'other' }
  | { op: 'void-unknown'; date: string }
  | { op: 'void-of-void'; at: number; date: string }
  | { op: 'void-self'; date: string }
  | { op: 'void-dup'; at: number; date: string }
  | { op: 'void-bad-date'; at: number }
  | { op: 'void-with-count'; at: number; date: string };

function opArb(ctx: LedgerContext): fc.Arbitrary<Op> {
  const at = fc.nat({ max: 1000 });
  const date = validDateArb(ctx, 'any');
  return fc.oneof(
    { weight: 2, arbitrary: fc.record({ op: fc.constant('dup' as const), at }) },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('conflict' as const), at, date: fc.oneof({ weight: 4, arbitrary: date }, { weight: 1, arbitrary: fc.constantFrom(...BAD_DATES) }) }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('void-steals-id' as const), at, date }) },
    {
      weight: 6,
      arbitrary: fc.record({
        op: fc.constant('void' as const),
        at,
        date,
        window: fc.constantFrom('none' as const, 'same' as const, 'same' as const, 'other' as const),
        clause: fc.constantFrom('none' as const, 'same' as const, 'same' as const, 'other' as const),
      }),
    },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('void-unknown' as const), date }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('void-of-void' as const), at, date }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('void-self' as const), date }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('void-dup' as const), at, date }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('void-bad-date' as const), at }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('void-with-count' as const), at, date }) },
  );
}

/**
 * A ledger for the rubric: 0..14 findings over four windows, a sprinkle of invalid
 * entries, duplicates, conflicting ids and voids, in random order.
 */
export function ledgerArb(ctx: LedgerContext): fc.Arbitrary<unknown[]> {
  const { ledger } = ledgerClauses(ctx.rubric);
  return fc
    .record({
      findings: fc.array(findingArb(ctx), { maxLength: 14 }),
      invalid: fc.array(invalidArb(ctx), { maxLength: 3 }),
      ops: fc.array(opArb(ctx), { maxLength: 6 }),
    })
    .chain(({ findings, invalid, ops }) => {
      const base: Obj[] = findings.map((f, i) => ({ id: `e${i + 1}`, ...f }));
      const extra: unknown[] = invalid.map((make, i) => make(`x${i + 1}`));
      const voids: Obj[] = [];
      let vn = 0;
      const vid = () => `v${++vn}`;
      const pick = (at: number) => base[at % base.length]!;
      for (const op of ops) {
        switch (op.op) {
          case 'void-unknown':
            voids.push({ id: vid(), voids: 'ghost', date: op.date });
            continue;
          case 'void-self': {
            const id = vid();
            voids.push({ id, voids: id, date: op.date });
            continue;
          }
          case 'void-of-void':
            if (voids.length > 0) voids.push({ id: vid(), voids: voids[op.at % voids.length]!['id'], date: op.date });
            continue;
          default:
            break;
        }
        if (base.length === 0) continue;
        const t = pick(op.at);
        switch (op.op) {
          case 'dup': {
            // Same content, keys in another order: still an exact repeat.
            const copy = Object.fromEntries(Object.entries(t).reverse());
            extra.push(copy);
            break;
          }
          case 'conflict':
            // Same id, different content (the note always differs from the generated ones);
            // with a bad date the copy is rejected on its own and takes no part in the id check.
            extra.push({ ...t, date: op.date, note: 'conflicting copy' });
            break;
          case 'void-steals-id':
            // A void entry using a finding's id: the two conflict.
            voids.push({ id: t['id'], voids: pick(op.at + 1)['id'], date: op.date });
            break;
          case 'void': {
            const other = (xs: readonly string[], x: unknown) => xs.find((y) => y !== x) ?? 'zz';
            voids.push(
              compact({
                id: vid(),
                voids: t['id'],
                date: op.date,
                windowId: op.window === 'none' ? undefined : op.window === 'same' ? t['windowId'] : other(WINDOWS, t['windowId']),
                clauseId: op.clause === 'none' ? undefined : op.clause === 'same' ? t['clauseId'] : other(ledger.map((c) => c.id), t['clauseId']),
              }),
            );
            break;
          }
          case 'void-dup': {
            const v = { id: vid(), voids: t['id'], date: op.date };
            voids.push(v, { ...v });
            break;
          }
          case 'void-bad-date':
            voids.push({ id: vid(), voids: t['id'], date: '2023-02-29' });
            break;
          case 'void-with-count':
            voids.push({ id: vid(), voids: t['id'], date: op.date, count: 1 });
            break;
        }
      }
      const all: unknown[] = [...base, ...extra, ...voids];
      return fc.shuffledSubarray(all, { minLength: all.length, maxLength: all.length });
    });
}

// ---------------------------------------------------------------------------- inputs

const inputValueArb: fc.Arbitrary<number | string> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 100 }) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 999 }).map((n) => new Decimal(n).dividedBy(10).toFixed()) },
  { weight: 1, arbitrary: fc.constantFrom<number | string>(0, 100, '100', 87.5, '99.99') },
);

/** Inputs 0..100 for the rubric's input clauses over some windows, some values missing. */
export function inputsArb(rubric: Rubric): fc.Arbitrary<MonthInputs | undefined> {
  const { inputs } = ledgerClauses(rubric);
  const perWindow = fc
    .tuple(...inputs.map((c) => fc.option(inputValueArb, { nil: undefined, freq: 12 }).map((v) => [c.id, v] as const)))
    .map((pairs) => Object.fromEntries(pairs.filter(([, v]) => v !== undefined)) as Record<string, number | string>);
  const windows = fc.oneof({ weight: 3, arbitrary: fc.constant([...WINDOWS]) }, { weight: 1, arbitrary: fc.subarray([...WINDOWS]) });
  return fc.option(
    windows.chain((ws) => fc.tuple(...ws.map(() => perWindow)).map((vals) => Object.fromEntries(ws.map((w, i) => [w, vals[i]!])))),
    { nil: undefined, freq: 8 },
  );
}

// ---------------------------------------------------------------------------- scenarios

export interface Scenario {
  readonly rubricInput: RubricInput;
  readonly rubric: Rubric;
  readonly entries: unknown[];
  readonly options: ScoreMonthOptions;
}

export const MONTHS = ['2024-02', '2024-03', '2023-12', '2024-01', '2023-02'] as const;

/** A rubric, a ledger for it, and scoring options (month, zone, windows, inputs). */
export function scenarioArb(opts: RubricArbOptions = {}): fc.Arbitrary<Scenario> {
  return fc
    .record({
      rubricInput: rubricInputArb(opts),
      month: fc.constantFrom(...MONTHS),
      timeZone: fc.constantFrom<string | undefined>(undefined, 'Asia/Shanghai', 'UTC'),
    })
    .chain(({ rubricInput, month, timeZone }) => {
      const rubric = parseRubric(rubricInput);
      const ctx: LedgerContext = { rubric, month, timeZone: timeZone ?? 'Asia/Shanghai' };
      return fc
        .record({
          entries: ledgerArb(ctx),
          windows: fc.option(fc.subarray([...WINDOWS]), { nil: undefined }),
          inputs: inputsArb(rubric),
        })
        .map(({ entries, windows, inputs }) => ({
          rubricInput,
          rubric,
          entries,
          // Declared windows are the windows: inputs name only declared ones (others are refused).
          options: compact({ month, timeZone, windows: windows === undefined ? undefined : [...new Set([...windows, ...Object.keys(inputs ?? {})])], inputs }) as ScoreMonthOptions,
        }));
    });
}
