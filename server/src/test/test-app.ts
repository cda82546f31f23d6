/**
 * The app a test file talks to: built once before its tests, closed after them, with the requests
 * the tests repeat. Call `useTestApp()` at the top of the file.
 */
import { type ApiError, ApiErrorSchema } from '@sandbox/shared';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, expect } from 'vitest';
import { buildApp } from '../app';
import { loadConfig } from '../config';
import { DataError } from '../data/city-store';
import { buildTestApp, writeDataDir } from './build-test-app';

export type TestApp = Awaited<ReturnType<typeof buildTestApp>>;

export function useTestApp(env: Record<string, string> = {}) {
  let built: TestApp | undefined;
  beforeAll(async () => {
    built = await buildTestApp(env);
  });
  afterAll(() => built?.close());
  const app = (): TestApp => {
    if (!built) throw new Error('The test app is built in beforeAll: use it inside a test.');
    return built;
  };
  return {
    inject: (request: string | InjectOptions) => app().inject(request),
    /** Listens on a free loopback port (for streams read over real HTTP); closed with the app. */
    listen: () => app().listen({ port: 0, host: '127.0.0.1' }),
    /** GET `url` and its JSON body, with the status to check. */
    async get(url: string): Promise<{ status: number; body: unknown }> {
      const res = await app().inject(url);
      return { status: res.statusCode, body: res.json() };
    },
    /**
     * GET `url` expecting `status` (a mismatch shows the body): the error, parsed in the one error
     * shape, strictly (no field besides error, message and issues).
     */
    async refusal(url: string | InjectOptions, status: number): Promise<ApiError> {
      const res = await app().inject(url);
      expect(res.statusCode, res.body).toBe(status);
      expect(res.headers['content-type']).toContain('application/json');
      return ApiErrorSchema.strict().parse(res.json());
    },
  };
}

/** Building the app on a data folder with `overrides` fails with a DataError whose message matches `message`. */
export async function expectBootRefusal(overrides: Record<string, unknown>, message: RegExp): Promise<void> {
  const config = loadConfig({ DATA_DIR: writeDataDir(overrides) });
  await expect(buildApp(config, { logger: false })).rejects.toThrow(DataError);
  await expect(buildApp(config, { logger: false })).rejects.toThrow(message);
}
