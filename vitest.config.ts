import { defineConfig } from 'vitest/config';

// The JSON report is what .ci/run counts; the default reporter is for people.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    reporters: ['default', 'json'],
    outputFile: { json: '.test-results/vitest.json' },
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // Browser test files each launch Chromium or Firefox once; on two cores they must not pile up.
    maxWorkers: 2,
  },
});
