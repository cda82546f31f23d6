/** The page's selections in the URL (see utils/view-params.ts), with setters that keep the rest of the URL. */
import type { City } from '@sandbox/shared/city/schemas';
import { useCallback, useMemo } from 'react';
import { ignoredOf, useReportIgnored } from '../../../state/url/ignored-params';
import { useUrlParams } from '../../../state/url/use-url-params';
import { corridorOfIntersection, MOBILITY_PARAMS, type MobilityParam, parseMobilityView, type Span, withView } from '../utils/view-params';

export function useMobilityView(city: City | undefined) {
  const [params, updateUrl] = useUrlParams();
  const key = MOBILITY_PARAMS.map((k) => params.get(k) ?? '').join('|');
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` is the page's part of the URL
  const view = useMemo(() => parseMobilityView(params, city), [key, city]);
  // Until the city arrives no corridor or intersection can be checked against it.
  const used = { corridor: view.corridorId, intersection: view.intersectionId, span: view.span, bsm: view.messageId };
  useReportIgnored(city ? ignoredOf(params, used) : []);

  const update = useCallback(
    (patch: Partial<Record<MobilityParam, string | null>>) => updateUrl((current) => withView(current, patch)),
    [updateUrl],
  );

  const selectCorridor = useCallback((corridorId: string) => update({ corridor: corridorId, intersection: null }), [update]);
  const selectIntersection = useCallback(
    (intersectionId: string | null) => {
      const corridorId = city && intersectionId ? corridorOfIntersection(city, intersectionId) : undefined;
      update(corridorId ? { corridor: corridorId, intersection: intersectionId } : { intersection: null });
    },
    [city, update],
  );
  const setSpan = useCallback((span: Span) => update({ span: span === '6h' ? null : span }), [update]);
  const selectMessage = useCallback((temporaryId: string | null) => update({ bsm: temporaryId }), [update]);

  return { view, selectCorridor, selectIntersection, setSpan, selectMessage };
}
