/**
 * Air figures that need a what-if or a probe: a wildfire-smoke episode at the lever's default
 * intensity, a full-strength winter inversion, a line of probe benches walking away from a corridor
 * (the near-road gradient) and a near-road monitor beside the interstates. Each builds its own
 * simulation from the default scenario plus the lever, or from the city plus the probes; the default
 * year's data are not touched. The Columbus air tests (tests/golden/columbus-air.test.ts) use the
 * same functions.
 */
import {
  type City,
  createSimulation,
  HOUR_MS,
  hourlyAqi,
  localDates,
  localTime,
  NOWCAST_LOOKBACK_HOURS,
  projectionAt,
  type ScenarioInput,
  type Simulation,
  type Station,
  toLngLat,
  utcFromLocal,
} from '@sandbox/shared';
import { type AirColumn, type AirYear, collectStationYear, hourlyColumns, type StationYear } from './air-year';

/** The episodes and probe weeks fall in this year (the default scenario's). */
export const EPISODE_YEAR = 2026;
/** Smoke over 27–30 June (the dates of Columbus's worst smoke days of June 2023), default intensity. */
export const SMOKE_WINDOW = { from: '2026-06-27T04:00:00Z', to: '2026-06-30T04:00:00Z' } as const;
/** A four-day inversion in mid-January at full strength (intensity 1, as issue 12 measured it). */
export const INVERSION_WINDOW = { from: '2026-01-12T05:00:00Z', to: '2026-01-16T05:00:00Z', intensity: 1 } as const;
/** Local days wholly on the inversion's plateau (the lever ramps over 6 hours at each end). */
export const INVERSION_PLATEAU_DATES = ['2026-01-13', '2026-01-14'] as const;
/** Hourly PM2.5 at which the 24-hour table turns Unhealthy for Sensitive Groups, µg/m³ (FACTS.md B): the smoke's arrival. */
const SMOKE_ARRIVAL_UGM3 = 35.5;

const mean = (xs: ArrayLike<number>) => {
  let sum = 0;
  let n = 0;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i] as number;
    if (Number.isFinite(x)) {
      sum += x;
      n++;
    }
  }
  return sum / n;
};

export interface SmokeEpisode {
  /** Highest hourly PM2.5 NowCast AQI of any bench during the episode. */
  peakAqi: number;
  /** Max − min of the benches' NowCast AQI at the hour the bench mean peaks. */
  spreadAtPeak: number;
  /** Hours between the first and the last bench whose hourly PM2.5 reaches the USG level (NaN if none does). */
  arrivalSpreadH: number;
}

/** How the benches read through smoke over `[fromMs, toMs)`: their PM2.5 NowCast AQI (12 hours of look-back read first). */
export function smokeEpisode(sim: Simulation, fromMs: number, toMs: number): SmokeEpisode {
  const start = fromMs - NOWCAST_LOOKBACK_HOURS * HOUR_MS;
  const hours = Math.round((toMs - start) / HOUR_MS);
  const benches = sim.city.stations.map((s) => {
    const pm = hourlyColumns(sim, s.id, start, hours).pm;
    const aqi = hourlyAqi({ startMs: start, pm, o3: new Float64Array(hours).fill(Number.NaN) }).pm25Aqi;
    return { aqi, arrival: pm.subarray(NOWCAST_LOOKBACK_HOURS).findIndex((v) => v >= SMOKE_ARRIVAL_UGM3) };
  });
  let peakAqi = Number.NaN;
  let peakMean = Number.NEGATIVE_INFINITY;
  let spreadAtPeak = Number.NaN;
  for (let h = NOWCAST_LOOKBACK_HOURS; h < hours; h++) {
    const values = benches.map((b) => b.aqi[h] as number).filter(Number.isFinite);
    if (values.length === 0) continue;
    if (!(peakAqi >= Math.max(...values))) peakAqi = Math.max(...values);
    if (mean(values) > peakMean) {
      peakMean = mean(values);
      spreadAtPeak = Math.max(...values) - Math.min(...values);
    }
  }
  const arrivals = benches.map((b) => b.arrival).filter((a) => a >= 0);
  const arrivalSpreadH = arrivals.length > 0 ? Math.max(...arrivals) - Math.min(...arrivals) : Number.NaN;
  return { peakAqi, spreadAtPeak, arrivalSpreadH };
}

export function collectSmokeEpisode(city: City, base: ScenarioInput): SmokeEpisode {
  const sim = createSimulation(city, { ...base, levers: { ...base.levers, wildfireSmoke: { ...SMOKE_WINDOW } } });
  return smokeEpisode(sim, Date.parse(SMOKE_WINDOW.from), Date.parse(SMOKE_WINDOW.to));
}

/** Local-day mean PM2.5 of each station on each local date `YYYY-MM-DD`. */
export function dailyMeanPm(sim: Simulation, stationIds: readonly string[], dates: readonly string[]): Record<string, number[]> {
  return Object.fromEntries(
    stationIds.map((id) => [
      id,
      dates.map((date) => {
        const [y, m, d] = date.split('-').map(Number) as [number, number, number];
        const from = utcFromLocal(sim.timeZone, y, m, d);
        return mean(hourlyColumns(sim, id, from, Math.round((utcFromLocal(sim.timeZone, y, m, d + 1) - from) / HOUR_MS)).pm);
      }),
    ]),
  );
}

/** Mean over the park benches of their 24-hour mean PM2.5 on the inversion's plateau days, µg/m³. */
export function collectInversionParkPm(city: City, base: ScenarioInput): number {
  const sim = createSimulation(city, { ...base, levers: { ...base.levers, inversion: { ...INVERSION_WINDOW } } });
  const parks = city.stations.filter((s) => s.siteType === 'park').map((s) => s.id);
  if (parks.length === 0) throw new Error('no park bench in the city');
  return mean(Object.values(dailyMeanPm(sim, parks, INVERSION_PLATEAU_DATES)).flat());
}

/** Mean PM2.5 and NO2 of stations over the local weekdays (Monday to Friday) in `[fromMs, toMs)`. */
export function weekdayMeans(sim: Simulation, stationIds: readonly string[], fromMs: number, toMs: number) {
  const hours = Math.round((toMs - fromMs) / HOUR_MS);
  const weekday = Array.from({ length: hours }, (_, i) => {
    const dow = localTime(sim.timeZone, fromMs + i * HOUR_MS).dayOfWeek;
    return dow >= 1 && dow <= 5;
  });
  return Object.fromEntries(
    stationIds.map((id) => {
      const h = hourlyColumns(sim, id, fromMs, hours);
      const pick = (xs: Float64Array) => mean(xs.filter((_, i) => weekday[i]));
      return [id, { pm25: pick(h.pm), no2: pick(h.no2) }];
    }),
  );
}

/** A point `distanceM` from `origin` along compass `bearingDeg`, in the engine's own projection. */
export function offsetPoint(origin: [number, number], bearingDeg: number, distanceM: number): [number, number] {
  const rad = (bearingDeg * Math.PI) / 180;
  return toLngLat(projectionAt(origin), distanceM * Math.sin(rad), distanceM * Math.cos(rad));
}

/** A copy of the city with park-type benches added (probes and monitors), other stations unaffected. */
export function withReceptors(city: City, receptors: ReadonlyArray<{ id: string; name: string; location: [number, number] }>): City {
  const districtId = city.stations[0]?.districtId ?? city.districts[0]?.id ?? 'receptor';
  const added: Station[] = receptors.map((r) => ({ ...r, siteType: 'park', districtId }));
  return { ...city, stations: [...city.stations, ...added] };
}

/**
 * Probe benches north of Morse Rd between Cleveland Ave and Stelzer Rd, away from the interstates
 * (I-71 about 3.6 km west, I-270 about 4 km east): distances from the road centre line, m. The last
 * one is the background the increments are measured against.
 */
export const PROBE_DISTANCES_M = [10, 25, 50, 100, 200, 300, 400, 600, 800, 1500] as const;
const PROBE_ROAD: [number, number] = [-82.9475, 40.0594];
/** One week in each season (local Mondays): the gradient is an average over wind directions. */
export const PROBE_WEEKS = [
  [1, 12],
  [4, 13],
  [7, 13],
  [10, 12],
] as const;

export interface NearRoadProbes {
  /** NO2 increment over the 1,500 m probe at each distance, ppb. */
  incrementPpb: number[];
  /** Distance where the increment falls to 10% of its value at 10 m (log-linear between probes), m; `Infinity` if not within 800 m. */
  tenPercentDistanceM: number;
}

export function withProbes(city: City): City {
  return withReceptors(
    city,
    PROBE_DISTANCES_M.map((d) => ({ id: `probe-${d}m`, name: `Probe ${d} m north of Morse Rd`, location: offsetPoint(PROBE_ROAD, 0, d) })),
  );
}

export function collectNearRoadProbes(city: City, base: ScenarioInput): NearRoadProbes {
  const sim = createSimulation(withProbes(city), base);
  const meanNo2 = PROBE_DISTANCES_M.map((d) =>
    mean(
      PROBE_WEEKS.flatMap(([month, day]) => [
        ...hourlyColumns(sim, `probe-${d}m`, utcFromLocal(city.timezone, EPISODE_YEAR, month, day), 7 * 24).no2,
      ]),
    ),
  );
  const background = meanNo2[meanNo2.length - 1] as number;
  const incrementPpb = meanNo2.map((v) => v - background);
  const target = 0.1 * (incrementPpb[0] as number);
  let tenPercentDistanceM = Number.POSITIVE_INFINITY;
  for (let i = 1; i < incrementPpb.length - 1; i++) {
    const a = incrementPpb[i - 1] as number;
    const b = incrementPpb[i] as number;
    if (b > target) continue;
    const da = PROBE_DISTANCES_M[i - 1] as number;
    const db = PROBE_DISTANCES_M[i] as number;
    // Exponential decay between the two probes: interpolate the log of the increment.
    const f = b > 0 ? Math.log(a / target) / Math.log(a / b) : (a - target) / (a - b);
    tenPercentDistanceM = da + f * (db - da);
    break;
  }
  return { incrementPpb, tenPercentDistanceM };
}

/** The I-70/I-71 split's centre line at longitude −83.0025 (between the first two points of its path in city.json `roads`). */
const SPLIT_CENTRE: [number, number] = [-83.0025, 39.95225];
/** Centre line to road edge in the air model, m (`ROAD_EDGE_M` in shared/src/air/line-sources.ts). */
const ROAD_EDGE_M = 10;
/**
 * A near-road monitor sited as the US network sites them, within 50 m of the nearest lane's edge
 * (FACTS.md I.1): 30 m beyond the edge of the I-70/I-71 split, north of it, where the air model's
 * near-road constants were calibrated (decision 042).
 */
export const NEAR_ROAD_MONITOR = offsetPoint(SPLIT_CENTRE, 0, ROAD_EDGE_M + 30);

/** The monitor's year, from a copy of the city with the monitor added (other stations are unaffected). */
export function collectNearRoadMonitor(city: City, base: ScenarioInput, air: AirYear, year: number): StationYear {
  const monitor = { id: 'near-road-monitor', name: 'Near-road monitor, I-70/I-71 split', location: NEAR_ROAD_MONITOR };
  const sim = createSimulation(withReceptors(city, [monitor]), base);
  return collectStationYear(
    sim,
    { id: monitor.id, siteType: 'park' },
    air.startMs,
    air.hours,
    localDates(`${year}-01-01`, `${year + 1}-01-01`),
  );
}

/** The monitor's hourly increment over the mean of the park benches (the network's "near-road minus area" increment). */
export function monitorIncrement(monitor: StationYear, air: AirYear, column: AirColumn): Float64Array {
  const parks = air.stations.filter((s) => s.siteType === 'park');
  if (parks.length === 0) throw new Error('no park bench in the city');
  return Float64Array.from(monitor[column], (v, h) => v - parks.reduce((sum, p) => sum + (p[column][h] as number), 0) / parks.length);
}
