/**
 * The typed HTTP client: every call names a route of the shared contract, and every response is
 * parsed with that route's schema, so a server change that breaks the contract fails loudly here
 * instead of deep inside a chart.
 */

import { ApiErrorSchema } from '@sandbox/shared/common/schemas';
import { type Contract, contract, pathFor, queryString, type RouteName } from '@sandbox/shared/contract';
import type { z } from 'zod';

export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** The field the server's problem names (its first issue's path), when it names one. */
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ApiRequestError';
  }
}

export type ApiResponse<R extends RouteName> = z.infer<Contract[R]['response']>;

export interface RequestParts {
  params?: Record<string, string>;
  query?: Record<string, string | number | undefined>;
  signal?: AbortSignal;
}

export function apiUrl(route: RouteName, { params, query }: Pick<RequestParts, 'params' | 'query'> = {}): string {
  return pathFor(contract[route].path, params) + queryString(query);
}

/** The status and JSON body of a GET: from the server, or in the static demo from the engine worker. */
async function getJson(route: RouteName, url: string, parts: RequestParts): Promise<{ status: number; ok: boolean; body: unknown }> {
  // Inline, not STATIC_DEMO: see config/env.ts.
  if (import.meta.env.MODE === 'static') {
    const { workerGet } = await import('./local/worker-transport');
    const { status, body } = await workerGet(route, parts.params ?? {}, parts.query ?? {}, parts.signal);
    return { status, ok: status < 400, body };
  }
  let response: Response;
  try {
    response = await fetch(url, { signal: parts.signal ?? null, headers: { accept: 'application/json' } });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiRequestError(0, 'network error: the server cannot be reached');
  }
  const body: unknown = await response.json().catch(() => undefined);
  return { status: response.status, ok: response.ok, body };
}

export async function apiGet<R extends RouteName>(route: R, parts: RequestParts = {}): Promise<ApiResponse<R>> {
  const url = apiUrl(route, parts);
  const response = await getJson(route, url, parts);
  const body = response.body;
  if (!response.ok) {
    const parsed = ApiErrorSchema.safeParse(body);
    throw new ApiRequestError(response.status, parsed.success ? parsed.data.message : `The server answered ${response.status}.`);
  }
  const result = contract[route].response.safeParse(body);
  if (!result.success) {
    throw new ApiRequestError(
      response.status,
      `The answer from ${url} does not match the API contract (${result.error.issues[0]?.message}).`,
    );
  }
  return result.data as ApiResponse<R>;
}
