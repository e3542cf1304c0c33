// The 民主测评 reader: whatever is written in a score cell, the survey either gives a plain
// decimal from 0 to 100 exactly as written, or refuses naming the file, the line and the value.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/errors.js';
import { surveyFrom } from '../../src/cli/survey.js';

const RUNS = Number(process.env['PROP_RUNS'] ?? 200);
const dir = mkdtempSync(join(tmpdir(), 'ws-survey-prop-'));

const cell = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.double({ noNaN: false }).map(String),
  fc.integer({ min: -1000, max: 1000 }).map(String),
  fc.tuple(fc.integer({ min: 0, max: 120 }), fc.constantFrom('', '.5', '.0', '分', '%', 'e0', ' ')).map(([n, s]) => `${n}${s}`),
  fc.constantFrom('９５', '１００', '+90', '0x5a', '1e2', '100.00', '0', '-0', 'NaN', 'Infinity'),
).filter((s) => !/[,"\r\n]/.test(s));

describe('survey reader (property)', () => {
  it('a score cell is read as a plain decimal in [0, 100] or refused with file:line and the value', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(cell, async (score) => {
        const path = join(dir, `s${n++}.csv`);
        writeFileSync(path, `窗口,民主测评\n住建,90\n人社,${score}\n`);
        const value = score.trim();
        try {
          const s = await surveyFrom(path);
          expect(value).toMatch(/^\d+(?:\.\d+)?$/);
          expect(Number(value)).toBeLessThanOrEqual(100);
          expect(s.scores['人社']).toBe(value);
          expect(s.lines.get('人社')).toBe(3);
        } catch (e) {
          expect(e).toBeInstanceOf(UsageError);
          const u = e as UsageError;
          expect(u.zh).toContain(`${path}:3`);
          expect(u.en).toContain(`${path}:3`);
          if (value !== '') expect(u.zh).toContain(`“${value}”`);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
