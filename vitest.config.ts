import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Real-socket integration tests and the browser e2e share 2 cores; keep workers modest.
    maxWorkers: 2,
    reporters: ['default', './test/support/plainSummaryReporter.ts'],
  },
});
