import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library: the core, and the subpaths that keep heavy or Node-only parts out of it.
    entry: { index: 'src/index.ts', io: 'src/io/index.ts', report: 'src/report/index.ts', xlsx: 'src/report/xlsx.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
    treeshake: true,
    splitting: false,
    tsconfig: 'tsconfig.node.json',
  },
  {
    // The command line, ESM only, run by the package's bin.
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    splitting: false,
    tsconfig: 'tsconfig.node.json',
  },
]);
