/**
 * The unit tests Stryker runs against each mutant (stryker.config.mjs lists them). `@sandbox/shared`
 * resolves to this folder's shared/src, so in Stryker's sandbox the web tests see the mutated shared
 * code too (the workspace link would lead back to the original files). The web tests in scope are
 * pure (no DOM), so they run in Node.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { MUTATION_TESTS } from './stryker.config.mjs';

const sharedSrc = fileURLToPath(new URL('./shared/src/', import.meta.url));
const alias = [
  { find: /^@sandbox\/shared$/, replacement: `${sharedSrc}index.ts` },
  { find: /^@sandbox\/shared\/(.*)$/, replacement: `${sharedSrc}$1.ts` },
];
const project = (name: keyof typeof MUTATION_TESTS) => ({
  resolve: { alias },
  test: { name, root: `./${name}`, include: MUTATION_TESTS[name], environment: 'node' as const, allowOnly: false },
});

export default defineConfig({ test: { allowOnly: false, projects: [project('shared'), project('web')] } });
