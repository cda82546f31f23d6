/** The meter population: city.json's meter groups expanded into meters, deterministically, as columns. */
import { streamKey, uniform } from '../common/rng';
import { DEFAULT_EV_SHARE } from '../scenario/schemas';
import type { Simulation } from '../simulation/simulation';
import { CLASS_PREFIX, CLASSES, PARAMS } from './meter-classes';

/** The meter inventory as columns (index = meter number in city order). */
export interface MeterPopulation {
  count: number;
  ids: string[];
  byId: Map<string, number>;
  classCode: Uint8Array;
  district: Uint16Array;
  feeder: Uint16Array;
  districtIds: string[];
  feederIds: string[];
  hasPv: Uint8Array;
  pvKw: Float64Array;
  hasEv: Uint8Array;
  evKw: Float64Array;
  electricHeat: Uint8Array;
  /** Multiplier on the class load (lognormal, mean ≈ 1). */
  size: Float64Array;
  /** Schedule shift of this household, in 15-minute steps (−4…4). */
  shift: Int8Array;
  /** 1 when the meter takes part in a demand-response event. */
  drParticipant: Uint8Array;
  keys: Uint32Array;
  feederKeys: Uint32Array;
}

/** Expands city.json's meter groups into meters, deterministically for (city, seed, levers). */
export function buildMeterPopulation(sim: Pick<Simulation, 'city' | 'seed' | 'levers'>): MeterPopulation {
  const { city, seed, levers } = sim;
  const districtIds = city.districts.map((d) => d.id);
  const feederIds = city.districts.flatMap((d) => d.feeders.map((f) => f.id));
  const count = city.meters.reduce((sum, g) => sum + g.count, 0);
  const pop: MeterPopulation = {
    count,
    ids: [],
    byId: new Map(),
    classCode: new Uint8Array(count),
    district: new Uint16Array(count),
    feeder: new Uint16Array(count),
    districtIds,
    feederIds,
    hasPv: new Uint8Array(count),
    pvKw: new Float64Array(count),
    hasEv: new Uint8Array(count),
    evKw: new Float64Array(count),
    electricHeat: new Uint8Array(count),
    size: new Float64Array(count),
    shift: new Int8Array(count),
    drParticipant: new Uint8Array(count),
    keys: new Uint32Array(count),
    feederKeys: Uint32Array.from(feederIds, (id) => streamKey(seed, 'feeder-outage', id)),
  };
  const evScale = levers.evShare / DEFAULT_EV_SHARE;
  const drDepth = levers.demandResponse?.magnitude ?? 0;
  const counters = new Map<string, number>();
  let m = 0;
  for (const group of city.meters) {
    const district = city.districts.find((d) => d.id === group.districtId);
    if (!district) continue;
    const classCode = CLASSES.indexOf(group.meterClass);
    const params = PARAMS[group.meterClass];
    const counterKey = `${group.districtId}-${group.meterClass}`;
    for (let i = 0; i < group.count; i++, m++) {
      const n = (counters.get(counterKey) ?? 0) + 1;
      counters.set(counterKey, n);
      const id = `${group.districtId}-${CLASS_PREFIX[group.meterClass]}-${String(n).padStart(5, '0')}`;
      const key = streamKey(seed, 'meter', id);
      const u = (k: number) => uniform(key, k);
      pop.ids.push(id);
      pop.byId.set(id, m);
      pop.keys[m] = key;
      pop.classCode[m] = classCode;
      pop.district[m] = districtIds.indexOf(district.id);
      const feeder = district.feeders[Math.min(district.feeders.length - 1, Math.floor(u(1) * district.feeders.length))];
      pop.feeder[m] = feederIds.indexOf(feeder?.id ?? '');
      if (u(2) < group.pvShare) {
        pop.hasPv[m] = 1;
        pop.pvKw[m] = params.pvKw[0] + (params.pvKw[1] - params.pvKw[0]) * u(3);
      }
      // Monotone in the EV share: raising it only adds chargers.
      if (u(4) < Math.min(1, group.evShare * evScale)) {
        pop.hasEv[m] = 1;
        pop.evKw[m] = group.meterClass === 'residential' && u(5) < 0.15 ? 1.8 : params.evKw;
      }
      pop.electricHeat[m] = u(6) < params.electricHeatShare ? 1 : 0;
      pop.size[m] = Math.exp(0.35 * (u(7) + u(8) + u(9) - 1.5) * 2 - 0.5 * 0.35 * 0.35);
      pop.shift[m] = Math.round((u(10) - 0.5) * 8);
      pop.drParticipant[m] = group.meterClass === 'residential' && u(11) < drDepth ? 1 : 0;
    }
  }
  return pop;
}
