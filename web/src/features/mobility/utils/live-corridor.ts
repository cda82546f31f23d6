/**
 * "Now" figures from the live frame: each direction's space-mean speed and travel time over the
 * last five minutes (the frame's per-segment speeds, weighted by length, as the map colours them),
 * and the vehicles on the road by kind and connection.
 */
import type { StreamFrame } from '@sandbox/shared/live/schemas';
import { MIN_OBSERVED_SHARE } from '@sandbox/shared/mobility/corridor-flow';
import type { Direction, Segment } from '@sandbox/shared/mobility/schemas';

export interface DirectionNow {
  direction: Direction;
  lengthM: number;
  speedLimitMps: number;
  /** Space-mean speed, m/s, or null when too little of the direction had traffic. */
  speedMps: number | null;
  travelTimeS: number | null;
}

export interface VehiclesNow {
  total: number;
  connected: number;
  buses: number;
}

type MobilityFrame = NonNullable<StreamFrame['mobility']>;

export function directionsNow(frame: MobilityFrame | undefined, network: readonly Segment[], corridorId: string): DirectionNow[] {
  const speeds = new Map(frame?.segments.map((s) => [s.segmentId, s.speedMps]));
  const byDirection = new Map<Direction, Segment[]>();
  for (const segment of network) {
    if (segment.corridorId !== corridorId) continue;
    byDirection.set(segment.direction, [...(byDirection.get(segment.direction) ?? []), segment]);
  }
  return [...byDirection.entries()].map(([direction, segments]) => {
    const lengthM = segments.reduce((sum, s) => sum + s.lengthM, 0);
    let observedLength = 0;
    let observedTime = 0;
    for (const segment of segments) {
      const speed = speeds.get(segment.id);
      if (speed) {
        observedLength += segment.lengthM;
        observedTime += segment.lengthM / speed;
      }
    }
    const speedMps = frame && observedLength >= MIN_OBSERVED_SHARE * lengthM ? observedLength / observedTime : null;
    return {
      direction,
      lengthM,
      speedLimitMps: segments[0]?.speedLimitMps ?? 0,
      speedMps,
      travelTimeS: speedMps ? lengthM / speedMps : null,
    };
  });
}

/** Space-mean speed of the whole corridor (both directions), m/s. */
export function corridorSpeedNow(directions: readonly DirectionNow[]): number | null {
  const known = directions.filter((d) => d.travelTimeS !== null);
  if (known.length === 0) return null;
  const length = known.reduce((sum, d) => sum + d.lengthM, 0);
  const time = known.reduce((sum, d) => sum + (d.travelTimeS ?? 0), 0);
  return length / time;
}

export function vehiclesNow(frame: MobilityFrame | undefined): VehiclesNow | null {
  if (!frame) return null;
  const { kind, connected } = frame.vehicles;
  return {
    total: kind.length,
    connected: connected.filter(Boolean).length,
    buses: kind.filter((k) => k === 'bus').length,
  };
}
