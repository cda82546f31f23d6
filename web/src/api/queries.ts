/**
 * Query option factories: one per API call, so components and tests share cache keys and fetchers.
 * City geography never changes while the app runs; weather for a (city, seed, date) never changes
 * at all (the engine is deterministic), hence `staleTime: Infinity`.
 */
import { queryOptions } from '@tanstack/react-query';
import { apiGet } from './client';

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

export const hourlyWeatherQuery = (city: string, date: string, seed: number) =>
  queryOptions({
    queryKey: ['weather', 'hourly', city, date, seed],
    queryFn: ({ signal }) => apiGet('weatherHourly', { query: { city, date, seed }, signal }),
    staleTime: Number.POSITIVE_INFINITY,
  });

export const snapshotQuery = (scenario: Record<string, string>, atMs: number) =>
  queryOptions({
    queryKey: ['snapshot', scenario, atMs],
    queryFn: ({ signal }) => apiGet('snapshot', { query: { ...scenario, at: new Date(atMs).toISOString() }, signal }),
    staleTime: Number.POSITIVE_INFINITY,
    placeholderData: (previous) => previous,
  });

/** The policy context in one language; it changes only with a new server build. */
export const policyQuery = (lang: 'en' | 'ko') =>
  queryOptions({
    queryKey: ['policy', lang],
    queryFn: ({ signal }) => apiGet('policy', { query: { lang }, signal }),
    staleTime: Number.POSITIVE_INFINITY,
  });

export const usStatesQuery = () =>
  queryOptions({
    queryKey: ['geo', 'us-states'],
    queryFn: ({ signal }) => apiGet('usStates', { signal }),
    staleTime: Number.POSITIVE_INFINITY,
  });
