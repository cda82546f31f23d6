/**
 * `sealed=<token>` on every route that simulates (each whose query schema has the scenario's
 * `sealed` parameter): before validation the token is resolved to its scenario and the request's
 * query rewritten to that scenario's parameters, so the route, the engine and its caches (keyed by
 * the scenario) run unchanged. A scenario parameter sent with `sealed` is refused (400 naming it:
 * a student may not add or remove faults); an unknown token is a 404 naming `sealed`. What would
 * show the scenario is refused or redacted: the ground-truth download (403) and the Lab's echo of
 * its baseline (sealed-redaction.ts, applied by the Lab route: compression may already have turned
 * an answer into bytes by the time an `onSend` hook sees it).
 */
import { ApiProblem, SealedTokenSchema, scenarioQueryShape, scenarioToQuery, takesSealed } from '@sandbox/shared';
import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify';
import type { SealedScenarios } from './sealed-scenarios';

const SCENARIO_PARAMS = Object.keys(scenarioQueryShape).filter((key) => key !== 'sealed');

/** Routes that would hand a sealed scenario's answers over whole. */
const REFUSED = new Set(['/api/export/truth.:format']);

/** Requests that came sealed, with their token (the redaction reads it). */
const sealedTokens = new WeakMap<FastifyRequest, string>();
export const sealedTokenOf = (request: FastifyRequest) => sealedTokens.get(request);

async function resolveSealed(sealed: SealedScenarios, request: FastifyRequest, url: string): Promise<void> {
  const query = request.query as Record<string, unknown> | undefined;
  // Given twice (an array): no token to open; refused by name before this runs (plugins/repeated-params.ts on /api, the schema on /sta).
  if (!query || query.sealed === undefined || Array.isArray(query.sealed)) return;
  const parsed = SealedTokenSchema.safeParse(query.sealed);
  if (!parsed.success) throw new ApiProblem(400, `Invalid query parameter "sealed": ${parsed.error.issues[0]?.message}`, 'sealed');
  for (const key of SCENARIO_PARAMS)
    if (key in query)
      throw new ApiProblem(
        400,
        `Invalid query parameter "${key}": a sealed scenario is fixed; send \`sealed\` alone, without ${key} or any other scenario parameter.`,
        key,
      );
  if (REFUSED.has(url))
    throw new ApiProblem(403, 'The ground truth of a sealed scenario is not available: it would give the answers away.', 'sealed');
  const scenario = await sealed.open(parsed.data);
  if (!scenario) throw new ApiProblem(404, 'No sealed scenario with this token: check the link.', 'sealed');
  const { sealed: _token, ...own } = query;
  request.query = { ...own, ...scenarioToQuery(scenario) };
  sealedTokens.set(request, parsed.data);
}

/** Call before any route is registered: it hooks each simulating route as it is added. */
export function registerSealedRequests(app: FastifyInstance, sealed: SealedScenarios): void {
  app.addHook('onRoute', (route: RouteOptions) => {
    if (!takesSealed(route.schema?.querystring)) return;
    const url = route.url;
    const resolve = async (request: FastifyRequest) => resolveSealed(sealed, request, url);
    route.preValidation = [...toList(route.preValidation), resolve] as RouteOptions['preValidation'];
  });
}

const toList = <T>(hooks: T | T[] | undefined): T[] => (hooks === undefined ? [] : Array.isArray(hooks) ? hooks : [hooks]);
