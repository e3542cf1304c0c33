// Hostile input: whatever is handed in, the library answers with a result or one of its
// own typed errors, never NaN or a negative score, and never pollutes a prototype.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { miniRubric } from '../fixtures/mini-rubric.js';
import {
  InvalidOptionsError,
  parseRubric,
  RubricValidationError,
  safeParseRubric,
  scoreMonth,
  WindowScorecardError,
} from '../../src/index.js';

const RUNS = Number(process.env['PROP_RUNS'] ?? 200);
const anything = fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withNullPrototype: true, withObjectString: true });
const month = '2024-03';

const DECIMAL = /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/;

function saneResult(r: ReturnType<typeof scoreMonth>) {
  // Every number-like field is a plain decimal (ids and notes may say "NaN": they are data).
  for (const c of r.cards) {
    for (const v of [c.score, c.scoreBeforeVeto, c.max, c.chiefDeduction]) if (v !== null) expect(v).toMatch(DECIMAL);
    for (const k of c.categories) for (const v of [k.score, k.max, k.deducted, k.bonus, k.chiefDeducted]) if (v !== null) expect(v).toMatch(DECIMAL);
    for (const t of c.trace) for (const v of [t.count, t.points, t.applied, t.chiefPoints, t.chiefApplied, t.amount ?? '0']) expect(v).toMatch(DECIMAL);
  }
  expect(r.counts.accepted + r.counts.rejected + r.counts.outOfPeriod).toBe(r.counts.received);
  for (const c of r.cards) for (const k of c.categories) if (k.score !== null) expect(k.score.startsWith('-')).toBe(false);
}

describe('hostile input', () => {
  it('safeParseRubric never throws; parseRubric throws only RubricValidationError', () => {
    fc.assert(
      fc.property(fc.oneof(anything, fc.jsonValue(), fc.string()), (v) => {
        const r = safeParseRubric(v);
        expect(typeof r.success).toBe('boolean');
        try {
          parseRubric(v);
        } catch (e) {
          expect(e).toBeInstanceOf(RubricValidationError);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('scoreMonth takes any entries: a result with every entry accounted for', () => {
    const entry = fc.record(
      {
        id: fc.oneof(fc.string(), anything),
        windowId: fc.oneof(fc.constantFrom('W1', 'constructor', '__proto__', 'hasOwnProperty'), anything),
        clauseId: fc.oneof(fc.constantFrom('po', 'fl', 'th', 'qp', 'ex', 've', 'bo', 'in', 'dq'), anything),
        date: fc.oneof(fc.constantFrom('2024-03-01', '2024-02-30', '2023-02-29', '2024-03-31T16:30:00Z', '2024-03-01T10:00', '2024-03-01T10:00:00+14:00', '２０２４-03-01', ''), anything),
        count: fc.oneof(fc.integer(), fc.constant(Number.MAX_SAFE_INTEGER), fc.double(), fc.constant('２'), anything),
        amount: fc.oneof(fc.constant('0.123456789012345678901234567890'), fc.double(), fc.string(), anything),
        voids: fc.oneof(fc.string(), anything),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(entry, anything), { maxLength: 30 }), (entries) => {
        saneResult(scoreMonth(miniRubric, entries, { month, windows: ['W1', 'constructor'] }));
      }),
      { numRuns: RUNS },
    );
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('scoreMonth throws only the library\'s errors for any rubric and options', () => {
    fc.assert(
      fc.property(anything, anything, (rubric, options) => {
        try {
          saneResult(scoreMonth(rubric as never, [], options as never));
        } catch (e) {
          expect(e).toBeInstanceOf(WindowScorecardError);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('__proto__, constructor and prototype keys pollute nothing', () => {
    const entries = JSON.parse(
      '[{"id":"p1","windowId":"W1","clauseId":"po","date":"2024-03-01","__proto__":{"polluted":1}},' +
        '{"id":"p2","windowId":"__proto__","clauseId":"po","date":"2024-03-01"},' +
        '{"id":"p3","windowId":"constructor","clauseId":"po","date":"2024-03-01","evidence":{"source":"x","__proto__":{"polluted":1}}}]',
    ) as unknown[];
    // __proto__: 5 (input 50/100 x 10) + 8 (serve 10 - 2) + 10 + 15 (lead 20 - 2 - 3) = 38; constructor: 6 + 10 + 10 + 15 = 41 (p3 rejected)
    const r = scoreMonth(miniRubric, entries, { month, inputs: JSON.parse('{"__proto__":{"in":50},"constructor":{"in":60}}') });
    expect(r.rejected.map((x) => [x.id, x.code])).toEqual([['p1', 'unknown-field'], ['p3', 'invalid-shape']]);
    expect(r.cards.map((c) => [c.windowId, c.score])).toEqual([['__proto__', '38'], ['constructor', '41']]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(() => parseRubric('{"__proto__":{"polluted":1}}')).toThrow(RubricValidationError);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('a declared list against prototype names and thousands of distinct misspelt windows: every one rejected, quickly, nothing polluted', () => {
    const declared = Array.from({ length: 300 }, (_, i) => `窗口${String(i).padStart(3, '0')}号`);
    const entries: unknown[] = [
      { id: 'p1', windowId: '__proto__', clauseId: 'po', date: '2024-03-01' },
      { id: 'p2', windowId: 'constructor', clauseId: 'po', date: '2024-03-01' },
      { id: 'p3', windowId: 'hasOwnProperty', clauseId: 'po', date: '2024-03-01' },
    ];
    // 3000 distinct short ids near the declared ones, 1000 of 200 characters.
    for (let i = 0; i < 3000; i++) entries.push({ id: `s${i}`, windowId: `窗囗${i}号`, clauseId: 'po', date: '2024-03-01' });
    for (let i = 0; i < 1000; i++) entries.push({ id: `l${i}`, windowId: `${'长'.repeat(190)}${i}`, clauseId: 'po', date: '2024-03-01' });
    const started = performance.now();
    const r = scoreMonth(miniRubric, entries, { month, windows: [...declared, '__proto__'] });
    expect(performance.now() - started).toBeLessThan(20_000);
    saneResult(r);
    expect(r.counts).toMatchObject({ received: 4003, accepted: 1, rejected: 4002 });
    expect(new Set(r.rejected.map((x) => x.code))).toEqual(new Set(['unknown-window']));
    expect(r.cards).toHaveLength(301);
    expect(r.rejected.find((x) => x.id === 's7')!.message).toContain('did you mean "窗口007号"?');
    expect(r.rejected.find((x) => x.id === 'l0')!.message).not.toContain('did you mean');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('ids differing only by Unicode normalisation: the non-NFC one is rejected, never merged silently', () => {
    const composed = 'caf\u00e9';
    const decomposed = 'cafe\u0301';
    const r = scoreMonth(miniRubric, [
      { id: 'a', windowId: composed, clauseId: 'po', date: '2024-03-01' },
      { id: 'b', windowId: decomposed, clauseId: 'po', date: '2024-03-01' },
    ], { month });
    expect(r.rejected.map((x) => [x.id, x.code, x.path])).toEqual([['b', 'invalid-id', ['windowId']]]);
    expect(r.cards.map((c) => c.windowId)).toEqual([composed]);
  });

  it('a 100 MB id is rejected at once; empty strings are rejected, not counted', () => {
    const huge = 'x'.repeat(100 * 1024 * 1024);
    const r = scoreMonth(miniRubric, [
      { id: huge, windowId: 'W1', clauseId: 'po', date: '2024-03-01' },
      { id: '', windowId: 'W1', clauseId: 'po', date: '2024-03-01' },
      { id: 'e', windowId: '', clauseId: 'po', date: '2024-03-01' },
      { id: 'f', windowId: 'W1', clauseId: '', date: '2024-03-01' },
    ], { month });
    expect(r.rejected.map((x) => x.code)).toEqual(['invalid-id', 'invalid-id', 'invalid-id', 'invalid-id']);
    expect(r.counts.accepted).toBe(0);
  });

  it('malformed options are InvalidOptionsError with the option named', () => {
    for (const [options, path] of [
      [{ month: '2024-02-30' }, 'month'],
      [{ month, timeZone: 'Asia/Nowhere' }, 'timeZone'],
      [{ month, windows: 'W1' }, 'windows'],
      [{ month, inputs: [] }, 'inputs'],
    ] as const) {
      try {
        scoreMonth(miniRubric, [], options as never);
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(InvalidOptionsError);
        expect((e as InvalidOptionsError).path[0]).toBe(path);
      }
    }
  });
});

describe('hostile bytes into the ledger readers', () => {
  it('any bytes, in any chunking, give entries and problems, never a throw, and every record is accounted for', async () => {
    const { readLedger, entriesOf, newReadStats } = await import('../../src/io/index.js');
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 400 }),
      fc.array(fc.oneof(fc.constantFrom('{"id":"a","windowId":"W1","clauseId":"po","date":"2024-03-01"}', '编号,窗口,条款,日期', '"a,b', '\r', '\n', ',', '"', '[', ']', '{', '}', '\uFEFF', '序号'), fc.string()), { maxLength: 30 }).map((parts) => new TextEncoder().encode(parts.join(''))),
    );
    await fc.assert(
      fc.asyncProperty(bytes, fc.integer({ min: 1, max: 64 }), fc.constantFrom('csv' as const, 'ndjson' as const, 'json' as const), fc.constantFrom('auto' as const, 'utf-8' as const, 'gbk' as const), async (b, size, format, encoding) => {
        const chunks = Array.from({ length: Math.ceil(b.length / size) }, (_, i) => b.subarray(i * size, (i + 1) * size));
        const stats = newReadStats();
        const entries = [];
        for await (const e of entriesOf(readLedger(chunks, { format, encoding }), stats)) entries.push(e);
        expect(stats.entries).toBe(entries.length);
        if (format !== 'json') expect(stats.records).toBe(stats.entries + stats.rejected + stats.blank + stats.header);
        saneResult(scoreMonth(miniRubric, entries, { month }));
      }),
      { numRuns: RUNS },
    );
  });
});

describe('hostile encodings: lines in UTF-8 and GBK mixed', () => {
  it('never yields an entry whose text is not what the centre wrote (no mojibake, no U+FFFD): each line is read right or refused', async () => {
    const { readLedger } = await import('../../src/io/index.js');
    const iconv = (await import('iconv-lite')).default;
    const names = ['住建', '人社', '公安', '不动产登记', '税务', '医保', '农业', '市场监管', '公积金', '迟到', 'W01'];
    const line = fc.tuple(fc.constantFrom(...names), fc.constantFrom(...names), fc.boolean());
    await fc.assert(
      fc.asyncProperty(fc.boolean(), fc.array(line, { minLength: 1, maxLength: 30 }), fc.constantFrom('\n', '\r\n', '\r'), fc.integer({ min: 1, max: 64 }), async (headerGbk, rows, eol, size) => {
        const parts: Uint8Array[] = [];
        const enc = (text: string, gbk: boolean) => (gbk ? new Uint8Array(iconv.encode(text, 'gbk')) : new TextEncoder().encode(text));
        parts.push(enc(`编号,窗口,条款,日期,备注${eol}`, headerGbk));
        rows.forEach(([w, note, gbk], i) => parts.push(enc(`e${i},${w},w1.1,2024-03-05,${note}${eol}`, gbk)));
        const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
        parts.reduce((at, p) => (bytes.set(p, at), at + p.length), 0);
        const chunks = Array.from({ length: Math.ceil(bytes.length / size) }, (_, k) => bytes.subarray(k * size, (k + 1) * size));
        let entries = 0;
        let problems = 0;
        const it = readLedger(chunks, { format: 'csv' });
        for (;;) {
          const next = await it.next();
          if (next.done === true) break;
          if (next.value.kind === 'problem') {
            if (!['unknown-column', 'missing-column'].includes(next.value.problem.code)) problems++;
            continue;
          }
          entries++;
          const { id, windowId, note } = next.value.entry as { id: string; windowId: string; note: string };
          const [w, n] = rows[Number(id.slice(1))]!;
          expect([windowId, note]).toEqual([w, n]);
        }
        expect(entries + problems).toBe(rows.length);
      }),
      { numRuns: RUNS },
    );
  });
});
