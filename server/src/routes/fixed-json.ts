/**
 * Large answers that never change while the server runs (the OpenAPI document, the city list, a
 * city, its basemap): a strong ETag from a hash of the bytes, computed once, and `no-cache` so a
 * polling dashboard revalidates each time and gets a body-less 304 while its copy is current. Not a
 * max-age: a restart with new data must show at once, and a 304 costs a round trip, not 800 KB.
 */
import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { noneMatchesTag } from './preconditions';

export interface FixedJson {
  body: string;
  etag: string;
}

export function fixedJson(body: string): FixedJson {
  return { body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
}

/** Answers `fixed`, or 304 when `If-None-Match` names its ETag. */
export function sendFixedJson(request: FastifyRequest, reply: FastifyReply, fixed: FixedJson): FastifyReply {
  reply.header('etag', fixed.etag).header('cache-control', 'no-cache');
  if (noneMatchesTag(request.headers['if-none-match'], fixed.etag)) return reply.code(304).send();
  // A string is sent as it is (Fastify skips serialization), so the schema-typed reply is widened here.
  return reply.type('application/json; charset=utf-8').send(fixed.body);
}

/** `make(key)` once per key, on first use: the answers are fixed, only their first request pays. */
export function fixedPerKey(make: (key: string) => string): (key: string) => FixedJson {
  const made = new Map<string, FixedJson>();
  return (key) => {
    let fixed = made.get(key);
    if (!fixed) {
      fixed = fixedJson(make(key));
      made.set(key, fixed);
    }
    return fixed;
  };
}
