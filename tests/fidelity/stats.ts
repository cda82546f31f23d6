/**
 * The statistics the fidelity report compares with published references, computed from a simulated
 * year of a scenario. Each function streams the engine window by window so memory stays flat.
 */
import {
  airSeries,
  allocMeterIntervals,
  energyWindow,
  HOUR_MS,
  hourlyMeans,
  localTime,
  meterIntervalsInto,
  ozoneAqi,
  pm25Aqi,
  rollingMean,
  type Simulation,
  segmentFlowColumns,
  utcFromLocal,
} from '@sandbox/shared';

const DAY_MS = 86_400_000;

export interface AirYear {
  annualMeanPm25: number;
  /** Mean PM2.5 and NO2, roadside stations minus park stations. */
  nearRoadPm25: number;
  nearRoadNo2: number;
  /** Days by the city AQI category (worst station, worse of 24-h PM2.5 and max 8-h ozone). */
  daysByCategory: Record<string, number>;
  usgOzoneDays: number;
  usgPmDays: number;
  /** Local hour (0–23) of the mean daily ozone peak, April–October. */
  ozonePeakHour: number;
  days: number;
}

const CATEGORY_KEYS = ['good', 'moderate', 'usg', 'unhealthy', 'very-unhealthy', 'hazardous'] as const;
const categoryOf = (aqi: number) => CATEGORY_KEYS[aqi <= 50 ? 0 : aqi <= 100 ? 1 : aqi <= 150 ? 2 : aqi <= 200 ? 3 : aqi <= 300 ? 4 : 5];

export function airYear(sim: Simulation, year: number): AirYear {
  const tz = sim.timeZone;
  const from = utcFromLocal(tz, year, 1, 1);
  const to = utcFromLocal(tz, year + 1, 1, 1);
  const hours = Math.round((to - from) / HOUR_MS);
  const days = Math.round((to - from) / DAY_MS);
  // Local calendar fields per hour, computed once.
  const dayOf = new Int32Array(hours);
  const hourOf = new Int8Array(hours);
  const monthOf = new Int8Array(hours);
  for (let h = 0; h < hours; h++) {
    const local = localTime(tz, from + h * HOUR_MS);
    dayOf[h] = local.dayOfYear - 1;
    hourOf[h] = Math.floor(local.hourOfDay);
    monthOf[h] = local.month;
  }
  const dailyPm = sim.city.stations.map(() => new Float64Array(days).fill(Number.NaN));
  const dailyO3 = sim.city.stations.map(() => new Float64Array(days).fill(Number.NaN));
  const ozoneByHour = new Float64Array(24);
  const ozoneCount = new Float64Array(24);
  const sums = { roadPm: 0, roadNo2: 0, roadN: 0, parkPm: 0, parkNo2: 0, parkN: 0, allPm: 0, allN: 0 };

  sim.city.stations.forEach((station, s) => {
    const pmHourly = new Float64Array(hours);
    const o3Hourly = new Float64Array(hours);
    // One month at a time keeps memory small.
    for (let start = 0; start < hours; start += 24 * 31) {
      const n = Math.min(24 * 31, hours - start);
      const series = airSeries(sim, station.id, from + start * HOUR_MS, from + (start + n) * HOUR_MS);
      pmHourly.set(hourlyMeans(series.timeMs, series.pm25UgM3, from + start * HOUR_MS, n).mean, start);
      o3Hourly.set(hourlyMeans(series.timeMs, series.ozonePpb, from + start * HOUR_MS, n).mean, start);
      let pm = 0;
      let no2 = 0;
      for (let i = 0; i < series.count; i++) {
        pm += series.pm25UgM3[i] as number;
        no2 += series.no2Ppb[i] as number;
      }
      sums.allPm += pm;
      sums.allN += series.count;
      if (station.siteType === 'roadside') {
        sums.roadPm += pm;
        sums.roadNo2 += no2;
        sums.roadN += series.count;
      } else if (station.siteType === 'park') {
        sums.parkPm += pm;
        sums.parkNo2 += no2;
        sums.parkN += series.count;
      }
    }
    const o3Rolling = rollingMean(o3Hourly, 8, 6);
    const pmSum = new Float64Array(days);
    const pmN = new Float64Array(days);
    for (let h = 0; h < hours; h++) {
      const d = dayOf[h] as number;
      const pm = pmHourly[h] as number;
      if (Number.isFinite(pm)) {
        pmSum[d] = (pmSum[d] as number) + pm;
        pmN[d] = (pmN[d] as number) + 1;
      }
      const o8 = o3Rolling[h] as number;
      const daily = dailyO3[s] as Float64Array;
      if (Number.isFinite(o8) && !(o8 <= (daily[d] as number))) daily[d] = o8;
      const month = monthOf[h] as number;
      if (month >= 4 && month <= 10 && Number.isFinite(o3Hourly[h] as number)) {
        const hh = hourOf[h] as number;
        ozoneByHour[hh] = (ozoneByHour[hh] as number) + (o3Hourly[h] as number);
        ozoneCount[hh] = (ozoneCount[hh] as number) + 1;
      }
    }
    for (let d = 0; d < days; d++)
      if ((pmN[d] as number) >= 18) (dailyPm[s] as Float64Array)[d] = (pmSum[d] as number) / (pmN[d] as number);
  });

  const daysByCategory: Record<string, number> = Object.fromEntries(CATEGORY_KEYS.map((k) => [k, 0]));
  let usgOzoneDays = 0;
  let usgPmDays = 0;
  for (let d = 0; d < days; d++) {
    let pmAqi = 0;
    let o3Aqi = 0;
    sim.city.stations.forEach((_, s) => {
      const pm = (dailyPm[s] as Float64Array)[d] as number;
      const o3 = (dailyO3[s] as Float64Array)[d] as number;
      if (Number.isFinite(pm)) pmAqi = Math.max(pmAqi, pm25Aqi(pm));
      if (Number.isFinite(o3)) o3Aqi = Math.max(o3Aqi, ozoneAqi(o3));
    });
    const key = categoryOf(Math.max(pmAqi, o3Aqi)) as string;
    daysByCategory[key] = (daysByCategory[key] as number) + 1;
    if (o3Aqi > 100) usgOzoneDays++;
    if (pmAqi > 100) usgPmDays++;
  }
  const meanByHour = Array.from(ozoneByHour, (v, h) => v / (ozoneCount[h] as number));
  return {
    annualMeanPm25: sums.allPm / sums.allN,
    nearRoadPm25: sums.roadPm / sums.roadN - sums.parkPm / sums.parkN,
    nearRoadNo2: sums.roadNo2 / sums.roadN - sums.parkNo2 / sums.parkN,
    daysByCategory,
    usgOzoneDays,
    usgPmDays,
    ozonePeakHour: meanByHour.indexOf(Math.max(...meanByHour)),
    days,
  };
}

export interface EnergyYear {
  residentialKwhPerYear: number;
  /** Local hour (0–23) of the highest mean residential load, June–August. */
  summerPeakHour: number;
  meters: number;
}

export function energyYear(sim: Simulation, year: number): EnergyYear {
  const tz = sim.timeZone;
  const from = utcFromLocal(tz, year, 1, 1);
  const to = utcFromLocal(tz, year + 1, 1, 1);
  let residentialKwh = 0;
  let residentialMeters = 0;
  const summerByHour = new Float64Array(24);
  for (let m = 0; m < sim.meters.count; m++) if (sim.meters.classCode[m] === 0) residentialMeters++;
  for (let day = from; day < to; day += DAY_MS) {
    const win = energyWindow(sim, day, Math.min(to, day + DAY_MS));
    const buf = allocMeterIntervals('', win.startMs, win.n);
    const month = localTime(tz, day + 12 * HOUR_MS).month;
    for (let m = 0; m < sim.meters.count; m++) {
      if (sim.meters.classCode[m] !== 0) continue;
      meterIntervalsInto(sim, win, m, buf);
      for (let j = 0; j < win.n; j++) {
        const v = buf.kwh[j] as number;
        if (Number.isNaN(v)) continue;
        residentialKwh += v;
        if (month >= 6 && month <= 8) {
          const h = Math.floor(win.localHour[j] as number);
          summerByHour[h] = (summerByHour[h] as number) + v;
        }
      }
    }
  }
  const peak = Math.max(...summerByHour);
  return {
    residentialKwhPerYear: residentialKwh / residentialMeters,
    summerPeakHour: summerByHour.indexOf(peak),
    meters: residentialMeters,
  };
}

export interface MobilityYear {
  /** Space-mean arterial speed, weekday 16–18 h local, m/s. */
  peakSpeedMps: number;
  /** Space-mean arterial speed, 01–04 h local (free flow), m/s. */
  freeFlowSpeedMps: number;
  sampleDays: number;
}

/** Arterial speeds from per-minute segment flow on one weekday in each month. */
export function mobilityYear(sim: Simulation, year: number): MobilityYear {
  const tz = sim.timeZone;
  const arterial = new Set(
    sim.network.segments.filter((s) => sim.network.corridors[s.corridorIndex]?.corridor.role === 'arterial').map((s) => s.index),
  );
  const totals = { peakLen: 0, peakTime: 0, freeLen: 0, freeTime: 0 };
  let sampleDays = 0;
  for (let month = 1; month <= 12; month++) {
    let day = 15;
    while ([0, 6].includes(localTime(tz, utcFromLocal(tz, year, month, day, 12)).dayOfWeek)) day++;
    sampleDays++;
    for (const [h0, h1, kind] of [
      [16, 18, 'peak'],
      [1, 4, 'free'],
    ] as const) {
      const cols = segmentFlowColumns(sim, utcFromLocal(tz, year, month, day, h0), utcFromLocal(tz, year, month, day, h1));
      for (const seg of sim.network.segments) {
        if (!arterial.has(seg.index)) continue;
        for (let m = 0; m < cols.minutes; m++) {
          const row = seg.index * cols.minutes + m;
          const n = cols.traversals[row] as number;
          if (kind === 'peak') {
            totals.peakLen += n * seg.lengthM;
            totals.peakTime += cols.travelTimeSumS[row] as number;
          } else {
            totals.freeLen += n * seg.lengthM;
            totals.freeTime += cols.travelTimeSumS[row] as number;
          }
        }
      }
    }
  }
  return { peakSpeedMps: totals.peakLen / totals.peakTime, freeFlowSpeedMps: totals.freeLen / totals.freeTime, sampleDays };
}
