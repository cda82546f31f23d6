/**
 * The SensorThings service over an in-process TelemetryService and the test city: what the unit
 * tests read (the server reads the same methods on its engine threads).
 */
import type { City } from '../city/schemas';
import { TelemetryService } from '../simulation/telemetry-service';
import { buildCatalogue } from './catalogue';
import type { StaBackend } from './observations';
import { StaQuerySchema } from './options';
import { answerSta } from './service';

export function testSta(city: City, nowMs: number) {
  const telemetry = new TelemetryService([city]);
  const backend: StaBackend = {
    airReadings: async (q) => telemetry.airReadings(q, nowMs),
    energySummary: async (q) => telemetry.energySummary(q, nowMs),
    segments: async (q) => telemetry.segments(q, nowMs),
  };
  const catalogue = buildCatalogue(city, telemetry.network({ city: city.id }).segments);
  const root = 'http://sandbox.test/sta/v1.1';
  /** Answers `url` (path after the root, with its query string) as the server would, the query validated by the same schema. */
  async function get(url: string) {
    const [path = '', search = ''] = url.split('?');
    const rawQuery = search
      .split('&')
      .filter((pair) => pair.length > 0)
      .map((pair): [string, string] => {
        const eq = pair.indexOf('=');
        const [key, value] = eq < 0 ? [pair, ''] : [pair.slice(0, eq), pair.slice(eq + 1)];
        return [decodeURIComponent(key), decodeURIComponent(value.replaceAll('+', ' '))];
      });
    const query = StaQuerySchema.parse({ city: city.id, ...Object.fromEntries(rawQuery) });
    return answerSta(catalogue, backend, { path, query, rawQuery, root, nowMs });
  }
  return { telemetry, catalogue, backend, root, get };
}
