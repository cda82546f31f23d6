/**
 * A stand-in for the GL map in component tests (the real one is tested in Chromium, tests/e2e):
 * `vi.mock('…/map/lazy-map', …)` swaps LazyMap for it. It says what the map was given as data
 * attributes (stations coloured, districts with a load, segments with a speed, vehicles, the layers
 * on), counts its mounts, and keeps the sync it joined, so a test checks the wiring, not WebGL.
 */
import { useEffect, useRef } from 'react';
import type { MapSync } from '../map/map-sync';
import type { MapViewProps } from '../map/map-view-props';

/** Every stand-in mounted since the test began (a remount adds one), and the sync each one was given. */
export const standIns: { mounts: number; syncs: Map<HTMLElement, MapSync | undefined> } = { mounts: 0, syncs: new Map() };

export function resetStandIns() {
  standIns.mounts = 0;
  standIns.syncs.clear();
}

const count = (values: Record<string, unknown> | undefined) => Object.values(values ?? {}).filter((v) => v !== null).length;

export function MapStandIn({ city, data, visible, sync }: MapViewProps) {
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    standIns.mounts += 1;
  }, []);
  useEffect(() => {
    if (element.current) standIns.syncs.set(element.current, sync);
  }, [sync]);
  const load = Object.values(data?.districtLoadKw ?? {}).reduce((sum, kw) => sum + kw, 0);
  return (
    <div
      ref={element}
      data-testid="map"
      data-city={city.id}
      data-stations={count(data?.stationAqi)}
      data-load={Math.round(load)}
      data-speeds={count(data?.segmentSpeedRatio)}
      data-vehicles={data?.vehicles?.current.id.length ?? 0}
      data-layers={[...(visible ?? [])].join(',')}
    />
  );
}
