/**
 * Any JSON route of the contract as a TanStack Query hook. Answers are deterministic for a given
 * query, so they never go stale; while a new window loads, the previous answer stays on screen
 * (no flicker as the clock moves).
 */
import type { RouteName } from '@sandbox/shared/contract';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type ApiResponse, apiGet } from './client';

export type QueryValues = Record<string, string | number | undefined>;

export function apiQueryOptions<R extends RouteName>(route: R, query: QueryValues = {}, params: Record<string, string> = {}) {
  return {
    queryKey: [route, params, query] as const,
    queryFn: ({ signal }: { signal: AbortSignal }) => apiGet(route, { params, query, signal }),
    staleTime: Number.POSITIVE_INFINITY,
    placeholderData: keepPreviousData,
  };
}

export function useApi<R extends RouteName>(
  route: R,
  query: QueryValues = {},
  options: { params?: Record<string, string>; enabled?: boolean } = {},
) {
  return useQuery<ApiResponse<R>>({ ...apiQueryOptions(route, query, options.params), enabled: options.enabled ?? true });
}
