import { defineConfig } from 'vitest/config';

// One runner, one project per suite. `pnpm test:unit` runs shared, server and web; the cross-package
// suites (data, api, e2e) live in tests/ and are listed by tests/vitest.config.ts.
export default defineConfig({
  test: {
    projects: ['shared', 'server', 'web', 'tests'],
  },
});
