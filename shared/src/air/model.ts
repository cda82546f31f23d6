/**
 * The air model of a simulation, built once: each station's position, the roads and corridors
 * within reach of it (line sources, line-sources.ts), its site's temperature and wind factors and
 * the random-stream keys of its noise; the smoke plume's frame (plume.ts) and the city's urban box
 * (urban-box.ts). The hourly terms (station-hours.ts) and the minute engine (engine.ts) read it.
 */

import { toXY } from '../common/geo';
import { streamKey } from '../common/rng';
import type { Simulation } from '../simulation/simulation';
import { stationSources, type TrafficSource } from './line-sources';
import { type PlumeFrame, plumeFrame } from './plume';
import { UrbanBox } from './urban-box';

export interface StationModel {
  index: number;
  id: string;
  /** Position in local metres (x east, y north of the city centre). */
  x: number;
  y: number;
  sources: TrafficSource[];
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
  plume: PlumeFrame | null;
  urban: UrbanBox;
}

const SITE = {
  roadside: { tempOffsetC: 0.4, windFactor: 0.7 },
  school: { tempOffsetC: 0.2, windFactor: 0.8 },
  park: { tempOffsetC: -0.2, windFactor: 0.9 },
} as const;

export function buildAirModel(sim: Pick<Simulation, 'city' | 'network' | 'seed' | 'weather' | 'levers'>): AirModel {
  const { network, seed } = sim;
  const stations = sim.city.stations.map((station, index): StationModel => {
    const [x, y] = toXY(network.projection, station.location);
    return {
      index,
      id: station.id,
      x,
      y,
      sources: stationSources(network, sim.city.roads, x, y),
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
    plume: plumeFrame(sim.city, network.projection, sim.weather, sim.levers.smoke, seed),
    urban: new UrbanBox(sim.weather, sim.levers),
  };
}
