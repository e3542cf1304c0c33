import { defineConfig } from 'vitest/config';

// `npm run test:browser`: the HTML bulletin rendered by Debian's headless Chromium
// (apt-get install chromium fonts-noto-cjk). Kept out of `npm test`, which needs no browser.
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    testTimeout: 120_000,
  },
});
