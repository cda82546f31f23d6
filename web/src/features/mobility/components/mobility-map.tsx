/**
 * The live map of the corridors: segment speeds (each direction on its own side), signal heads,
 * vehicles gliding between stream frames and recent safety events, with layer switches in the URL.
 * Clicking an intersection or a corridor selects it for the panels.
 */
import type { Basemap } from '@sandbox/shared/city/basemap-schemas';
import type { City } from '@sandbox/shared/city/schemas';
import type { Segment } from '@sandbox/shared/mobility/schemas';
import { useMemo } from 'react';
import { LazyMap } from '../../../map/lazy-map';
import type { LayerGroup } from '../../../map/map-data';
import { MapLegend } from '../../../map/map-legend';
import type { HoverTarget } from '../../../map/map-view-props';
import { useLayerVisibility } from '../../../map/use-layer-visibility';
import { useLiveMapData } from '../../../map/use-live-map-data';
import { mapFocus } from '../utils/corridor-bounds';
import type { MobilityView } from '../utils/view-params';
import { useMapKeys } from './map-keys';

export const MOBILITY_LAYERS: readonly LayerGroup[] = ['corridors', 'speeds', 'signals', 'vehicles', 'events'];

interface Props {
  city: City;
  basemap: Basemap;
  network: readonly Segment[] | undefined;
  view: MobilityView;
  onSelectCorridor: (corridorId: string) => void;
  onSelectIntersection: (intersectionId: string) => void;
}

export function MobilityMap({ city, basemap, network, view, onSelectCorridor, onSelectIntersection }: Props) {
  const data = useLiveMapData(network);
  const { visible, toggle } = useLayerVisibility(MOBILITY_LAYERS);
  const keys = useMapKeys();
  const focus = useMemo(() => mapFocus(city, view), [city, view]);
  const onSelect = (target: HoverTarget) => {
    if (!target.id) return;
    if (target.layer === 'intersection' || target.layer === 'dyn-signal') onSelectIntersection(target.id);
    else if (target.layer === 'corridor') onSelectCorridor(target.id);
  };
  return (
    <>
      <LazyMap city={city} basemap={basemap} data={data} visible={visible} onSelect={onSelect} focus={focus} />
      <MapLegend groups={MOBILITY_LAYERS} visible={visible} onToggle={toggle} explain={keys} />
    </>
  );
}
