import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rubricJsonSchema } from './json-schema.js';

describe('schema/rubric.schema.json', () => {
  it('is what rubricJsonSchema() returns (run `npm run schema:write` after changing the schema)', () => {
    const file = JSON.parse(readFileSync(new URL('../../schema/rubric.schema.json', import.meta.url), 'utf8')) as unknown;
    expect(file).toEqual(rubricJsonSchema());
  });
});

describe('the JSON Schema, used by a standard validator (Ajv, draft 2020-12)', () => {
  it('accepts the built-in rubric files and rejects a broken one', async () => {
    const { Ajv2020 } = await import('ajv/dist/2020.js');
    const addFormats = (await import('ajv-formats')).default;
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(rubricJsonSchema());
    for (const name of ['county-monthly', 'red-flag-window']) {
      const rubric = JSON.parse(readFileSync(new URL(`../../rubrics/${name}.json`, import.meta.url), 'utf8')) as unknown;
      expect(validate(rubric), JSON.stringify(validate.errors)).toBe(true);
    }
    expect(validate({ id: 'x', categories: [{ clauses: [{ kind: 'sometimes' }] }] })).toBe(false);
  });
});

describe('ledgerJsonSchema', () => {
  it('accepts a finding and a void, and refuses an unknown field', async () => {
    const { ledgerJsonSchema } = await import('../ledger/json-schema.js');
    const { Ajv2020 } = await import('ajv/dist/2020.js');
    const validate = new Ajv2020({ strict: false }).compile(ledgerJsonSchema());
    expect(validate({ id: 'e1', windowId: 'W01', clauseId: '4.1', date: '2024-03-05', count: 2 })).toBe(true);
    expect(validate({ id: 'v1', voids: 'e1', date: '2024-04-01' })).toBe(true);
    expect(validate({ id: 'e1', windowId: 'W01', clauseId: '4.1', date: '2024-03-05', cuont: 2 })).toBe(false);
  });
});
