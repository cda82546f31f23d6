/**
 * Mutation testing (`pnpm mutation`, not part of `pnpm test` or CI; decision 090): Stryker changes
 * the code below one small edit at a time and runs the unit tests next to it; a change no test
 * notices is a "surviving mutant". Scope: the metrics (AQI, NowCast, downsampling, series) and the
 * scenario codec (schema, query parameters, the web app's URL reading and writing).
 *
 * The two lists below are the one place to update when these files move.
 */

/** The code under mutation. */
export const MUTATE = [
  'shared/src/air/aqi.ts',
  'shared/src/air/nowcast.ts',
  'shared/src/air/aqi-series.ts',
  'shared/src/common/series.ts',
  'shared/src/common/resample.ts',
  'shared/src/common/downsample.ts',
  'shared/src/scenario/schemas.ts',
  'shared/src/scenario/query.ts',
  'web/src/state/scenario/scenario-codec.ts',
];

/** The unit tests that speak for it, per package (vitest.mutation.config.ts runs them). */
export const MUTATION_TESTS = {
  shared: ['src/air/{aqi,nowcast,aqi-series}.test.ts', 'src/common/{series,resample,downsample}.test.ts', 'src/scenario/*.test.ts'],
  web: ['src/state/scenario/*.test.ts'],
};

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  mutate: MUTATE,
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.mutation.config.ts' },
  coverageAnalysis: 'perTest',
  // The sandbox holds the sources and tests only: built output and artifacts stay out of the copy.
  ignorePatterns: ['**/dist', 'tests/artifacts', 'reports', 'docs', 'data/geo'],
  tempDirName: '.stryker-tmp',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 80, break: null },
  concurrency: 2,
  timeoutMS: 20_000,
};
