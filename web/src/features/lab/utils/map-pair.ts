/**
 * What the map pair draws and says at its instant: each scenario's snapshot shaped for the map (the
 * same shaping as the live map: AQI colour per station, load per district, speed ratio per segment,
 * vehicles, the last minute's safety events), and the few city-wide figures under the maps, which
 * say in numbers what the colours show (and are the pair's table and CSV).
 */
import type { StreamFrame } from '@sandbox/shared/live/schemas';
import type { Segment } from '@sandbox/shared/mobility/schemas';
import type { MapData } from '../../../map/map-data';
import { mapDataFromFrame } from '../../../map/use-live-map-data';

/** One frame interval: the snapshot has no previous frame, so vehicles are drawn where they are. */
const STILL_INTERVAL_MS = 1000;

export function pairMapData(frame: StreamFrame, network: readonly Segment[] | undefined): MapData {
  return {
    ...mapDataFromFrame(frame, network),
    ...(frame.mobility
      ? {
          vehicles: { current: frame.mobility.vehicles, previous: undefined, receivedAt: 0, intervalMs: STILL_INTERVAL_MS },
          events: frame.mobility.events,
        }
      : {}),
  };
}

export const PAIR_FIGURES = ['meanAqi', 'cityLoad', 'meanSpeed', 'connectedVehicles'] as const;
export type PairFigureId = (typeof PAIR_FIGURES)[number];

export interface PairFigure {
  id: PairFigureId;
  decimals: number;
  baseline: number | null;
  variant: number | null;
  /** Variant minus baseline. */
  change: number | null;
}

const mean = (values: readonly number[]): number | null =>
  values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0) / values.length;

function figureOf(id: PairFigureId, frame: StreamFrame, limits: ReadonlyMap<string, number>): number | null {
  switch (id) {
    case 'meanAqi':
      return mean((frame.air?.stations ?? []).flatMap((s) => (s.aqi === null ? [] : [s.aqi])));
    case 'cityLoad':
      return frame.energy?.cityDemandKw ?? null;
    case 'meanSpeed':
      // Each segment's space-mean speed as a share of its limit, averaged: the colour of the speed layer.
      return mean(
        (frame.mobility?.segments ?? []).flatMap((s) => {
          const limit = limits.get(s.segmentId);
          return s.speedMps === null || !limit ? [] : [(100 * s.speedMps) / limit];
        }),
      );
    case 'connectedVehicles':
      return frame.mobility ? frame.mobility.vehicles.connected.filter(Boolean).length : null;
  }
}

/** AQI is an integer per station: the mean keeps one decimal so a small shift shows. */
const DECIMALS: Record<PairFigureId, number> = { meanAqi: 1, cityLoad: 0, meanSpeed: 0, connectedVehicles: 0 };

/** The figures of both scenarios at the pair's instant, in PAIR_FIGURES order. */
export function pairFigures(baseline: StreamFrame, variant: StreamFrame, network: readonly Segment[] | undefined): PairFigure[] {
  const limits = new Map((network ?? []).map((s) => [s.id, s.speedLimitMps]));
  return PAIR_FIGURES.flatMap((id) => {
    if (id === 'meanSpeed' && !network) return [];
    const a = figureOf(id, baseline, limits);
    const b = figureOf(id, variant, limits);
    return [{ id, decimals: DECIMALS[id], baseline: a, variant: b, change: a === null || b === null ? null : b - a }];
  });
}
