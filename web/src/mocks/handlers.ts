/**
 * MSW request handlers answered by the shared engine and validated by the shared contract, so
 * component tests (and, later, an in-browser demo mode) see exactly what the server would send.
 */
import { contract } from '@sandbox/shared/contract';
import { localizePolicy } from '@sandbox/shared/policy/policy-data';
import type { Basemap } from '@sandbox/shared/schemas/basemap';
import { type City, summarizeCity } from '@sandbox/shared/schemas/city';
import type { UsOutline } from '@sandbox/shared/schemas/geo';
import { type PolicyData, PolicyQuerySchema } from '@sandbox/shared/schemas/policy';
import { HourlyWeatherQuerySchema } from '@sandbox/shared/schemas/weather';
import { hourlyWeather, localDate } from '@sandbox/shared/sim/hourly-weather';
import { HttpResponse, http } from 'msw';

function notFound(message: string) {
  return HttpResponse.json({ error: 'Not Found', message }, { status: 404 });
}

function badRequest(issue: { path: PropertyKey[]; message: string } | undefined) {
  return HttpResponse.json(
    { error: 'Bad Request', message: `Invalid query parameter "${issue?.path.join('.')}": ${issue?.message}` },
    { status: 400 },
  );
}

/** The policy context and the US outline the Policy page needs, when a test serves them. */
export interface PolicyFixtures {
  policy: PolicyData;
  usStates: UsOutline;
}

function policyHandlers({ policy, usStates }: PolicyFixtures) {
  return [
    http.get(contract.policy.path, ({ request }) => {
      const query = PolicyQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
      return query.success ? HttpResponse.json(localizePolicy(policy, query.data.lang)) : badRequest(query.error.issues[0]);
    }),
    http.get(contract.usStates.path, () => HttpResponse.json(usStates)),
  ];
}

export function createHandlers(cities: { city: City; basemap: Basemap }[], fixtures?: PolicyFixtures) {
  const byId = new Map(cities.map((entry) => [entry.city.id, entry]));
  return [
    ...(fixtures ? policyHandlers(fixtures) : []),
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
      if (!query.success) return badRequest(query.error.issues[0]);
      const entry = byId.get(query.data.city);
      if (!entry) return notFound(`Unknown city "${query.data.city}".`);
      const date = query.data.date ?? localDate(entry.city.timezone, Date.now());
      return HttpResponse.json(hourlyWeather(entry.city, query.data.seed, date));
    }),
  ];
}
