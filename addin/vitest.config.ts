import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The real-service end-to-end test is opt-in (tests/run-addin-tests.sh --with-service): it builds .NET.
    // The 24,000-task benchmark is on demand too (tests/bench/addin/run.sh): it reports figures, it asserts none.
    include:
      process.env.OFFICEINFRA_ADDIN_BENCH === '1'
        ? ['test/bench/**/*.test.ts']
        : ['test/unit/**/*.test.ts', 'test/browser/**/*.test.ts', ...(process.env.OFFICEINFRA_ADDIN_E2E === '1' ? ['test/e2e/**/*.test.ts'] : [])],
    environment: 'node',
    testTimeout: 30000,
    hookTimeout: 60000,
    // Browser tests share one Chromium; keep files sequential on a 2-core machine.
    fileParallelism: false,
  },
});
