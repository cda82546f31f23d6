/**
 * OGC SensorThings API 1.1, read-only, under /sta/v1.1 (decision 180): the service root and every
 * resource path below it, answered by the pure service in shared/src/sta. Observations are the REST
 * routes' own values, computed by the same engine methods on the engine threads; this thread only
 * parses their series, filters and pages them (bounded by the window caps and MAX_TOP). Query
 * options are validated with zod like every /api route, so a bad `$filter` is a 400 naming the
 * position and token. Not in the OpenAPI document (its own standard documents it; docs/api.md has
 * examples).
 */
import type { Segment } from '@sandbox/shared/mobility/schemas';
import { answerSta, buildCatalogue, type Catalogue, type StaBackend, type StaQuery, StaQuerySchema } from '@sandbox/shared/sta/index';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { type CityStore, requireCity } from '../data/city-store';
import { type Engine, type EngineMethod, type EngineQuery, jsonText } from '../engine/engine';

export const STA_ROOT = '/sta/v1.1';

interface StaOptions {
  engine: Engine;
  cities: CityStore;
}

async function callJson<M extends EngineMethod>(engine: Engine, method: M, query: EngineQuery<M>) {
  return JSON.parse(jsonText(await engine.call(method, query, Date.now())));
}

export const staRoutes: FastifyPluginAsyncZod<StaOptions> = async (app, { engine, cities }) => {
  const backend: StaBackend = {
    airReadings: (query) => callJson(engine, 'airReadings', query),
    energySummary: (query) => callJson(engine, 'energySummary', query),
    segments: (query) => callJson(engine, 'segments', query),
  };
  // One catalogue per city (a few hundred entities), built on first use; cities are loaded at boot.
  const catalogues = new Map<string, Promise<Catalogue>>();
  const catalogueOf = (cityId: string): Promise<Catalogue> => {
    const city = requireCity(cities, cityId).city;
    let catalogue = catalogues.get(cityId);
    if (!catalogue) {
      catalogue = callJson(engine, 'network', { city: cityId }).then((network: { segments: Segment[] }) =>
        buildCatalogue(city, network.segments),
      );
      catalogue.catch(() => catalogues.delete(cityId));
      catalogues.set(cityId, catalogue);
    }
    return catalogue;
  };

  const schema = { hide: true, querystring: StaQuerySchema };
  for (const url of [STA_ROOT, `${STA_ROOT}/*`]) {
    app.get(url, { schema }, async (request, reply) => {
      const [pathPart = '', search = ''] = request.url.split('?', 2);
      const path = safeDecode(pathPart.slice(STA_ROOT.length));
      // The validated query (options parsed); the query string as sent, for the links that repeat it.
      const query = request.query as StaQuery;
      const rawQuery = [...new URLSearchParams(search)];
      const catalogue = await catalogueOf(query.city);
      const root = `${request.protocol}://${request.host}${STA_ROOT}`;
      const answer = await answerSta(catalogue, backend, { path, query, rawQuery, root, nowMs: Date.now() });
      if (answer.kind === 'text') return reply.type('text/plain; charset=utf-8').send(answer.body);
      return reply.type('application/json; charset=utf-8').send(JSON.stringify(answer.body));
    });
  }
};

/** The path as the client meant it (`%27` → `'`); a malformed escape is left as sent (it then names no resource: 404). */
function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
