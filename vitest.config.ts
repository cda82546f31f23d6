import { defineConfig } from 'vitest/config';

// One runner, one project per suite: `pnpm test:unit` runs shared, server and web (each package has
// its own vitest.config.ts); the cross-package suites live in tests/. `api` and `e2e` run the built
// server as a child process, so they run one file at a time (2-core machines) with timeouts that
// allow for a cold Chromium.
// `.only` fails the run in every project (allowOnly: false), so a focused test never slips into a commit.
const crossPackage = { root: './tests', environment: 'node' as const, allowOnly: false };

export default defineConfig({
  test: {
    projects: [
      'shared',
      'server',
      'web',
      { test: { ...crossPackage, name: 'data', include: ['data/**/*.test.ts'] } },
      // Golden outputs of the engine and the API (in process, no build needed): part of test:unit.
      { test: { ...crossPackage, name: 'golden', include: ['golden/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000 } },
      // The fidelity framework's own tests (fake statistics, no simulation): part of test:unit.
      { test: { ...crossPackage, name: 'fidelity', include: ['fidelity/**/*.test.ts'] } },
      {
        test: {
          ...crossPackage,
          name: 'api',
          include: ['api/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        test: {
          ...crossPackage,
          name: 'e2e',
          include: ['e2e/**/*.e2e.test.ts'],
          // After every test: no console errors, no requests to another origin (support/e2e-guards.ts).
          setupFiles: ['support/e2e-guards.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // A page reacting to a key or a click can take more than the default second on a loaded
          // 2-core runner with a software-rendered map; polls wait up to 10 s before they fail.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
