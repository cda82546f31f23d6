/**
 * Air statistics in space and time for the fidelity report (issue 12): how the benches differ on a
 * smoke day, the near-road increment and its gradient beside the downtown interstates, winter
 * inversion levels, the ozone design-value statistic and the diurnal peaks. Every function reads
 * only what the engine serves (1-minute station series, or virtual stations added to a copy of the
 * city), so a statistic measures the model as a user would, not its constants.
 * The references, their sources and bands are listed in `AIR_REFERENCES` below.
 */
import {
  airSeries,
  type City,
  createSimulation,
  HOUR_MS,
  hourlyAqi,
  hourlyMeans,
  localTime,
  rollingMean,
  type ScenarioInput,
  type Simulation,
  utcFromLocal,
} from '@sandbox/shared';

const LOOKBACK_HOURS = 12;

/** Hourly means of one station's PM2.5, ozone and NO2 over `hours` hours from `fromMs` (a month at a time). */
export function stationHourly(sim: Simulation, stationId: string, fromMs: number, hours: number) {
  const pm = new Float64Array(hours);
  const o3 = new Float64Array(hours);
  const no2 = new Float64Array(hours);
  for (let start = 0; start < hours; start += 24 * 31) {
    const n = Math.min(24 * 31, hours - start);
    const t0 = fromMs + start * HOUR_MS;
    const s = airSeries(sim, stationId, t0, t0 + n * HOUR_MS);
    pm.set(hourlyMeans(s.timeMs, s.pm25UgM3, t0, n).mean, start);
    o3.set(hourlyMeans(s.timeMs, s.ozonePpb, t0, n).mean, start);
    no2.set(hourlyMeans(s.timeMs, s.no2Ppb, t0, n).mean, start);
  }
  return { pm, o3, no2 };
}

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

export interface SmokeSpread {
  /** The hour (UTC ms) with the highest city-mean NowCast AQI. */
  peakMs: number;
  /** Each station's hourly NowCast AQI at that hour. */
  aqiByStation: Record<string, number>;
  /** Highest minus lowest station AQI at the peak hour. */
  spread: number;
  /** Hours between the first and the last station to reach a PM2.5 hourly mean of 35.5 µg/m³ (USG, 24-h table). */
  arrivalSpreadH: number;
}

/** How the benches differ at the smoke peak (level) and at its arrival (timing), over `[fromMs, toMs)`. */
export function smokeSpread(sim: Simulation, fromMs: number, toMs: number): SmokeSpread {
  const hours = Math.round((toMs - fromMs) / HOUR_MS);
  const start = fromMs - LOOKBACK_HOURS * HOUR_MS;
  const stations = sim.city.stations.map((s) => {
    const h = stationHourly(sim, s.id, start, hours + LOOKBACK_HOURS);
    const aqi = hourlyAqi({ startMs: start, pm: h.pm, o3: h.o3 }).aqi.subarray(LOOKBACK_HOURS);
    const arrival = h.pm.subarray(LOOKBACK_HOURS).findIndex((v) => v >= 35.5);
    return { id: s.id, aqi, arrival };
  });
  let peak = 0;
  let best = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < hours; i++) {
    const cityMean = mean(stations.map((s) => s.aqi[i] as number));
    if (cityMean > best) {
      best = cityMean;
      peak = i;
    }
  }
  const atPeak = stations.map((s) => s.aqi[peak] as number);
  const arrivals = stations.map((s) => s.arrival).filter((a) => a >= 0);
  return {
    peakMs: fromMs + peak * HOUR_MS,
    aqiByStation: Object.fromEntries(stations.map((s, i) => [s.id, atPeak[i] as number])),
    spread: Math.max(...atPeak) - Math.min(...atPeak),
    arrivalSpreadH: arrivals.length > 0 ? Math.max(...arrivals) - Math.min(...arrivals) : Number.NaN,
  };
}

/** Mean PM2.5 and NO2 of stations over the local weekdays (Mon–Fri) in `[fromMs, toMs)`. */
export function weekdayMeans(sim: Simulation, stationIds: readonly string[], fromMs: number, toMs: number) {
  const hours = Math.round((toMs - fromMs) / HOUR_MS);
  const weekday = Array.from({ length: hours }, (_, i) => {
    const dow = localTime(sim.timeZone, fromMs + i * HOUR_MS).dayOfWeek;
    return dow >= 1 && dow <= 5;
  });
  return Object.fromEntries(
    stationIds.map((id) => {
      const h = stationHourly(sim, id, fromMs, hours);
      const pick = (xs: Float64Array) => mean(xs.filter((_, i) => weekday[i]));
      return [id, { pm25: pick(h.pm), no2: pick(h.no2) }];
    }),
  );
}

/** Local-day mean PM2.5 of each station on each local date `YYYY-MM-DD` (an inversion episode's days). */
export function dailyMeanPm(sim: Simulation, stationIds: readonly string[], dates: readonly string[]) {
  return Object.fromEntries(
    stationIds.map((id) => [
      id,
      dates.map((date) => {
        const [y, m, d] = date.split('-').map(Number) as [number, number, number];
        const from = utcFromLocal(sim.timeZone, y, m, d);
        const to = utcFromLocal(sim.timeZone, y, m, d + 1);
        return mean(stationHourly(sim, id, from, Math.round((to - from) / HOUR_MS)).pm);
      }),
    ]),
  );
}

/** Hour-of-day (local) means of hourly values, and the hour of the highest. */
function diurnal(sim: Simulation, fromMs: number, values: Float64Array, keep: (utcMs: number) => boolean) {
  const sum = new Float64Array(24);
  const n = new Float64Array(24);
  for (let i = 0; i < values.length; i++) {
    const t = fromMs + i * HOUR_MS;
    const v = values[i] as number;
    if (!Number.isFinite(v) || !keep(t)) continue;
    const h = Math.floor(localTime(sim.timeZone, t).hourOfDay);
    sum[h] = (sum[h] as number) + v;
    n[h] = (n[h] as number) + 1;
  }
  const byHour = Array.from(sum, (s, h) => s / (n[h] as number));
  return { byHour, peakHour: byHour.indexOf(Math.max(...byHour)) };
}

/** A copy of the city with extra stations at `[lng, lat]` points (park-type sites), for receptors no bench stands on. */
export function cityWithReceptors(city: City, receptors: ReadonlyArray<{ id: string; location: [number, number] }>): City {
  const districtId = city.districts[0]?.id ?? 'downtown';
  return {
    ...city,
    stations: [
      ...city.stations,
      ...receptors.map((r) => ({ id: r.id, name: r.id, siteType: 'park' as const, districtId, location: r.location })),
    ],
  };
}

/** A point `distanceM` from `origin` along compass `bearingDeg` (flat-earth, fine within a city). */
export function offsetPoint(origin: [number, number], bearingDeg: number, distanceM: number): [number, number] {
  const rad = (bearingDeg * Math.PI) / 180;
  const dLat = (distanceM * Math.cos(rad)) / 110_540;
  const dLng = (distanceM * Math.sin(rad)) / (111_320 * Math.cos((origin[1] * Math.PI) / 180));
  return [origin[0] + dLng, origin[1] + dLat];
}

export interface NearRoadMonitor {
  /** Mean increment of the monitor over the city's park benches. */
  no2Ppb: number;
  pm25UgM3: number;
  /** Local hour of the highest mean weekday increment, and that increment. */
  no2PeakHour: number;
  no2PeakPpb: number;
  pmPeakHour: number;
  pmPeakUgM3: number;
}

const isWeekday = (timeZone: string) => (t: number) => {
  const dow = localTime(timeZone, t).dayOfWeek;
  return dow >= 1 && dow <= 5;
};

/**
 * The near-road increment as the US near-road network measures it: a monitor within 50 m of a busy
 * interstate (a virtual station at `location`) against the area's other sites (the park benches),
 * with the weekday diurnal peaks of both increments.
 */
export function nearRoadMonitor(
  city: City,
  scenario: ScenarioInput,
  location: [number, number],
  fromMs: number,
  toMs: number,
): NearRoadMonitor {
  const sim = createSimulation(cityWithReceptors(city, [{ id: 'near-road-monitor', location }]), scenario);
  const hours = Math.round((toMs - fromMs) / HOUR_MS);
  const parks = city.stations.filter((s) => s.siteType === 'park').map((s) => stationHourly(sim, s.id, fromMs, hours));
  const monitor = stationHourly(sim, 'near-road-monitor', fromMs, hours);
  const increment = (key: 'pm' | 'no2') => monitor[key].map((v, i) => v - mean(parks.map((p) => p[key][i] as number)));
  const no2 = increment('no2');
  const pm = increment('pm');
  const no2Diurnal = diurnal(sim, fromMs, no2, isWeekday(sim.timeZone));
  const pmDiurnal = diurnal(sim, fromMs, pm, isWeekday(sim.timeZone));
  return {
    no2Ppb: mean(no2),
    pm25UgM3: mean(pm),
    no2PeakHour: no2Diurnal.peakHour,
    no2PeakPpb: no2Diurnal.byHour[no2Diurnal.peakHour] as number,
    pmPeakHour: pmDiurnal.peakHour,
    pmPeakUgM3: pmDiurnal.byHour[pmDiurnal.peakHour] as number,
  };
}

export interface NearRoadTransect {
  /** Mean NO2 and PM2.5 increments over the transect's farthest receptor, at each nearer distance. */
  points: Array<{ distanceM: number; no2Ppb: number; pm25UgM3: number }>;
  /** Exponential decay rate of the NO2 increment fitted over the points (least squares on the log), 1/m. */
  no2DecayPerM: number;
  /** The same for PM2.5, 1/m. */
  pmDecayPerM: number;
  /**
   * Decay rates of the total concentrations (background included) over the receptors within 600 m,
   * 1/m: what a meta-analysis of measured profiles fits (Liu et al. 2019: NO2 0.0004, NOx 0.0027).
   */
  no2TotalDecayPerM: number;
  pmTotalDecayPerM: number;
}

/** Least-squares slope of ln(y) against x over the points with y > 0, negated (a decay rate). */
function decayRate(points: ReadonlyArray<readonly [number, number]>): number {
  const logs = points.filter(([, y]) => y > 0).map(([x, y]) => [x, Math.log(y)] as const);
  const mx = mean(logs.map((p) => p[0]));
  const my = mean(logs.map((p) => p[1]));
  const sxy = logs.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0);
  const sxx = logs.reduce((s, [x]) => s + (x - mx) ** 2, 0);
  return -sxy / Math.max(1e-9, sxx);
}

/**
 * The near-road gradient: receptors at `distancesM` from `origin` (a point on a road's centre line)
 * along compass `bearingDeg`, each against the farthest one (the local background), over `[fromMs, toMs)`.
 */
export function nearRoadTransect(
  city: City,
  scenario: ScenarioInput,
  road: { origin: [number, number]; bearingDeg: number; distancesM: readonly number[] },
  fromMs: number,
  toMs: number,
): NearRoadTransect {
  const receptors = road.distancesM.map((d) => ({ id: `receptor-${d}m`, location: offsetPoint(road.origin, road.bearingDeg, d) }));
  const sim = createSimulation(cityWithReceptors(city, receptors), scenario);
  const hours = Math.round((toMs - fromMs) / HOUR_MS);
  const series = receptors.map((r) => stationHourly(sim, r.id, fromMs, hours));
  const far = series[series.length - 1] as ReturnType<typeof stationHourly>;
  // Measured profiles reach a few hundred metres (Karner et al. 2010: to 570 m); fit the totals over that range.
  const profile = (key: 'no2' | 'pm') =>
    road.distancesM.flatMap((d, i) => (d <= 600 ? [[d, mean((series[i] as ReturnType<typeof stationHourly>)[key])] as const] : []));
  const points = road.distancesM.slice(0, -1).map((distanceM, i) => {
    const s = series[i] as ReturnType<typeof stationHourly>;
    return { distanceM, no2Ppb: mean(s.no2) - mean(far.no2), pm25UgM3: mean(s.pm) - mean(far.pm) };
  });
  return {
    points,
    no2DecayPerM: decayRate(points.map((p) => [p.distanceM, p.no2Ppb] as const)),
    pmDecayPerM: decayRate(points.map((p) => [p.distanceM, p.pm25UgM3] as const)),
    no2TotalDecayPerM: decayRate(profile('no2')),
    pmTotalDecayPerM: decayRate(profile('pm')),
  };
}

/**
 * The ozone design-value statistic of one simulated year: at each station the 4th-highest daily
 * maximum 8-hour mean (periods starting on the local day, 6 of 8 hours valid), then the highest
 * station, in ppb (a design value averages three such years; one seed-year is compared here).
 */
export function ozoneFourthHighest(sim: Simulation, year: number): { ppb: number; byStation: Record<string, number> } {
  const from = utcFromLocal(sim.timeZone, year, 1, 1);
  const to = utcFromLocal(sim.timeZone, year + 1, 1, 1);
  const hours = Math.round((to - from) / HOUR_MS) + 7;
  const dayOf = new Int32Array(hours);
  for (let h = 0; h < hours; h++) {
    const local = localTime(sim.timeZone, from + h * HOUR_MS);
    dayOf[h] = local.year === year ? local.dayOfYear - 1 : -1;
  }
  const byStation: Record<string, number> = {};
  for (const station of sim.city.stations) {
    const o3 = stationHourly(sim, station.id, from, hours).o3;
    const rolling = rollingMean(o3, 8, 6);
    const dailyMax = new Map<number, number>();
    // The period starting at hour h is the trailing mean at h + 7.
    for (let h = 0; h + 7 < hours; h++) {
      const d = dayOf[h] as number;
      const v = rolling[h + 7] as number;
      if (d < 0 || !Number.isFinite(v)) continue;
      dailyMax.set(d, Math.max(dailyMax.get(d) ?? Number.NEGATIVE_INFINITY, v));
    }
    const sorted = [...dailyMax.values()].sort((a, b) => b - a);
    byStation[station.id] = sorted[3] ?? Number.NaN;
  }
  return { ppb: Math.max(...Object.values(byStation)), byStation };
}

/**
 * The July diurnal PM2.5 shape, all stations, weekdays: the morning (06–09 h) mean over the midday
 * (12–16 h) and the small-hours (02–05 h) means, and the hour of the morning maximum (FACTS.md C: a morning peak under a shallow
 * boundary layer, lowest at midday).
 */
export function julyPmShape(sim: Simulation, year: number) {
  const from = utcFromLocal(sim.timeZone, year, 7, 1);
  const to = utcFromLocal(sim.timeZone, year, 8, 1);
  const hours = Math.round((to - from) / HOUR_MS);
  const all = sim.city.stations.map((s) => stationHourly(sim, s.id, from, hours).pm);
  const cityPm = Float64Array.from({ length: hours }, (_, i) => mean(all.map((a) => a[i] as number)));
  const { byHour } = diurnal(sim, from, cityPm, (t) => {
    const dow = localTime(sim.timeZone, t).dayOfWeek;
    return dow >= 1 && dow <= 5;
  });
  const avg = (a: number, b: number) => mean(byHour.slice(a, b));
  const morning = byHour.slice(4, 11);
  return {
    byHour,
    morningOverMidday: avg(6, 10) / avg(12, 17),
    /** The morning rush over the small hours (02–05 h): above 1 when the morning has a peak of its own. */
    morningOverNight: avg(6, 10) / avg(2, 6),
    morningPeakHour: 4 + morning.indexOf(Math.max(...morning)),
  };
}
