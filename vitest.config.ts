import { configDefaults, defineConfig } from 'vitest/config';

/** One rule picks the project: a test under `tests/e2e/` needs the built fixture site, every other one does not. */
export default defineConfig({
  test: {
    // Browser and build tests start servers and Chromium; keep them from starving each other on 2 cores.
    maxWorkers: 2,
    testTimeout: 30_000,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'tests/e2e/**'],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          // Builds the fixture site at `/paper-digest/` and at `/` once per run, while unit tests run.
          globalSetup: ['tests/support/global-setup.ts'],
          // A hook waits for the build.
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
