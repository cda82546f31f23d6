/**
 * MSW request handlers answered by the shared engine and validated by the shared contract, so
 * component tests (and, later, an in-browser demo mode) see exactly what the server would send.
 */
import { contract } from '@sandbox/shared/contract';
import type { Basemap } from '@sandbox/shared/schemas/basemap';
import { type City, summarizeCity } from '@sandbox/shared/schemas/city';
import { HourlyWeatherQuerySchema } from '@sandbox/shared/schemas/weather';
import { hourlyWeather, localDate } from '@sandbox/shared/sim/hourly-weather';
import { HttpResponse, http } from 'msw';

function notFound(message: string) {
  return HttpResponse.json({ error: 'Not Found', message }, { status: 404 });
}

export function createHandlers(cities: { city: City; basemap: Basemap }[]) {
  const byId = new Map(cities.map((entry) => [entry.city.id, entry]));
  return [
    http.get(contract.cities.path, () => HttpResponse.json(cities.map((entry) => summarizeCity(entry.city)))),
    http.get(contract.city.path, ({ params }) => {
      const entry = byId.get(String(params.city));
      return entry ? HttpResponse.json(entry.city) : notFound(`Unknown city "${params.city}".`);
    }),
    http.get(contract.basemap.path, ({ params }) => {
      const entry = byId.get(String(params.city));
      return entry ? HttpResponse.json(entry.basemap) : notFound(`Unknown city "${params.city}".`);
    }),
    http.get(contract.weatherHourly.path, ({ request }) => {
      const query = HourlyWeatherQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
      if (!query.success) {
        const issue = query.error.issues[0];
        return HttpResponse.json(
          { error: 'Bad Request', message: `Invalid query parameter "${issue?.path.join('.')}": ${issue?.message}` },
          { status: 400 },
        );
      }
      const entry = byId.get(query.data.city);
      if (!entry) return notFound(`Unknown city "${query.data.city}".`);
      const date = query.data.date ?? localDate(entry.city.timezone, Date.now());
      return HttpResponse.json(hourlyWeather(entry.city, query.data.seed, date));
    }),
  ];
}
