// The browser cost of `import { scoreMonth } from 'window-scorecard'`: bundled and minified
// with esbuild from the built package, gzipped. Fails when over the budget (npm run size).
// Budget: 140 KB gzipped. Today about 125 KB, of which zod is about 105 KB: the rubric
// schema is checked at runtime on every scoring call (a rubric is data, often from a file).
// The budget leaves room to grow by a small feature, not by a dependency; moving the schema
// to zod/mini is the known way to cut it.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';

const BUDGET = 140 * 1024;
const cases = {
  "import { scoreMonth }": "import { scoreMonth } from './dist/index.js'; console.log(scoreMonth);",
  "import { parseRubric }": "import { parseRubric } from './dist/index.js'; console.log(parseRubric);",
  'everything in the core': "import * as all from './dist/index.js'; console.log(all);",
};
let over = false;
for (const [name, contents] of Object.entries(cases)) {
  const out = await build({ stdin: { contents, resolveDir: process.cwd(), loader: 'js' }, bundle: true, minify: true, format: 'esm', platform: 'browser', write: false });
  const bytes = out.outputFiles[0].contents;
  const gz = gzipSync(bytes).length;
  const limited = name === "import { scoreMonth }";
  if (limited && gz > BUDGET) over = true;
  console.log(`${name.padEnd(26)} ${(bytes.length / 1024).toFixed(1).padStart(7)} KB minified ${(gz / 1024).toFixed(1).padStart(7)} KB gzipped${limited ? ` (budget ${BUDGET / 1024} KB)` : ''}`);
}
if (over) {
  console.log('over the size budget');
  process.exit(1);
}
