/**
 * Feeds the live data into the map: colours through feature state (no re-tiling), vehicles and
 * events through setData on their GeoJSON sources (vehicles every animation frame, interpolated
 * between stream frames), and layer-group visibility. Works with MapLibre and Mapbox GL alike.
 */
import { useEffect, useRef } from 'react';
import { GROUP_LAYERS } from './data-layers';
import type { LayerGroup, MapData } from './map-data';
import { interpolateVehicles, type VehiclePositions } from './vehicle-interpolation';

/** The part of a MapLibre / Mapbox GL map this hook uses. */
export interface MapLike {
  getSource(id: string): unknown;
  getLayer(id: string): unknown;
  setFeatureState(feature: { source: string; id: string | number }, state: Record<string, unknown>): void;
  setLayoutProperty(layer: string, name: string, value: unknown): void;
  fitBounds?(
    bounds: [[number, number], [number, number]],
    options: { padding: unknown; maxZoom?: number | undefined; duration: number },
  ): void;
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

export function useMapData(map: MapLike | null, data: MapData, visible: ReadonlySet<LayerGroup>): void {
  useEffect(() => {
    if (!map) return;
    for (const [group, layers] of Object.entries(GROUP_LAYERS) as [LayerGroup, string[]][]) {
      for (const layer of layers)
        if (map.getLayer(layer)) map.setLayoutProperty(layer, 'visibility', visible.has(group) ? 'visible' : 'none');
    }
  }, [map, visible]);

  useEffect(() => {
    if (!map || !data.stationAqi) return;
    setStates(map, 'stations', Object.fromEntries(Object.entries(data.stationAqi).map(([id, s]) => [id, { color: s.color, aqi: s.aqi }])));
  }, [map, data.stationAqi]);

  useEffect(() => {
    if (!map || !data.districtLoadKw) return;
    setStates(map, 'dyn-districts', Object.fromEntries(Object.entries(data.districtLoadKw).map(([id, loadKw]) => [id, { loadKw }])));
  }, [map, data.districtLoadKw]);

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

  // Vehicles: one GeoJSON source updated in place every animation frame while frames arrive.
  const buffer = useRef<VehiclePositions | undefined>(undefined);
  useEffect(() => {
    const frames = data.vehicles;
    if (!map || !frames || !visible.has('vehicles')) {
      if (map) setData(map, 'dyn-vehicles', { type: 'FeatureCollection', features: [] });
      return;
    }
    let handle = 0;
    let lastAlpha = -1;
    const draw = () => {
      const alpha = frames.previous ? (performance.now() - frames.receivedAt) / frames.intervalMs : 1;
      const clamped = Math.min(1, alpha);
      if (clamped !== lastAlpha) {
        lastAlpha = clamped;
        const positions = interpolateVehicles(frames.previous, frames.current, clamped, buffer.current);
        buffer.current = positions;
        const features: GeoJSON.Feature[] = new Array(positions.count);
        for (let i = 0; i < positions.count; i++) {
          const k = positions.index[i] as number;
          features[i] = {
            type: 'Feature',
            properties: {
              id: frames.current.id[k],
              kind: frames.current.kind[k],
              connected: frames.current.connected[k],
              speedMps: frames.current.speedMps[k],
            },
            geometry: { type: 'Point', coordinates: [positions.lng[i] as number, positions.lat[i] as number] },
          };
        }
        setData(map, 'dyn-vehicles', { type: 'FeatureCollection', features });
      }
      if (clamped < 1) handle = requestAnimationFrame(draw);
    };
    handle = requestAnimationFrame(draw);
    return () => cancelAnimationFrame(handle);
  }, [map, data.vehicles, visible]);
}
