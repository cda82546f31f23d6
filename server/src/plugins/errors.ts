/**
 * One error shape for the whole API: `{ error, message, issues? }`. Validation failures become 400s
 * naming each field; unknown API paths become JSON 404s naming the path; anything unexpected is
 * logged in full and answered with a 500 that shows no internals.
 */

import { STATUS_CODES } from 'node:http';
import { type ApiError, ApiProblem } from '@sandbox/shared';
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
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
      const issues = issueList(error);
      const where = WHERE[error.validationContext ?? ''] ?? 'input';
      const first = issues[0];
      const summary = first ? `Invalid ${where} "${first.path}": ${first.message}` : `Invalid ${where}`;
      return sendError(reply, 400, issues.length > 1 ? `${summary} (and ${issues.length - 1} more)` : summary, issues);
    }
    if (error instanceof ApiProblem) {
      return sendError(reply, error.status, error.message, error.field ? [{ path: error.field, message: error.message }] : undefined);
    }
    const status = error.statusCode ?? 500;
    if (status === 503) {
      // An engine thread stopped mid-answer (it is being started again): worth one more try.
      request.log.warn({ err: error }, 'engine unavailable');
      return sendError(reply.header('retry-after', '1'), 503, error.message);
    }
    if (status >= 500) {
      request.log.error({ err: error }, 'request failed');
      return sendError(reply, 500, `Something went wrong on our side; the server log has the details (request ${request.id}).`);
    }
    return sendError(reply, status, error.message);
  });
}
