/** Which map layer groups are on, kept in the URL (`layers=stations,speeds`) so a link reproduces the map. */
import { useCallback, useMemo } from 'react';
import { useUrlParams } from '../state/url/use-url-params';
import { LAYER_GROUPS, type LayerGroup } from './map-data';

export function parseLayers(value: string | null, defaults: readonly LayerGroup[]): Set<LayerGroup> {
  if (value === null) return new Set(defaults);
  return new Set(value.split(',').filter((v): v is LayerGroup => (LAYER_GROUPS as readonly string[]).includes(v)));
}

export function useLayerVisibility(defaults: readonly LayerGroup[]) {
  const [params, update] = useUrlParams();
  const raw = params.get('layers');
  // biome-ignore lint/correctness/useExhaustiveDependencies: `defaults` is a per-page constant
  const visible = useMemo(() => parseLayers(raw, defaults), [raw]);
  const toggle = useCallback(
    (group: LayerGroup) => {
      update((search) => {
        const next = new Set(parseLayers(search.get('layers'), defaults));
        if (next.has(group)) next.delete(group);
        else next.add(group);
        search.set('layers', LAYER_GROUPS.filter((g) => next.has(g)).join(','));
      });
    },
    [update, defaults],
  );
  return { visible, toggle };
}
