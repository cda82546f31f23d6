/**
 * Real answers of the write routes (saved scenarios, rooms) against what the served OpenAPI document
 * says for their status: the error shape, the success schema, no body where none is documented, and
 * each route's documented 4xx provoked for real. ajv reads OpenAPI 3.0 schemas as draft-04.
 */
import { pathFor, type WriteRouteContract } from '@sandbox/shared';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { expect } from 'vitest';

type Operation = { responses: Record<string, { content?: Record<string, { schema?: object }>; headers?: Record<string, unknown> }> };
type Spec = { paths: Record<string, Record<string, Operation>> };

const ajv = new Ajv({ strict: true, allErrors: true });
addFormats(ajv);
ajv.addKeyword('example');

/** The checks against one server's document (`baseUrl` is read when a check runs). */
export function documentedRoutes(baseUrl: () => string) {
  let spec: Spec | undefined;
  const load = async () => {
    spec ??= (await (await fetch(`${baseUrl()}/api/openapi.json`)).json()) as Spec;
    return spec;
  };
  const operation = async (route: WriteRouteContract): Promise<Operation> => {
    const found = (await load()).paths[route.path.replace(/:([A-Za-z]+)/g, '{$1}')]?.[route.method.toLowerCase()];
    if (!found) throw new Error(`${route.method} ${route.path} is not documented`);
    return found;
  };
  return {
    operation,
    /** Checks a real answer against what the document says for its status (no body for 204, 302, 304). */
    async conforms(route: WriteRouteContract, res: Response): Promise<void> {
      const documented = (await operation(route)).responses[String(res.status)];
      expect(documented, `${route.method} ${route.path} answered an undocumented ${res.status}`).toBeDefined();
      const schema = documented?.content?.['application/json']?.schema;
      const text = await res.text();
      if (!schema) return expect(text).toBe('');
      const validate = ajv.compile(schema);
      expect(validate(JSON.parse(text)) ? [] : validate.errors).toEqual([]);
    },
    /**
     * Each case's answer has its status and conforms to the document, and every documented 4xx of
     * `routes` (besides those the whole API shares) is among the cases.
     */
    async expectCases(routes: readonly WriteRouteContract[], cases: readonly [WriteRouteContract, number, Promise<Response>][]) {
      for (const [route, status, answer] of cases) {
        const res = await answer;
        expect(res.status, `${route.method} ${route.path}`).toBe(status);
        await this.conforms(route, res);
      }
      expectEveryErrorProvoked(routes, cases);
    },
    /** A request to a route with its path parameters filled in. */
    call: (route: WriteRouteContract, params: Record<string, string>, init: RequestInit = {}, query = '') =>
      fetch(`${baseUrl()}${pathFor(route.path, params)}${query}`, { method: route.method, redirect: 'manual', ...init }),
  };
}

/** Every documented 4xx of `routes` (besides those the whole API shares) is among the `cases` provoked. */
export function expectEveryErrorProvoked(routes: readonly WriteRouteContract[], cases: readonly [WriteRouteContract, number, unknown][]) {
  for (const route of routes)
    for (const status of route.errors)
      expect(
        cases.some(([c, s]) => c === route && s === status),
        `${route.path} ${status}`,
      ).toBe(true);
}
