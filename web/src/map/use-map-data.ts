/**
 * Feeds the live data into the map: colours through feature state (no re-tiling), events through
 * setData on their GeoJSON source, vehicles on the canvas overlay (every animation frame while they
 * glide between stream frames; see vehicle-overlay.ts), and layer-group visibility. Works with
 * MapLibre and Mapbox GL alike.
 */
import { useCallback, useEffect, useRef } from 'react';
import { GROUP_LAYERS } from './data-layers';
import type { LayerGroup, MapData } from './map-data';
import { interpolateVehicles, type VehiclePositions } from './vehicle-interpolation';
import { isProjectingMap, VehicleOverlay } from './vehicle-overlay';

/** The part of a MapLibre / Mapbox GL map this hook uses. */
export interface MapLike {
  getSource(id: string): unknown;
  getLayer(id: string): unknown;
  setFeatureState(feature: { source: string; id: string | number }, state: Record<string, unknown>): void;
  setLayoutProperty(layer: string, name: string, value: unknown): void;
  fitBounds?(bounds: [[number, number], [number, number]], options: { padding: unknown; maxZoom?: number; duration: number }): void;
  isSourceLoaded?(id: string): boolean;
  on?(type: 'render', listener: () => void): unknown;
  off?(type: 'render', listener: () => void): unknown;
}

/**
 * A User Timing mark (`performance.getEntriesByName`) when the map has first drawn the stations in
 * their live colours: the first frame rendered after their states were set with their source loaded.
 * Once per page load. The static-demo benchmark reads it instead of polling screenshots, which cost
 * more than a second each under software WebGL and so hid the real paint time.
 */
export const STATIONS_PAINTED_MARK = 'sandbox:stations-painted';
let stationsPaintedMarked = false;
function markStationsPainted(map: MapLike): void {
  if (stationsPaintedMarked || !map.on || !map.off) return;
  stationsPaintedMarked = true;
  const onRender = () => {
    if (map.isSourceLoaded && !map.isSourceLoaded('stations')) return;
    map.off?.('render', onRender);
    performance.mark(STATIONS_PAINTED_MARK);
  };
  map.on('render', onRender);
}

interface GeoJsonSourceLike {
  setData(data: GeoJSON.FeatureCollection): void;
}

function setData(map: MapLike, source: string, data: GeoJSON.FeatureCollection): void {
  (map.getSource(source) as GeoJsonSourceLike | undefined)?.setData(data);
}

function setStates(map: MapLike, source: string, values: Record<string, Record<string, unknown>>): void {
  if (!map.getSource(source)) return;
  for (const [id, state] of Object.entries(values)) map.setFeatureState({ source, id }, state);
}

export function useMapData(map: MapLike | null, data: MapData, visible: ReadonlySet<LayerGroup>) {
  useEffect(() => {
    if (!map) return;
    // A layer several groups share (a label keep-out) shows while any of them does.
    const shown = new Map<string, boolean>();
    for (const [group, layers] of Object.entries(GROUP_LAYERS) as [LayerGroup, string[]][]) {
      for (const layer of layers) shown.set(layer, (shown.get(layer) ?? false) || visible.has(group));
    }
    for (const [layer, on] of shown) if (map.getLayer(layer)) map.setLayoutProperty(layer, 'visibility', on ? 'visible' : 'none');
  }, [map, visible]);

  useEffect(() => {
    if (!map || !data.stationAqi) return;
    setStates(map, 'stations', Object.fromEntries(Object.entries(data.stationAqi).map(([id, s]) => [id, { color: s.color, aqi: s.aqi }])));
    if (map.getSource('stations')) markStationsPainted(map);
  }, [map, data.stationAqi]);

  useEffect(() => {
    const id = data.selectedStation;
    if (!map || !id || !map.getSource('stations')) return;
    map.setFeatureState({ source: 'stations', id }, { selected: true });
    return () => {
      try {
        map.setFeatureState({ source: 'stations', id }, { selected: false });
      } catch {
        // The map went away with the page; nothing to unselect.
      }
    };
  }, [map, data.selectedStation]);

  useEffect(() => {
    if (!map || !data.districtLoadKw) return;
    setStates(map, 'dyn-districts', Object.fromEntries(Object.entries(data.districtLoadKw).map(([id, loadKw]) => [id, { loadKw }])));
  }, [map, data.districtLoadKw]);

  // The selected district: set on the new one, cleared on the one before.
  const selected = useRef<string | null>(null);
  useEffect(() => {
    if (!map?.getSource('dyn-districts')) return;
    const next = data.selectedDistrict ?? null;
    if (selected.current && selected.current !== next)
      map.setFeatureState({ source: 'dyn-districts', id: selected.current }, { selected: false });
    if (next) map.setFeatureState({ source: 'dyn-districts', id: next }, { selected: true });
    selected.current = next;
  }, [map, data.selectedDistrict]);

  useEffect(() => {
    if (!map || !data.network) return;
    setData(map, 'dyn-segments', {
      type: 'FeatureCollection',
      features: data.network.map((s) => ({
        type: 'Feature',
        properties: { id: s.id, corridorId: s.corridorId, direction: s.direction },
        geometry: { type: 'LineString', coordinates: s.path },
      })),
    });
  }, [map, data.network]);

  useEffect(() => {
    if (!map || !data.segmentSpeedRatio || !data.network) return;
    setStates(map, 'dyn-segments', Object.fromEntries(Object.entries(data.segmentSpeedRatio).map(([id, ratio]) => [id, { ratio }])));
  }, [map, data.segmentSpeedRatio, data.network]);

  useEffect(() => {
    if (!map || !data.signals) return;
    setStates(map, 'dyn-signals', Object.fromEntries(Object.entries(data.signals).map(([id, color]) => [id, { color }])));
  }, [map, data.signals]);

  useEffect(() => {
    if (!map) return;
    setData(map, 'dyn-events', {
      type: 'FeatureCollection',
      features: (data.events ?? []).map((e) => ({
        type: 'Feature',
        properties: { kind: e.kind, time: e.time, corridorId: e.corridorId },
        geometry: { type: 'Point', coordinates: e.position },
      })),
    });
  }, [map, data.events]);

  // Vehicles: one overlay canvas, redrawn every animation frame while they glide to the latest frame.
  const overlay = useRef<VehicleOverlay | null>(null);
  useEffect(() => {
    if (!map || !isProjectingMap(map)) return;
    const created = new VehicleOverlay(map);
    overlay.current = created;
    return () => {
      created.destroy();
      overlay.current = null;
    };
  }, [map]);

  const buffer = useRef<VehiclePositions | undefined>(undefined);
  const showVehicles = visible.has('vehicles');
  useEffect(() => {
    const target = overlay.current;
    const frames = data.vehicles;
    if (!map || !target) return;
    target.setVisible(showVehicles);
    if (!frames || !showVehicles) {
      if (!frames) target.clear();
      return;
    }
    const still = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
    let handle = 0;
    let lastAlpha = -1;
    const draw = () => {
      const alpha = frames.previous && !still ? (performance.now() - frames.receivedAt) / frames.intervalMs : 1;
      const clamped = Math.min(1, alpha);
      if (clamped !== lastAlpha) {
        lastAlpha = clamped;
        buffer.current = interpolateVehicles(frames.previous, frames.current, clamped, buffer.current);
        target.update(buffer.current, frames.current);
      }
      if (clamped < 1) handle = requestAnimationFrame(draw);
    };
    handle = requestAnimationFrame(draw);
    return () => cancelAnimationFrame(handle);
  }, [map, data.vehicles, showVehicles]);

  /** The vehicle under a point of the map (container px), for the hover card. */
  return useCallback((x: number, y: number) => overlay.current?.vehicleAt(x, y) ?? null, []);
}
