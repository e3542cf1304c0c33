// Writes schema/rubric.schema.json from the zod schema: npm run schema:write.
// A test (src/rubric/json-schema.test.ts) fails when the committed file is stale.
import { writeFileSync } from 'node:fs';
import { rubricJsonSchema } from '../src/rubric/json-schema.js';

writeFileSync(new URL('../schema/rubric.schema.json', import.meta.url), `${JSON.stringify(rubricJsonSchema(), null, 2)}\n`);
