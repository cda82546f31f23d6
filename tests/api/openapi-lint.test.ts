/**
 * The served OpenAPI document agrees with the API. A third-party linter (Redocly CLI, rules in
 * tests/redocly.yaml) finds no error and no example that fails its own schema; and the real answers
 * validate against the document with ajv (an OpenAPI 3.0 schema is JSON Schema draft-04, e.g. a
 * boolean `exclusiveMinimum`, plus `nullable`, which ajv supports): the 200 of every JSON route's contract example, a frame of the live stream, and each
 * error status a route documents, provoked for real. See docs/decisions/070-openapi-lint.md.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { contract, exampleUrl, pathFor, queryString, type RouteContract } from '@sandbox/shared';
import type { ValidateFunction } from 'ajv';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, repoRoot, startServer } from '../support/server';
import { readEvents } from '../support/sse';

interface Operation {
  responses: Record<string, { content?: Record<string, { schema?: object }> }>;
}
interface Document {
  openapi: string;
  paths: Record<string, { get: Operation }>;
}

let server: RunningServer;
let limited: RunningServer;
let spec: Document;
beforeAll(async () => {
  [server, limited] = await Promise.all([startServer({ RATE_LIMIT_PER_MINUTE: '0' }), startServer({ RATE_LIMIT_PER_MINUTE: '2' })]);
  // The first openapi.json computes every example's real answer (tests/api/server-process.test.ts).
  spec = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as Document;
}, 90_000);
afterAll(async () => {
  await Promise.all([server?.stop(), limited?.stop()]);
});

const routes = Object.entries(contract) as [string, RouteContract][];
const jsonRoutes = routes.filter(([, route]) => (route.kind ?? 'json') === 'json');
const openApiPath = (path: string) => path.replace(/:([A-Za-z]+)/g, '{$1}');

const ajv = new Ajv({ strict: true, allErrors: true });
addFormats(ajv);
ajv.addKeyword('example');
const validators = new Map<object, ValidateFunction>();

/** The documented schema of a route's answer with this status and media type. */
function documented(route: RouteContract, status: number, media = 'application/json'): object {
  const schema = spec.paths[openApiPath(route.path)]?.get.responses[String(status)]?.content?.[media]?.schema;
  if (!schema) throw new Error(`${route.path}: no ${media} schema documented for ${status}`);
  return schema;
}

/** The ajv errors of a value against a documented schema, as readable lines (none when valid). */
function problems(value: unknown, schema: object): string[] {
  const validate = validators.get(schema) ?? ajv.compile(schema);
  validators.set(schema, validate);
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
}

/** A request that must answer `status`, built from the route's contract example. */
function errorUrl(route: RouteContract, status: number): string {
  const params = { ...route.example.params };
  const query: Record<string, string | number> = { ...route.example.query };
  if (status === 400) {
    if (route.query) query.unknownParameter = 1;
    else params.city = 'Not A Slug';
  }
  if (status === 404) {
    if (params.city) params.city = 'atlantis';
    else query.city = 'atlantis';
  }
  if (status === 413) {
    const dates = !String(query.from).includes('T');
    query.from = dates ? '2020-01-01' : '2020-01-01T00:00:00Z';
    query.to = dates ? '2026-01-01' : '2026-01-01T00:00:00Z';
  }
  return pathFor(route.path, params) + queryString(query);
}

/** Redocly CLI over a file; its JSON report (it exits non-zero when it finds an error). */
async function redoclyLint(file: string): Promise<{ problems: { ruleId: string; severity: string; message: string }[] }> {
  const cli = createRequire(import.meta.url).resolve('@redocly/cli/bin/cli.js');
  const args = [cli, 'lint', file, '--config', join(repoRoot, 'tests/redocly.yaml'), '--format', 'json', '--max-problems', '1000'];
  // No telemetry and no update check: the tests run offline.
  const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' };
  const run = await promisify(execFile)(process.execPath, args, { env, maxBuffer: 64 * 1024 * 1024 }).catch(
    (error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }),
  );
  return JSON.parse(run.stdout);
}

describe('the OpenAPI document', () => {
  it('passes Redocly lint with no error and no invalid example', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'openapi-')), 'openapi.json');
    writeFileSync(file, JSON.stringify(spec));
    const report = await redoclyLint(file);
    const failing = report.problems.filter((p) => p.severity === 'error' || p.ruleId.includes('example'));
    expect(failing.map((p) => `${p.ruleId}: ${p.message}`)).toEqual([]);
  });

  it('is OpenAPI 3.0, whose schemas ajv reads as draft-04 with `nullable`', () => {
    expect(spec.openapi).toBe('3.0.3');
  });

  it.each(jsonRoutes)('%s: the real 200 validates against the documented schema', async (_, route) => {
    const res = await fetch(`${server.url}${exampleUrl(route)}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(problems(await res.json(), documented(route, 200))).toEqual([]);
  });

  it('stream: documented as text/event-stream, and a real frame validates against the documented frame schema', async () => {
    const route = contract.stream;
    const res = await fetch(`${server.url}${exampleUrl(route)}&intervalMs=250`);
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const [frame] = (await readEvents(res, 1)).filter((e) => e.event === 'frame');
    expect(problems(JSON.parse(frame?.data ?? 'null'), documented(route, 200, 'text/event-stream'))).toEqual([]);
  });

  it.each(routes)('%s: each documented 400, 404 and 413 is answered for real, in the documented error shape', async (_, route) => {
    const statuses = Object.keys(spec.paths[openApiPath(route.path)]?.get.responses ?? {}).map(Number);
    for (const status of statuses.filter((s) => s === 400 || s === 404 || s === 413)) {
      const url = errorUrl(route, status);
      const res = await fetch(`${server.url}${url}`);
      expect(res.status, url).toBe(status);
      expect(res.headers.get('content-type'), url).toMatch(/^application\/json/);
      expect(problems(await res.json(), documented(route, status)), url).toEqual([]);
    }
  });

  it('every route but the health check documents 429, and the real 429 of the rate limit validates against each', async () => {
    let res = await fetch(`${limited.url}/api/cities`);
    for (let i = 0; i < 5 && res.status !== 429; i++) res = await fetch(`${limited.url}/api/cities`);
    expect(res.status).toBe(429);
    // The health and readiness checks answer through the limit, and document no 429.
    expect((await fetch(`${limited.url}/api/health`)).status).toBe(200);
    expect((await fetch(`${limited.url}/api/ready`)).status).toBe(200);
    const body = await res.json();
    for (const [, route] of routes) {
      if (route.path === contract.health.path || route.path === contract.ready.path)
        expect(spec.paths[openApiPath(route.path)]?.get.responses['429']).toBeUndefined();
      else expect(problems(body, documented(route, 429)), route.path).toEqual([]);
    }
  });

  it('documents 431 for every route and 414 for the routes with path parameters', () => {
    for (const [, route] of routes) {
      const statuses = Object.keys(spec.paths[openApiPath(route.path)]?.get.responses ?? {});
      expect(statuses, route.path).toContain('431');
      expect(statuses.includes('414'), route.path).toBe(route.path.includes(':'));
    }
  });

  it('answers a real 414 and a real 431 in the documented error shape', async () => {
    const long = await fetch(`${server.url}/api/cities/${'a'.repeat(300)}`);
    expect(long.status).toBe(414);
    expect(problems(await long.json(), documented(contract.city, 414))).toEqual([]);
    const huge = await fetch(`${server.url}/api/health`, { headers: { 'x-padding': 'x'.repeat(20_000) } });
    expect(huge.status).toBe(431);
    expect(problems(await huge.json(), documented(contract.health, 431))).toEqual([]);
  });
});
