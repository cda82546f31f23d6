/**
 * The typed HTTP client of the write routes (saved scenarios, rooms; shared/src/common/write-route-contract.ts):
 * method, path and body from the route's contract entry, the answer parsed with its schema, and the
 * record's ETag handed back so the next write can send it in `If-Match`. Errors are ApiRequestErrors,
 * so a 412 (someone else saved in between) can be told from any other failure.
 */
import { ApiErrorSchema } from '@sandbox/shared/common/schemas';
import type { WriteRouteContract } from '@sandbox/shared/common/write-route-contract';
import { pathFor, queryString } from '@sandbox/shared/contract';
import type { z } from 'zod';
import { STATIC_DEMO } from '../config/env';
import { ApiRequestError } from './client';

export interface WriteParts {
  params?: Record<string, string>;
  query?: Record<string, string | number | undefined>;
  body?: unknown;
  /** The ETag of the version being changed. */
  ifMatch?: string;
  /** A room's token (facilitator's or team's), sent as `Authorization: Bearer`. */
  token?: string;
  signal?: AbortSignal;
}

type Answer<C extends WriteRouteContract> = C['response'] extends z.ZodType ? z.output<C['response']> : undefined;

export interface WriteResult<C extends WriteRouteContract> {
  data: Answer<C>;
  etag: string | null;
}

export async function apiWrite<C extends WriteRouteContract>(route: C, parts: WriteParts = {}): Promise<WriteResult<C>> {
  const url = pathFor(route.path, parts.params) + queryString(parts.query);
  // The static demo keeps no records: its pages that write say so first (shell/needs-server-page.tsx); this is the backstop.
  if (STATIC_DEMO) throw new ApiRequestError(0, 'This needs the server: the static demo keeps no records.');
  const headers: Record<string, string> = { accept: 'application/json' };
  if (parts.body !== undefined) headers['content-type'] = 'application/json';
  if (parts.ifMatch) headers['if-match'] = parts.ifMatch;
  if (parts.token) headers.authorization = `Bearer ${parts.token}`;
  let response: Response;
  try {
    response = await fetch(url, {
      method: route.method,
      headers,
      signal: parts.signal ?? null,
      ...(parts.body !== undefined ? { body: JSON.stringify(parts.body) } : {}),
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiRequestError(0, 'network error: the server cannot be reached');
  }
  const body: unknown = response.status === 204 ? undefined : await response.json().catch(() => undefined);
  if (!response.ok) {
    const parsed = ApiErrorSchema.safeParse(body);
    throw new ApiRequestError(
      response.status,
      parsed.success ? parsed.data.message : `The server answered ${response.status}.`,
      parsed.success ? parsed.data.issues?.[0]?.path : undefined,
    );
  }
  const etag = response.headers.get('etag');
  if (!route.response) return { data: undefined as Answer<C>, etag };
  const result = route.response.safeParse(body);
  if (!result.success)
    throw new ApiRequestError(
      response.status,
      `The answer from ${url} does not match the API contract (${result.error.issues[0]?.message}).`,
    );
  return { data: result.data as Answer<C>, etag };
}

/** A file a route answers as text (a CSV), fetched with a bearer token; errors as ApiRequestErrors in the one error shape. */
export async function apiText(path: string, token: string): Promise<string> {
  const response = await fetch(path, { headers: { authorization: `Bearer ${token}` } }).catch(() => {
    throw new ApiRequestError(0, 'network error: the server cannot be reached');
  });
  if (!response.ok) {
    const parsed = ApiErrorSchema.safeParse(await response.json().catch(() => undefined));
    throw new ApiRequestError(
      response.status,
      parsed.success ? parsed.data.message : `The server answered ${response.status}.`,
      parsed.success ? parsed.data.issues?.[0]?.path : undefined,
    );
  }
  return response.text();
}
