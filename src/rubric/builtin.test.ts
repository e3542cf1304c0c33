import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InvalidOptionsError } from '../errors/errors.js';
import { builtinRubrics, loadRubric, type BuiltinRubricName } from './builtin.js';
import { lintRubric } from './lint.js';
import { parseRubric } from './parse.js';

describe('built-in rubrics', () => {
  it('lists every file under rubrics/', () => {
    expect(builtinRubrics.map((r) => r.id)).toEqual([
      'county-monthly',
      'red-flag-window',
      'centre-attendance',
      'window-staff-attendance',
      'good-bad-review',
      'thousand-point',
    ]);
  });

  it.each(builtinRubrics.map((r) => [r.id] as const))('%s loads, validates, lints clean and matches its JSON file', (id) => {
    const rubric = loadRubric(id as BuiltinRubricName);
    const file = parseRubric(readFileSync(new URL(`../../rubrics/${id}.json`, import.meta.url), 'utf8'));
    expect(rubric).toEqual(file);
    expect(rubric.id).toBe(id);
    const lint = lintRubric(rubric);
    expect(lint.issues).toEqual([]);
    expect(lint.ok).toBe(true);
  });

  it('hands out a fresh object each time', () => {
    const a = loadRubric('county-monthly');
    (a as { title: string }).title = 'changed';
    expect(loadRubric('county-monthly').title).not.toBe('changed');
  });

  it('refuses an unknown name', () => {
    expect(() => loadRubric('nope' as BuiltinRubricName)).toThrow(InvalidOptionsError);
    expect(() => loadRubric('constructor' as BuiltinRubricName)).toThrow(InvalidOptionsError);
  });

  it('summarises each rubric', () => {
    expect(builtinRubrics.find((r) => r.id === 'county-monthly')).toMatchObject({ total: '100', clauses: 35, truncated: true, template: false });
    expect(builtinRubrics.find((r) => r.id === 'thousand-point')).toMatchObject({ total: '1000', clauses: 0, template: true });
  });
});

describe('VERSION', () => {
  it('equals package.json version', async () => {
    const { VERSION } = await import('../version.js');
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(VERSION).toBe(pkg.version);
  });
});
