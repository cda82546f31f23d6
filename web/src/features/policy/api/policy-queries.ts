/** The Policy page's own request: the outline of the contiguous US for the finalists map (it never changes). */
import { queryOptions } from '@tanstack/react-query';
import { apiGet } from '../../../api/client';

export const usStatesQuery = () =>
  queryOptions({
    queryKey: ['geo', 'us-states'],
    queryFn: ({ signal }) => apiGet('usStates', { signal }),
    staleTime: Number.POSITIVE_INFINITY,
  });
