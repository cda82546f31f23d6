/**
 * MSW request handlers for every JSON route of the contract, answered by the shared telemetry
 * service through the in-browser route answerer (api/local/route-answers.ts, which the static demo's
 * engine worker uses too), so component tests see exactly what the server would send.
 */
import type { Basemap } from '@sandbox/shared/city/basemap-schemas';
import type { City } from '@sandbox/shared/city/schemas';
import { contract } from '@sandbox/shared/contract';
import { HttpResponse, http } from 'msw';
import { type AnswerOptions, createRouteAnswerer } from '../api/local/route-answers';

export type { PolicyFixtures } from '../api/local/route-answers';
export type HandlerOptions = AnswerOptions;

export function createHandlers(cities: { city: City; basemap: Basemap }[], options: HandlerOptions = {}) {
  const answerer = createRouteAnswerer(cities, options);
  return answerer.routes.map((name) =>
    http.get(contract[name].path, ({ request, params }) => {
      const search = Object.fromEntries(new URL(request.url).searchParams);
      const { status, body } = answerer.answer(name, params as Record<string, string>, search);
      return HttpResponse.json(body as Record<string, unknown>, { status });
    }),
  );
}
