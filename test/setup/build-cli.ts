// Vitest global setup: builds the command line from the current sources with the same tsup
// options as `npm run build` (tsup.config.ts, the cli entry), so that the built-bin test runs
// on a fresh clone before any build and never tests a stale dist/. Only esbuild runs (no
// declarations): about a second. The folder sits under node_modules/.cache so that the bin
// finds its dependencies (they stay external, as in the package).
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Options } from 'tsup';
import type { TestProject } from 'vitest/node';
import configs from '../../tsup.config.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Absolute path of the freshly built `cli.js` (the package's bin). */
    cliBin: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const list = (Array.isArray(configs) ? configs : [configs]) as Options[];
  const cli = list.find((c) => c.entry !== undefined && !Array.isArray(c.entry) && 'cli' in c.entry);
  if (cli === undefined) throw new Error('tsup.config.ts has no `cli` entry');
  const cache = fileURLToPath(new URL('../../node_modules/.cache/', import.meta.url));
  mkdirSync(cache, { recursive: true });
  const outDir = mkdtempSync(join(cache, 'window-scorecard-bin-'));
  await build({ ...cli, outDir, silent: true, sourcemap: false, clean: false, config: false });
  project.provide('cliBin', join(outDir, 'cli.js'));
  return () => rmSync(outDir, { recursive: true, force: true });
}
