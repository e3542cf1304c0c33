// Every rejection, whatever the ledger, says in Chinese the values its English message names.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreMonth, safeParseRubric } from '../../src/index.js';
import { miniRubric } from '../fixtures/mini-rubric.js';
import { ledgerArb } from './arbitraries.js';

const RUNS = Number(process.env['PROP_RUNS'] ?? 200);

/** What an English message quotes ("…", as JSON) or counts (#3). */
const named = (en: string): string[] => [...(en.match(/"(?:[^"\\]|\\.)*"/g) ?? []), ...(en.match(/#\d+/g) ?? [])];

describe('messages in both languages', () => {
  it('every rejection of a random ledger names in Chinese what it names in English', () => {
    const ctx = { rubric: miniRubric, month: '2024-03', timeZone: 'Asia/Shanghai' };
    fc.assert(
      fc.property(ledgerArb(ctx), fc.array(fc.jsonValue(), { maxLength: 4 }), (ledger, junk) => {
        const r = scoreMonth(miniRubric, [...ledger, ...junk], { month: '2024-03' });
        for (const x of r.rejected) for (const v of named(x.message)) expect(x.messageZh, x.message).toContain(v);
      }),
      { numRuns: RUNS },
    );
  });

  it('every issue of a random rubric-like value names in Chinese what it names in English', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const r = safeParseRubric(v);
        if (!r.success) for (const i of r.issues) for (const s of named(i.message)) expect(i.messageZh, i.message).toContain(s);
      }),
      { numRuns: RUNS },
    );
  });
});
