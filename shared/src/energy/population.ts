/**
 * The meter population: city.json's meter groups expanded into meters, deterministically, as typed
 * columns (index = meter number in city order, each group a contiguous range). A meter is its
 * parameters, never a stored series; at program scale (110,000 meters) the columns are ~3 MB and a
 * build takes tens of milliseconds. Ids are not stored: `meterId` formats one from its group, and
 * `meterIndex` parses one back.
 */
import type { City, MeterClass } from '../city/schemas';
import { hashStep, mix32, streamKey } from '../common/rng';
import { DEFAULT_EV_SHARE } from '../scenario/schemas';
import type { SimFault, Simulation } from '../simulation/simulation';
import { CLASS_PREFIX, CLASSES, PARAMS } from './meter-classes';
import { scheduleOf } from './schedules';
import { coolCohortOf } from './thermostats';

/** One meter group of city.json as a range of meters. */
export interface MeterRange {
  /** First meter index of the group. */
  start: number;
  count: number;
  district: number;
  classCode: number;
  /** Number of the group's first meter within its district and class (1 unless an earlier group shares them). */
  firstNumber: number;
  /** `linden-res-`: the id up to the number. */
  prefix: string;
}

/** An injected fault on one meter (`meter-estimated` or `meter-missing`), window in UTC ms. */
export interface MeterFault {
  kind: 'meter-estimated' | 'meter-missing';
  fromMs: number;
  toMs: number;
}

/** The meter inventory as columns. */
export interface MeterPopulation {
  count: number;
  ranges: MeterRange[];
  classCode: Uint8Array;
  district: Uint16Array;
  feeder: Uint16Array;
  districtIds: string[];
  feederIds: string[];
  /** District of each feeder (a feeder serves one district). */
  feederDistrict: Uint16Array;
  hasPv: Uint8Array;
  pvKw: Float64Array;
  hasEv: Uint8Array;
  evKw: Float64Array;
  electricHeat: Uint8Array;
  /** Multiplier on the class load (lognormal, mean ≈ 1). */
  size: Float32Array;
  /** Operating schedule (index into SCHEDULES: the class's own, or a commercial building type's). */
  schedule: Uint8Array;
  /** Cooling cohort (thermostats.ts): the row of its schedule's cooling drive the meter follows. */
  coolCohort: Uint8Array;
  /** Schedule shift of this household, in 15-minute steps (−4…4). */
  shift: Int8Array;
  /** 1 when the meter takes part in a demand-response event. */
  drParticipant: Uint8Array;
  keys: Uint32Array;
  feederKeys: Uint32Array;
  /** Meters per feeder and class, `[feeder × 3 + class]`. */
  cellMeters: Uint32Array;
  /** Injected meter faults by meter index (most meters have none). */
  faults: Map<number, MeterFault[]>;
  /** `linden-res` → the ranges numbering that district's class, for parsing ids. */
  numbering: Map<string, MeterRange[]>;
}

/** Bytes the columns take (for the memory budget). */
export function populationBytes(pop: MeterPopulation): number {
  return pop.count * 42 + pop.ranges.length * 64;
}

/**
 * The city with `share` of each meter group (at least one meter where a group had any), for machines
 * too small for the full program; ids keep their numbers (the first meters of each group stay).
 */
export function withMeterShare(city: City, share: number): City {
  if (share >= 1) return city;
  return { ...city, meters: city.meters.map((g) => ({ ...g, count: g.count === 0 ? 0 : Math.max(1, Math.round(g.count * share)) })) };
}

/** Uniforms in [0, 1) from one meter key: a cheap counter-based sequence (one mix each). */
function draw(key: number, k: number): number {
  return mix32((key + Math.imul(k, 0x9e3779b9)) >>> 0) / 4294967296;
}

function meterFaults(faults: readonly SimFault[]): Map<string, MeterFault[]> {
  const byId = new Map<string, MeterFault[]>();
  for (const f of faults) {
    if (f.kind !== 'meter-estimated' && f.kind !== 'meter-missing') continue;
    const list = byId.get(f.meterId) ?? [];
    list.push({ kind: f.kind, fromMs: f.fromMs, toMs: f.toMs });
    byId.set(f.meterId, list);
  }
  return byId;
}

/** Allocates the columns for `count` meters. */
function columns(city: City, count: number) {
  const districtIds = city.districts.map((d) => d.id);
  const feederIds = city.districts.flatMap((d) => d.feeders.map((f) => f.id));
  return {
    count,
    ranges: [] as MeterRange[],
    classCode: new Uint8Array(count),
    district: new Uint16Array(count),
    feeder: new Uint16Array(count),
    districtIds,
    feederIds,
    feederDistrict: Uint16Array.from(city.districts.flatMap((d, i) => d.feeders.map(() => i))),
    hasPv: new Uint8Array(count),
    pvKw: new Float64Array(count),
    hasEv: new Uint8Array(count),
    evKw: new Float64Array(count),
    electricHeat: new Uint8Array(count),
    size: new Float32Array(count),
    schedule: new Uint8Array(count),
    coolCohort: new Uint8Array(count),
    shift: new Int8Array(count),
    drParticipant: new Uint8Array(count),
    keys: new Uint32Array(count),
    cellMeters: new Uint32Array(feederIds.length * CLASSES.length),
    numbering: new Map<string, MeterRange[]>(),
  };
}

/** Expands city.json's meter groups into meters, deterministically for (city, seed, levers, faults). */
export function buildMeterPopulation(sim: Pick<Simulation, 'city' | 'seed' | 'levers' | 'faults'>): MeterPopulation {
  const { city, seed, levers } = sim;
  const groups = city.meters.filter((g) => city.districts.some((d) => d.id === g.districtId));
  const cols = columns(
    city,
    groups.reduce((sum, g) => sum + g.count, 0),
  );
  const evScale = levers.evShare / DEFAULT_EV_SHARE;
  const drDepth = levers.demandResponse?.magnitude ?? 0;
  let m = 0;
  for (const group of groups) {
    const d = cols.districtIds.indexOf(group.districtId);
    const district = city.districts[d] as City['districts'][number];
    const classCode = CLASSES.indexOf(group.meterClass);
    const params = PARAMS[group.meterClass];
    const name = `${group.districtId}-${CLASS_PREFIX[group.meterClass]}`;
    const numbered = cols.numbering.get(name) ?? [];
    const firstNumber = numbered.reduce((n, r) => n + r.count, 1);
    const range: MeterRange = { start: m, count: group.count, district: d, classCode, firstNumber, prefix: `${name}-` };
    cols.ranges.push(range);
    cols.numbering.set(name, [...numbered, range]);
    const groupKey = streamKey(seed, 'meter', name);
    const firstFeeder = cols.feederIds.indexOf(district.feeders[0]?.id ?? '');
    const feeders = district.feeders.length;
    const evShare = Math.min(1, group.evShare * evScale);
    for (let i = 0; i < group.count; i++, m++) {
      const key = hashStep(groupKey, firstNumber + i);
      cols.keys[m] = key;
      cols.classCode[m] = classCode;
      cols.district[m] = d;
      const feeder = firstFeeder + Math.min(feeders - 1, Math.floor(draw(key, 1) * feeders));
      cols.feeder[m] = feeder;
      const cell = feeder * CLASSES.length + classCode;
      cols.cellMeters[cell] = (cols.cellMeters[cell] as number) + 1;
      if (draw(key, 2) < group.pvShare) {
        cols.hasPv[m] = 1;
        cols.pvKw[m] = params.pvKw[0] + (params.pvKw[1] - params.pvKw[0]) * draw(key, 3);
      }
      // Monotone in the EV share: raising it only adds chargers.
      if (draw(key, 4) < evShare) {
        cols.hasEv[m] = 1;
        cols.evKw[m] = group.meterClass === 'residential' && draw(key, 5) < params.levelOneShare ? 1.8 : params.evKw;
      }
      cols.electricHeat[m] = draw(key, 6) < params.electricHeatShare ? 1 : 0;
      // Lognormal size with σ ≈ 0.35 and mean 1, from an Irwin–Hall sum of three uniforms.
      cols.size[m] = Math.exp(0.35 * (draw(key, 7) + draw(key, 8) + draw(key, 9) - 1.5) * 2 - 0.5 * 0.35 * 0.35);
      cols.schedule[m] = scheduleOf(classCode, draw(key, 12));
      cols.coolCohort[m] = coolCohortOf(cols.schedule[m] as number, draw(key, 13));
      cols.shift[m] = Math.round((draw(key, 10) - 0.5) * 8);
      cols.drParticipant[m] = group.meterClass === 'residential' && draw(key, 11) < drDepth ? 1 : 0;
    }
  }
  const pop: MeterPopulation = {
    ...cols,
    feederKeys: Uint32Array.from(cols.feederIds, (id) => streamKey(seed, 'feeder-outage', id)),
    faults: new Map(),
  };
  for (const [id, faults] of meterFaults(sim.faults)) {
    const index = meterIndex(pop, id);
    if (index !== undefined) pop.faults.set(index, faults);
  }
  return pop;
}

/**
 * The population of the same scenario with EV share 0, from this one: the same meters without their
 * chargers. Exact, not an approximation: the share only decides which meters get a charger (the
 * population is monotone in it, see `buildMeterPopulation`), so every other column is the same.
 * Saves building the whole population again where only the chargers' part of the load is wanted.
 */
export function withoutChargers(pop: MeterPopulation): MeterPopulation {
  return { ...pop, hasEv: new Uint8Array(pop.count), evKw: new Float64Array(pop.count) };
}

/** The range (meter group) holding meter `m`. */
export function rangeOf(pop: MeterPopulation, m: number): MeterRange {
  let lo = 0;
  let hi = pop.ranges.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((pop.ranges[mid] as MeterRange).start <= m) lo = mid;
    else hi = mid - 1;
  }
  return pop.ranges[lo] as MeterRange;
}

/** The id of meter `m`: district, class and a 5-digit number, e.g. `northland-res-00042`. */
export function meterId(pop: MeterPopulation, m: number): string {
  const range = rangeOf(pop, m);
  return `${range.prefix}${String(range.firstNumber + m - range.start).padStart(5, '0')}`;
}

const ID = /^(.+-(?:res|com|ind))-(\d{5})$/;

/** The index of a meter id, or `undefined` when the population has no such meter. */
export function meterIndex(pop: MeterPopulation, id: string): number | undefined {
  const match = ID.exec(id);
  if (!match) return undefined;
  const number = Number(match[2]);
  for (const range of pop.numbering.get(match[1] as string) ?? []) {
    const offset = number - range.firstNumber;
    if (offset >= 0 && offset < range.count) return range.start + offset;
  }
  return undefined;
}

/** The class of meter `m` by name. */
export const meterClassOf = (pop: MeterPopulation, m: number): MeterClass => CLASSES[pop.classCode[m] as number] as MeterClass;
