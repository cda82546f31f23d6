/**
 * The districts as a live load choropleth (kW, the current 15-minute average) with the layer
 * switches and legend, a note on what the colour means, and click-to-select: the selected
 * district is outlined and the charts follow it.
 */
import type { Basemap } from '@sandbox/shared/city/basemap-schemas';
import type { City } from '@sandbox/shared/city/schemas';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LazyMap } from '../../../map/lazy-map';
import type { LayerGroup, MapData } from '../../../map/map-data';
import { MapLegend } from '../../../map/map-legend';
import type { HoverTarget } from '../../../map/map-view-props';
import { useLayerVisibility } from '../../../map/use-layer-visibility';
import { useLiveMapData } from '../../../map/use-live-map-data';

const GROUPS: readonly LayerGroup[] = ['districts', 'corridors'];
const DEFAULT_VISIBLE: readonly LayerGroup[] = ['districts'];

interface Props {
  city: City;
  basemap: Basemap;
  /** The districts with meters: only these can be selected. */
  metered: City['districts'];
  selected: string | null;
  onSelect: (district: string | null) => void;
}

export function EnergyMap({ city, basemap, metered, selected, onSelect }: Props) {
  const { t } = useTranslation();
  const { visible, toggle } = useLayerVisibility(DEFAULT_VISIBLE);
  const { districtLoadKw } = useLiveMapData(undefined);
  const data = useMemo<MapData>(
    () => ({ ...(districtLoadKw ? { districtLoadKw } : {}), selectedDistrict: selected }),
    [districtLoadKw, selected],
  );
  const select = useCallback(
    (target: HoverTarget) => {
      if (target.layer !== 'dyn-district-load' || !metered.some((d) => d.id === target.id)) return;
      onSelect(target.id === selected ? null : (target.id ?? null));
    },
    [onSelect, selected, metered],
  );
  return (
    <>
      <LazyMap city={city} basemap={basemap} data={data} visible={visible} onSelect={select} selectDistricts />
      <MapLegend groups={GROUPS} visible={visible} onToggle={toggle} />
      {/* Marked as an overlay, so the map fits the city clear of it (use-fit-to-overlays.ts). */}
      <p className="energy-map__note" data-map-overlay>
        {t('energy.map.note')}
      </p>
    </>
  );
}
