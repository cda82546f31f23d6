/**
 * The unit tests Stryker runs against each mutant (stryker.config.mjs lists them). `@sandbox/shared`
 * resolves to this folder's shared/src, so in Stryker's sandbox the web tests see the mutated shared
 * code too (the workspace link would lead back to the original files).
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { MUTATION_TESTS } from './stryker.config.mjs';

const sharedSrc = fileURLToPath(new URL('./shared/src/', import.meta.url));
const alias = [
  { find: /^@sandbox\/shared$/, replacement: `${sharedSrc}index.ts` },
  { find: /^@sandbox\/shared\/(.*)$/, replacement: `${sharedSrc}$1.ts` },
];

export default defineConfig({
  test: {
    allowOnly: false,
    projects: [
      {
        resolve: { alias },
        test: { name: 'shared', root: './shared', include: MUTATION_TESTS.shared, environment: 'node', allowOnly: false },
      },
      {
        resolve: { alias },
        test: {
          name: 'web',
          root: './web',
          include: MUTATION_TESTS.web,
          environment: 'jsdom',
          setupFiles: ['src/test/setup.ts'],
          allowOnly: false,
        },
      },
    ],
  },
});
