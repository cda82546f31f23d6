/**
 * Two queries as one panel query: ready when both have data, failed when either fails, retried
 * together. Panels that draw from two routes (minute readings and hourly NowCasts) stay simple.
 */
import type { UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { PanelQuery } from '../../../ui/panel';

export function useBoth<A, B, T>(a: UseQueryResult<A>, b: UseQueryResult<B>, combine: (a: A, b: B) => T): PanelQuery<T> {
  // biome-ignore lint/correctness/useExhaustiveDependencies: `combine` is a pure function of the two answers
  const data = useMemo(() => (a.data !== undefined && b.data !== undefined ? combine(a.data, b.data) : undefined), [a.data, b.data]);
  return {
    data,
    isPending: a.isPending || b.isPending,
    isError: a.isError || b.isError,
    error: a.error ?? b.error,
    refetch: () => Promise.all([a.refetch(), b.refetch()]),
  };
}
