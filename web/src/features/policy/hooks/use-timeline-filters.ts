import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { readFilters, type TimelineFilters, writeFilters } from '../utils/timeline-filters';

/** The timeline filters, read from and written to the URL (replacing the entry: no history spam). */
export function useTimelineFilters(): [TimelineFilters, (next: TimelineFilters) => void] {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => readFilters(params), [params]);
  const setFilters = useCallback(
    (next: TimelineFilters) => setParams((current) => writeFilters(current, next), { replace: true, preventScrollReset: true }),
    [setParams],
  );
  return [filters, setFilters];
}
