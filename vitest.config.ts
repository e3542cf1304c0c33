import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // The headless-Chromium test needs a browser a fresh clone does not have: `npm run test:browser`.
    exclude: ['**/node_modules/**', 'test/browser/**'],
    setupFiles: ['test/property/setup.ts'],
    globalSetup: ['test/setup/build-cli.ts'],
    testTimeout: 60_000,
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.test.json' },
  },
});
