/** The Air page's selections in the URL (`station`, `span`), so a copied link reopens the same view. */
import type { Station } from '@sandbox/shared/city/schemas';
import { useCallback } from 'react';
import { ignoredOf, useReportIgnored } from '../../../state/url/ignored-params';
import { useUrlParams } from '../../../state/url/use-url-params';
import { parseSpan, pickStation, SPANS, type SpanKey } from '../utils/air-view';

export function useAirView(stations: readonly Station[]) {
  const [params, update] = useUrlParams();
  const station = pickStation(params.get('station'), stations);
  const span = parseSpan(params.get('span'));
  useReportIgnored(ignoredOf(params, { station: station?.id, span }));
  const set = useCallback((key: string, value: string) => update((next) => next.set(key, value)), [update]);
  const setStation = useCallback((id: string) => set('station', id), [set]);
  const setSpan = useCallback((value: SpanKey) => set('span', value), [set]);
  return { station, span, spanMs: SPANS[span], setStation, setSpan };
}
