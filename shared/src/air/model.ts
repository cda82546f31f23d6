/**
 * The air model of a simulation, built once: each station's nearby road segments (distance decay
 * and the bearing from the road, for the downwind boost), its site's temperature and wind factors,
 * and the random-stream keys of its noise. The minute engine (engine.ts) reads it.
 */

import { bearingDeg, toXY } from '../common/geo';
import { streamKey } from '../common/rng';
import type { Simulation } from '../simulation/simulation';

/** Distance scale of the near-road decay, m (increments fade to background within a few hundred metres). */
const DECAY_M = 150;
const MAX_DISTANCE_M = 800;

interface NearbySegment {
  segment: number;
  weight: number;
  /** Bearing from the road to the station, degrees. */
  bearing: number;
  truckShare: number;
}

export interface StationModel {
  index: number;
  id: string;
  near: NearbySegment[];
  tempOffsetC: number;
  windFactor: number;
  keyPm: number;
  keyGas: number;
  keyWind: number;
}

export interface AirModel {
  stations: StationModel[];
  byId: Map<string, number>;
  keyRegional: number;
  keyRegionalFast: number;
  keyOzone: number;
  keySmoke: number;
}

const SITE = {
  roadside: { tempOffsetC: 0.4, windFactor: 0.7 },
  school: { tempOffsetC: 0.2, windFactor: 0.8 },
  park: { tempOffsetC: -0.2, windFactor: 0.9 },
} as const;

export function buildAirModel(sim: Pick<Simulation, 'city' | 'network' | 'seed'>): AirModel {
  const { network, seed } = sim;
  const stations = sim.city.stations.map((station, index): StationModel => {
    const [x, y] = toXY(network.projection, station.location);
    const near: NearbySegment[] = [];
    for (const seg of network.segments) {
      const corridor = network.corridors[seg.corridorIndex];
      if (!corridor) continue;
      // Distance from the station to the part of the corridor line this segment covers.
      const dir = network.directions[seg.directionIndex];
      if (!dir) continue;
      const c0 = dir.forward ? seg.startS : corridor.line.length - seg.endS;
      const c1 = dir.forward ? seg.endS : corridor.line.length - seg.startS;
      let best = Number.POSITIVE_INFINITY;
      let bx = 0;
      let by = 0;
      const steps = Math.max(2, Math.ceil((c1 - c0) / 10));
      const p = [0, 0];
      for (let i = 0; i <= steps; i++) {
        const c = c0 + ((c1 - c0) * i) / steps;
        // sample the line every ~10 m
        const line = corridor.line;
        let k = 0;
        while (k < line.cum.length - 2 && (line.cum[k + 1] as number) < c) k++;
        const span = (line.cum[k + 1] as number) - (line.cum[k] as number) || 1;
        const f = Math.max(0, Math.min(1, (c - (line.cum[k] as number)) / span));
        p[0] = (line.xs[k] as number) + ((line.xs[k + 1] as number) - (line.xs[k] as number)) * f;
        p[1] = (line.ys[k] as number) + ((line.ys[k + 1] as number) - (line.ys[k] as number)) * f;
        const d = Math.hypot(x - (p[0] as number), y - (p[1] as number));
        if (d < best) {
          best = d;
          bx = p[0] as number;
          by = p[1] as number;
        }
      }
      if (best > MAX_DISTANCE_M) continue;
      const distance = Math.max(10, best);
      near.push({
        segment: seg.index,
        weight: Math.exp(-distance / DECAY_M),
        bearing: bearingDeg(x - bx, y - by),
        truckShare: corridor.truckShare,
      });
    }
    return {
      index,
      id: station.id,
      near,
      ...SITE[station.siteType],
      keyPm: streamKey(seed, 'air-pm', station.id),
      keyGas: streamKey(seed, 'air-gas', station.id),
      keyWind: streamKey(seed, 'air-wind', station.id),
    };
  });
  return {
    stations,
    byId: new Map(stations.map((s) => [s.id, s.index])),
    keyRegional: streamKey(seed, 'air-regional'),
    keyRegionalFast: streamKey(seed, 'air-regional-fast'),
    keyOzone: streamKey(seed, 'air-ozone'),
    keySmoke: streamKey(seed, 'air-smoke'),
  };
}
