/**
 * Query option factories for what several layers read: the cities, the city and its basemap, the
 * corridor network, the paused clock's snapshot and the policy context (each feature's own routes are in its `api/`).
 * City geography never changes while the app runs and the engine is deterministic, hence
 * `staleTime: Infinity`.
 */
import type { Scenario } from '@sandbox/shared/scenario/schemas';
import { queryOptions } from '@tanstack/react-query';
import { encodeScenario } from '../state/scenario/scenario-codec';
import { apiGet } from './client';
import { contractQuery, scenarioRequest } from './contract-query';
import { routeQueryValues } from './route-query';

export const citiesQuery = () =>
  queryOptions({
    queryKey: ['cities'],
    queryFn: ({ signal }) => apiGet('cities', { signal }),
    staleTime: Number.POSITIVE_INFINITY,
  });

export const cityQuery = (city: string) =>
  queryOptions({
    queryKey: ['city', city],
    queryFn: ({ signal }) => apiGet('city', { params: { city }, signal }),
    staleTime: Number.POSITIVE_INFINITY,
  });

export const basemapQuery = (city: string) =>
  queryOptions({
    queryKey: ['basemap', city],
    queryFn: ({ signal }) => apiGet('basemap', { params: { city }, signal }),
    staleTime: Number.POSITIVE_INFINITY,
  });

/** The directional segments of the corridors (geometry only: no scenario), for speed colours on a map. */
export const networkQuery = (city: string) => contractQuery('mobilityNetwork', { city });

export const snapshotQuery = (scenario: Scenario, atMs: number) =>
  queryOptions({
    queryKey: ['snapshot', encodeScenario(scenario), atMs],
    queryFn: ({ signal }) =>
      apiGet('snapshot', { query: scenarioRequest<'snapshot'>(scenario, { at: new Date(atMs).toISOString() }), signal }),
    staleTime: Number.POSITIVE_INFINITY,
    placeholderData: (previous) => previous,
  });

/** The policy context in one language; it changes only with a new server build. */
export const policyQuery = (lang: 'en' | 'ko') =>
  queryOptions({
    queryKey: ['policy', lang],
    queryFn: ({ signal }) => apiGet('policy', { query: routeQueryValues('policy', { lang }), signal }),
    staleTime: Number.POSITIVE_INFINITY,
  });
