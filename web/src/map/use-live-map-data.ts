/**
 * The live frames (or the paused snapshot) shaped for the map: AQI colours per station, load per
 * district, speed ratio per segment, signal colours, vehicles for interpolation, and the safety
 * events of the last few frames (so a marker stays long enough to be seen).
 */
import type { StreamFrame } from '@sandbox/shared/live/schemas';
import type { SafetyEvent, Segment } from '@sandbox/shared/mobility/schemas';
import { useMemo, useRef } from 'react';
import { useLiveFrames } from '../api/live-frames';
import type { MapData } from './map-data';

const EVENT_FRAMES_KEPT = 8;

export function mapDataFromFrame(
  frame: StreamFrame | undefined,
  network: readonly Segment[] | undefined,
): Omit<MapData, 'vehicles' | 'events'> {
  if (!frame) return {};
  const limits = new Map(network?.map((s) => [s.id, s.speedLimitMps]));
  return {
    ...(frame.air ? { stationAqi: Object.fromEntries(frame.air.stations.map((s) => [s.stationId, { aqi: s.aqi, color: s.color }])) } : {}),
    ...(frame.energy ? { districtLoadKw: Object.fromEntries(frame.energy.districts.map((d) => [d.districtId, d.demandKw])) } : {}),
    ...(frame.mobility && network
      ? {
          network,
          segmentSpeedRatio: Object.fromEntries(
            frame.mobility.segments.map((s) => {
              const limit = limits.get(s.segmentId);
              return [s.segmentId, s.speedMps === null || !limit ? null : Math.min(1.2, s.speedMps / limit)];
            }),
          ),
        }
      : {}),
    ...(frame.mobility ? { signals: Object.fromEntries(frame.mobility.signals.map((s) => [s.intersectionId, s.main])) } : {}),
  };
}

export function useLiveMapData(network: readonly Segment[] | undefined): MapData {
  const { frame, previous, receivedAt, intervalMs } = useLiveFrames();
  // Each piece is rebuilt only when what it shows changes, and all of it in the render that brings
  // the frame: the map's feature-state updates and the vehicle animation restart once per frame.
  const shaped = useMemo(() => mapDataFromFrame(frame, network), [frame, network]);
  const vehicles = useMemo(
    () =>
      frame?.mobility ? { current: frame.mobility.vehicles, previous: previous?.mobility?.vehicles, receivedAt, intervalMs } : undefined,
    [frame, previous, receivedAt, intervalMs],
  );
  const recent = useRef<{ frame: StreamFrame | undefined; events: SafetyEvent[][] }>({ frame: undefined, events: [] });
  const events = useMemo(() => {
    // Appended once per frame (idempotent if React renders twice), kept for the last few frames.
    if (frame?.mobility && recent.current.frame !== frame) {
      recent.current = { frame, events: [...recent.current.events.slice(-(EVENT_FRAMES_KEPT - 1)), frame.mobility.events] };
    }
    return recent.current.events.flat();
  }, [frame]);

  return useMemo<MapData>(() => ({ ...shaped, ...(vehicles ? { vehicles } : {}), events }), [shaped, vehicles, events]);
}
