import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30000,
    hookTimeout: 60000,
    // Browser tests share one Chromium; keep files sequential on a 2-core machine.
    fileParallelism: false,
  },
});
