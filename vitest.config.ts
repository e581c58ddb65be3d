import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Browser and build tests start servers and Chromium; keep them from starving each other on 2 cores.
    maxWorkers: 2,
    testTimeout: 30_000,
  },
});
