/**
 * The scorecard's air figures from the one hourly air pipeline (air-hours.ts: hourly means, NowCast
 * and AQI per bench), so they agree with the Air page: PM2.5 exposure weighted by homes, hours with
 * a bench's AQI over 100, and the highest 8-hour ozone.
 */
import type { AirHours } from '../air/air-hours';
import type { City } from '../city/schemas';
import { rollingMean } from '../common/resample';
import { HOUR_MS } from '../common/time';
import type { Simulation } from '../simulation/simulation';
import { line, orNull } from './lines';

/** What stands between "good for most" and "unhealthy for sensitive groups" on the AQI. */
const AQI_USG_ABOVE = 100;

/**
 * Each bench's weight: the residential meters of its district (the city file's meter groups),
 * shared among that district's benches; equal weights when no bench's district has homes.
 */
export function homeWeights(city: City): number[] {
  const homes = new Map<string, number>();
  for (const group of city.meters) {
    if (group.meterClass === 'residential') homes.set(group.districtId, (homes.get(group.districtId) ?? 0) + group.count);
  }
  const benches = new Map<string, number>();
  for (const station of city.stations) benches.set(station.districtId, (benches.get(station.districtId) ?? 0) + 1);
  const weights = city.stations.map((s) => (homes.get(s.districtId) ?? 0) / (benches.get(s.districtId) as number));
  return weights.some((w) => w > 0) ? weights : city.stations.map(() => 1);
}

export interface AirFigures {
  pm25Exposure: number | null;
  aqiOver100Hours: number;
  ozone8hMax: number | null;
  series: { pm25: Float64Array; aqi: Float64Array; ozone: Float64Array };
}

/** The air figures of `[fromMs, toMs)` (whole hours); NaN marks an hour without a value in the series. */
export function airFigures(sim: Simulation, key: string, hours: AirHours, fromMs: number, toMs: number): AirFigures {
  const n = Math.round((toMs - fromMs) / HOUR_MS);
  const weights = homeWeights(sim.city);
  const weighted = new Float64Array(n);
  const weightSum = new Float64Array(n);
  const aqi = new Float64Array(n).fill(Number.NaN);
  const ozone = new Float64Array(n).fill(Number.NaN);
  let ozone8hMax = Number.NaN;
  sim.city.stations.forEach((station, s) => {
    const columns = hours.columns(sim, key, station.id, fromMs, toMs);
    const w = weights[s] as number;
    for (let h = 0; h < n; h++) {
      const pm = columns.pm25UgM3[h] as number;
      if (Number.isFinite(pm) && w > 0) {
        weighted[h] = (weighted[h] as number) + w * pm;
        weightSum[h] = (weightSum[h] as number) + w;
      }
      const a = columns.aqi[h] as number;
      if (Number.isFinite(a) && !(a <= (aqi[h] as number))) aqi[h] = a;
      const o = columns.ozonePpb[h] as number;
      if (Number.isFinite(o) && !(o <= (ozone[h] as number))) ozone[h] = o;
    }
    for (const mean of rollingMean(columns.ozonePpb, 8, 6)) if (Number.isFinite(mean) && !(mean <= ozone8hMax)) ozone8hMax = mean;
  });
  const pm25 = weighted.map((sum, h) => ((weightSum[h] as number) > 0 ? sum / (weightSum[h] as number) : Number.NaN));
  let total = 0;
  let counted = 0;
  let over = 0;
  for (let h = 0; h < n; h++) {
    if (Number.isFinite(pm25[h] as number)) {
      total += pm25[h] as number;
      counted++;
    }
    if ((aqi[h] as number) > AQI_USG_ABOVE) over++;
  }
  return {
    pm25Exposure: counted > 0 ? total / counted : null,
    aqiOver100Hours: over,
    ozone8hMax: Number.isFinite(ozone8hMax) ? ozone8hMax : null,
    series: { pm25, aqi, ozone },
  };
}

/** The air figures as a part's answer: what the scorecard shows of them, as JSON. */
export interface AirPart {
  pm25Exposure: number | null;
  aqiOver100Hours: number;
  ozone8hMax: number | null;
  series: { pm25: (number | null)[]; aqi: (number | null)[]; ozone: (number | null)[] };
}

export function airPart(figures: AirFigures): AirPart {
  return {
    pm25Exposure: orNull(figures.pm25Exposure),
    aqiOver100Hours: figures.aqiOver100Hours,
    ozone8hMax: orNull(figures.ozone8hMax),
    series: { pm25: line(figures.series.pm25), aqi: line(figures.series.aqi), ozone: line(figures.series.ozone) },
  };
}
