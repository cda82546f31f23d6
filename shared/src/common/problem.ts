/**
 * A request the service cannot answer, for a reason the caller should hear: an unknown entity
 * (404), a window over its cap (413), a malformed window (400); for stored state also a missing or
 * foreign token (401, 403), a room not at the step asked (409) and a stale or missing version
 * (412, 428). The HTTP layer (the Fastify server, or the MSW mocks in web tests) turns it into the
 * one error shape `{ error, message, issues? }`.
 */
export class ApiProblem extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 412 | 413 | 428 | 429,
    message: string,
    /** The query field at fault, when there is one. */
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ApiProblem';
  }
}

export function notFound(message: string, field?: string): ApiProblem {
  return new ApiProblem(404, message, field);
}
