/**
 * The city weather's hourly temperature over a local calendar year and its daily extremes, for the
 * climate figures (normals, degree days, extremes). The weather is city-wide, so one series serves.
 */
import { HOUR_MS, type Simulation, utcFromLocal, W_LDAY, W_TEMP, WEATHER_FIELDS } from '@sandbox/shared';

export interface WeatherYear {
  /** Hourly temperature from local 1 January 00:00, °C. */
  tempC: Float64Array;
  /** Daily maximum and minimum of the hourly temperatures, per local day, °C. */
  dailyMaxC: number[];
  dailyMinC: number[];
}

export function collectWeatherYear(sim: Simulation, year: number): WeatherYear {
  const startMs = utcFromLocal(sim.timeZone, year, 1, 1);
  const hours = Math.round((utcFromLocal(sim.timeZone, year + 1, 1, 1) - startMs) / HOUR_MS);
  const records = sim.weather.hours(startMs / HOUR_MS, hours, new Float64Array((hours + 1) * WEATHER_FIELDS));
  const tempC = new Float64Array(hours);
  const dailyMaxC: number[] = [];
  const dailyMinC: number[] = [];
  let day = Number.NaN;
  for (let h = 0; h < hours; h++) {
    const t = records[h * WEATHER_FIELDS + W_TEMP] as number;
    tempC[h] = t;
    const d = records[h * WEATHER_FIELDS + W_LDAY] as number;
    if (d !== day) {
      day = d;
      dailyMaxC.push(t);
      dailyMinC.push(t);
    } else {
      const i = dailyMaxC.length - 1;
      dailyMaxC[i] = Math.max(dailyMaxC[i] as number, t);
      dailyMinC[i] = Math.min(dailyMinC[i] as number, t);
    }
  }
  return { tempC, dailyMaxC, dailyMinC };
}

const toF = (c: number) => (c * 9) / 5 + 32;

/** Heating (`'heating'`) or cooling degree days, base 65 °F, from each day's (max + min) / 2 as NOAA computes them. */
export function degreeDays(w: WeatherYear, kind: 'heating' | 'cooling'): number {
  let total = 0;
  w.dailyMaxC.forEach((max, i) => {
    const meanF = toF((max + (w.dailyMinC[i] as number)) / 2);
    total += kind === 'heating' ? Math.max(0, 65 - meanF) : Math.max(0, meanF - 65);
  });
  return total;
}

/** Every hourly temperature of `years` local calendar years ending with `lastYear`, sorted ascending (a climatology, as ASHRAE's percentiles are). */
export function collectClimatology(sim: Simulation, lastYear: number, years: number): Float64Array {
  const parts = Array.from({ length: years }, (_, i) => collectWeatherYear(sim, lastYear - years + 1 + i).tempC);
  const all = new Float64Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    all.set(p, at);
    at += p.length;
  }
  return all.sort();
}
