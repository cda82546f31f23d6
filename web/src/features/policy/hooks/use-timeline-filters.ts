import { useCallback, useMemo } from 'react';
import { useUrlParams } from '../../../state/url/use-url-params';
import { readFilters, type TimelineFilters, writeFilters } from '../utils/timeline-filters';

/** The timeline filters, read from and written to the URL (replacing the entry: no history spam). */
export function useTimelineFilters(): [TimelineFilters, (next: TimelineFilters) => void] {
  const [params, update] = useUrlParams();
  const filters = useMemo(() => readFilters(params), [params]);
  const setFilters = useCallback((next: TimelineFilters) => update((current) => writeFilters(current, next)), [update]);
  return [filters, setFilters];
}
