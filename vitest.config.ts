import { configDefaults, defineConfig } from 'vitest/config';

/** Tests that need the built fixture site (`tests/support/global-setup.ts` builds and serves it). */
const siteTests = [
  'tests/site/**/*.test.ts',
  'tests/browser/**/*.test.ts',
  'tests/budget/budget.test.ts',
  'tests/**/*.{site,browser}.test.ts',
];

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
          exclude: [...configDefaults.exclude, ...siteTests],
        },
      },
      {
        test: {
          name: 'site',
          include: siteTests,
          // Builds the fixture site at `/paper-digest/` and at `/` once per run, while unit tests run.
          globalSetup: ['tests/support/global-setup.ts'],
          // A hook waits for the build.
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
