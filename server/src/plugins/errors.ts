/**
 * One error shape for the whole API: `{ error, message, issues? }`. Validation failures become 400s
 * naming each field; unknown API paths become JSON 404s naming the path; anything unexpected is
 * logged in full and answered with a 500 that shows no internals. Requests refused before routing
 * (a malformed URL, a path parameter over its length, headers over Node's size limit, bytes that
 * are not HTTP) get the same shape through Fastify's frameworkErrors and clientErrorHandler.
 */

import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { type ApiError, ApiProblem } from '@sandbox/shared';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';

const WHERE: Record<string, string> = { querystring: 'query parameter', params: 'path parameter', body: 'body field', headers: 'header' };

function issueList(error: FastifyError & { validation: { instancePath: string; message?: string; params?: Record<string, unknown> }[] }) {
  return error.validation.map((item) => {
    // An unknown key may itself be empty (`?=x`); name it so the message still points somewhere.
    const keys = Array.isArray(item.params?.keys) ? (item.params.keys as string[]).map((key) => key || '(empty name)') : [];
    const path = item.instancePath.replace(/^\//, '').replaceAll('/', '.') || keys.join(', ');
    const message =
      keys.length > 0 && item.instancePath === '/' ? `unknown parameter${keys.length > 1 ? 's' : ''}` : (item.message ?? 'invalid');
    return { path, message };
  });
}

/**
 * A body that is valid JSON but not an object (`[1,2,3]`, `"x"`, `null`): every write route takes an
 * object, and zod's issue for it has an empty path, which read as `Invalid body field ""`.
 */
function wholeBodyProblem(context: string | undefined, body: unknown): string | undefined {
  if (context !== 'body') return undefined;
  if (body !== null && typeof body === 'object' && !Array.isArray(body)) return undefined;
  const got = Array.isArray(body) ? 'an array' : body === null ? 'null' : `a ${typeof body}`;
  return `must be a JSON object, not ${got}`;
}

export function errorBody(statusCode: number, message: string, issues?: ApiError['issues']): ApiError {
  return { error: STATUS_CODES[statusCode] ?? 'Error', message, ...(issues ? { issues } : {}) };
}

/** The error shape for something thrown where no reply can carry a status (a stream in progress): an ApiProblem says what, anything else is a 500. */
export function errorBodyOf(error: unknown, unexpected: string): ApiError {
  if (error instanceof ApiProblem)
    return errorBody(error.status, error.message, error.field ? [{ path: error.field, message: error.message }] : undefined);
  return errorBody(500, unexpected);
}

export function sendError(reply: FastifyReply, statusCode: number, message: string, issues?: ApiError['issues']): FastifyReply {
  return reply
    .code(statusCode)
    .type('application/json; charset=utf-8')
    .send(errorBody(statusCode, message, issues));
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const notObject = wholeBodyProblem(error.validationContext, request.body);
      if (notObject) return sendError(reply, 400, `The body ${notObject}.`, [{ path: '(body)', message: notObject }]);
      const issues = issueList(error);
      const where = WHERE[error.validationContext ?? ''] ?? 'input';
      const first = issues[0];
      const summary = first ? `Invalid ${where} "${first.path}": ${first.message}` : `Invalid ${where}`;
      return sendError(reply, 400, issues.length > 1 ? `${summary} (and ${issues.length - 1} more)` : summary, issues);
    }
    if (error instanceof ApiProblem) {
      return sendError(reply, error.status, error.message, error.field ? [{ path: error.field, message: error.message }] : undefined);
    }
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      const limit = request.routeOptions.bodyLimit ?? 0;
      return sendError(reply, 413, `The request body is larger than this route accepts (${Math.round(limit / 1024)} KiB).`);
    }
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      // Name the header and what it said (cut short: it is the sender's text), not just the status's name.
      const sent = request.headers['content-type']?.slice(0, 80);
      const message = `${sent ? `Content-Type "${sent}" is not accepted here` : 'The body has no Content-Type'}: send JSON with "Content-Type: application/json".`;
      return sendError(reply, 415, message, [{ path: 'Content-Type', message }]);
    }
    const status = error.statusCode ?? 500;
    if (status === 503) {
      // An engine thread stopped mid-answer (it is being started again), or the Lab's queue is full: worth another try.
      request.log.warn({ err: error }, 'engine unavailable');
      const retryAfterS = (error as { retryAfterS?: number }).retryAfterS ?? 1;
      return sendError(reply.header('retry-after', String(retryAfterS)), 503, error.message);
    }
    if (status >= 500) {
      request.log.error({ err: error }, 'request failed');
      return sendError(reply, 500, `Something went wrong on our side; the server log has the details (request ${request.id}).`);
    }
    return sendError(reply, status, error.message);
  });
}

/** Longest path parameter the router accepts (`/api/cities/:city`); longer is a 414. */
export const MAX_PARAM_LENGTH = 200;

/** Errors Fastify raises before a route runs (its defaults answer in a shape of their own). */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  if (error.code === 'FST_ERR_BAD_URL') {
    sendError(reply, 400, `The URL path is not valid (a "%" must start a percent-encoded byte such as %20): ${request.url.slice(0, 200)}`);
  } else if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    sendError(reply, 414, `A path segment is longer than ${MAX_PARAM_LENGTH} characters; no city id or file name is that long.`);
  } else if ((error.statusCode ?? 500) < 500) {
    sendError(reply, error.statusCode ?? 400, error.message);
  } else {
    request.log.error({ err: error }, 'request failed before routing');
    sendError(reply, 500, `Something went wrong on our side; the server log has the details (request ${request.id}).`);
  }
}

const CLIENT_ERRORS: Record<string, [number, string]> = {
  HPE_HEADER_OVERFLOW: [
    431,
    'The request line and headers are larger than the server accepts (16 KB in all); send a shorter URL or fewer, shorter headers.',
  ],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'The request took too long to arrive; send it again.'],
};

/**
 * Answers a connection whose bytes Node could not parse as an HTTP request, in the one error shape,
 * then closes it (there is no request, so no route, hook or reply). Replaces Fastify's default, whose
 * body carries a `statusCode` field of its own.
 */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, message] = CLIENT_ERRORS[error.code ?? ''] ?? [400, `The request is not valid HTTP (${error.code ?? 'parse error'}).`];
  const body = JSON.stringify(errorBody(status, message));
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}
