/**
 * Air figures that need a what-if or a probe: a wildfire-smoke episode at the lever's default
 * intensity, a full-strength winter inversion, and a line of probe benches walking away from a
 * corridor (the near-road gradient). Each builds its own simulation from the default scenario plus
 * the lever, or from the city plus the probes; the default year's data are not touched.
 */
import {
  airSeries,
  type City,
  createSimulation,
  HOUR_MS,
  hourlyAqi,
  hourlyMeans,
  localDates,
  NOWCAST_LOOKBACK_HOURS,
  type ScenarioInput,
  type Simulation,
  type Station,
  utcFromLocal,
} from '@sandbox/shared';
import { type AirColumn, type AirYear, collectStationYear, type StationYear } from './air-year';

/** The episodes and probe weeks fall in this year (the default scenario's). */
export const EPISODE_YEAR = 2026;
/** Smoke over 27–30 June (the dates of Columbus's worst smoke days of June 2023), default intensity. */
export const SMOKE_WINDOW = { from: '2026-06-27T04:00:00Z', to: '2026-06-30T04:00:00Z' } as const;
/** A four-day inversion in mid-January at full strength (intensity 1, as issue 12 measured it). */
export const INVERSION_WINDOW = { from: '2026-01-12T05:00:00Z', to: '2026-01-16T05:00:00Z', intensity: 1 } as const;
/** Local days wholly on the inversion's plateau (the lever ramps over 6 hours at each end). */
export const INVERSION_PLATEAU_DAYS = [13, 14] as const;

export interface SmokeEpisode {
  /** Highest hourly PM2.5 NowCast AQI of any bench during the episode. */
  peakAqi: number;
  /** Max − min of the benches' NowCast AQI at the hour the bench mean peaks. */
  spreadAtPeak: number;
}

function hourlyPm(sim: Simulation, stationId: string, fromMs: number, hours: number): Float64Array {
  const series = airSeries(sim, stationId, fromMs, fromMs + hours * HOUR_MS);
  return hourlyMeans(series.timeMs, series.pm25UgM3, fromMs, hours).mean;
}

export function collectSmokeEpisode(city: City, base: ScenarioInput): SmokeEpisode {
  const sim = createSimulation(city, { ...base, levers: { ...base.levers, wildfireSmoke: { ...SMOKE_WINDOW } } });
  const from = Date.parse(SMOKE_WINDOW.from) - NOWCAST_LOOKBACK_HOURS * HOUR_MS;
  const hours = Math.round((Date.parse(SMOKE_WINDOW.to) - from) / HOUR_MS);
  const aqi = city.stations.map((s) => {
    const pm = hourlyPm(sim, s.id, from, hours);
    return hourlyAqi({ startMs: from, pm, o3: new Float64Array(hours).fill(Number.NaN) }).pm25Aqi;
  });
  let peakAqi = Number.NaN;
  let peakMean = Number.NEGATIVE_INFINITY;
  let spreadAtPeak = Number.NaN;
  for (let h = NOWCAST_LOOKBACK_HOURS; h < hours; h++) {
    const values = aqi.map((a) => a[h] as number).filter(Number.isFinite);
    if (values.length === 0) continue;
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    if (!(peakAqi >= Math.max(...values))) peakAqi = Math.max(...values);
    if (mean > peakMean) {
      peakMean = mean;
      spreadAtPeak = Math.max(...values) - Math.min(...values);
    }
  }
  return { peakAqi, spreadAtPeak };
}

/** Mean over the park benches of their 24-hour mean PM2.5 on the inversion's plateau days, µg/m³. */
export function collectInversionParkPm(city: City, base: ScenarioInput): number {
  const sim = createSimulation(city, { ...base, levers: { ...base.levers, inversion: { ...INVERSION_WINDOW } } });
  const parks = city.stations.filter((s) => s.siteType === 'park');
  if (parks.length === 0) throw new Error('no park bench in the city');
  const daily: number[] = [];
  for (const day of INVERSION_PLATEAU_DAYS) {
    const from = utcFromLocal(city.timezone, EPISODE_YEAR, 1, day);
    for (const s of parks) {
      const pm = hourlyPm(sim, s.id, from, 24);
      daily.push(pm.reduce((a, v) => a + v, 0) / pm.length);
    }
  }
  return daily.reduce((a, v) => a + v, 0) / daily.length;
}

/**
 * Probe benches north of Morse Rd between Cleveland Ave and Stelzer Rd, away from the interstates
 * (I-71 about 3.6 km west, I-270 about 4 km east): distances from the road centre line, m. The last
 * one is the background the increments are measured against.
 */
export const PROBE_DISTANCES_M = [10, 25, 50, 100, 200, 300, 400, 600, 800, 1500] as const;
const PROBE_ROAD: [number, number] = [-82.9475, 40.0594];
const METRES_PER_DEG_LAT = 111_000;
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
  const probes: Station[] = PROBE_DISTANCES_M.map((d) => ({
    id: `probe-${d}m`,
    name: `Probe ${d} m north of Morse Rd`,
    siteType: 'park',
    districtId: city.stations[0]?.districtId ?? city.districts[0]?.id ?? 'probe',
    location: [PROBE_ROAD[0], PROBE_ROAD[1] + d / METRES_PER_DEG_LAT],
  }));
  return { ...city, stations: [...city.stations, ...probes] };
}

export function collectNearRoadProbes(city: City, base: ScenarioInput): NearRoadProbes {
  const sim = createSimulation(withProbes(city), base);
  const meanNo2 = PROBE_DISTANCES_M.map((d) => {
    let sum = 0;
    let n = 0;
    for (const [month, day] of PROBE_WEEKS) {
      const from = utcFromLocal(city.timezone, EPISODE_YEAR, month, day);
      const series = airSeries(sim, `probe-${d}m`, from, from + 7 * 24 * HOUR_MS);
      for (const v of series.no2Ppb) {
        if (Number.isFinite(v)) {
          sum += v;
          n++;
        }
      }
    }
    return sum / n;
  });
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

/**
 * A near-road monitor sited as the US network sites them (≤ 50 m from a high-traffic road): 30 m
 * north of the I-70/I-71 split's centre line, where issue 12's line sources are calibrated. Today's
 * engine has no interstate sources, so it reads the urban background there.
 */
export const NEAR_ROAD_MONITOR: [number, number] = [-83.0025, 39.9525];

/** The monitor's year, from a copy of the city with the monitor added (other stations are unaffected). */
export function collectNearRoadMonitor(city: City, base: ScenarioInput, air: AirYear, year: number): StationYear {
  const monitor: Station = {
    id: 'near-road-monitor',
    name: 'Near-road monitor, I-70/I-71 split',
    siteType: 'park',
    districtId: city.stations[0]?.districtId ?? city.districts[0]?.id ?? 'monitor',
    location: NEAR_ROAD_MONITOR,
  };
  const sim = createSimulation({ ...city, stations: [...city.stations, monitor] }, base);
  return collectStationYear(sim, monitor, air.startMs, air.hours, localDates(`${year}-01-01`, `${year + 1}-01-01`));
}

/** The monitor's hourly increment over the mean of the park benches (the network's "near-road minus area" increment). */
export function monitorIncrement(monitor: StationYear, air: AirYear, column: AirColumn): Float64Array {
  const parks = air.stations.filter((s) => s.siteType === 'park');
  if (parks.length === 0) throw new Error('no park bench in the city');
  return Float64Array.from(monitor[column], (v, h) => v - parks.reduce((sum, p) => sum + (p[column][h] as number), 0) / parks.length);
}
