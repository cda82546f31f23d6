/**
 * One simulated week (Monday to Sunday, mid-April: no holiday, no clock change) of the corridors:
 * hourly two-way volumes at chosen points, arterial speeds at the weekday peak and at night, the
 * connected vehicles seen, and 15 minutes of BSMs at the morning peak. A year of trips is far too
 * slow for `npm test` (about 170,000 trips a day today), and traffic in the model does not follow
 * the seasons beyond its daily noise, so one week stands in for the year (said in the report).
 */
import {
  bsmColumns,
  HOUR_MS,
  MINUTE_MS,
  releaseTripsBefore,
  type Simulation,
  segmentFlowColumns,
  tripsOverlapping,
  utcFromLocal,
  vehicleId,
  W_LHOUR,
} from '@sandbox/shared';

/** Local Monday of the sample week, and the BSM sample's weekday morning window (local hours). */
export const MOBILITY_WEEK = { year: 2026, month: 4, day: 13 } as const;
export const BSM_WINDOW = { day: 14, fromHour: 7.75, toHour: 8 } as const;

const pad = (n: number) => String(n).padStart(2, '0');
/** `2026-04-13`: the sample week's Monday (or another day of its month). */
export const sampleDate = (day: number = MOBILITY_WEEK.day) => `${MOBILITY_WEEK.year}-${pad(MOBILITY_WEEK.month)}-${pad(day)}`;
/** `07:45` for a fractional local hour. */
export const clock = (hour: number) => `${pad(Math.floor(hour))}:${pad(Math.round((hour % 1) * 60))}`;

export interface MobilityWeek {
  /** Vehicles leaving each segment, per hour of the week (segment × 168). */
  hourlyVolume: Float64Array;
  /** Arterial length travelled and time spent, weekday 16–18 h and 01–04 h. */
  peak: { metres: number; seconds: number };
  night: { metres: number; seconds: number };
  /** Distinct connected vehicles seen over the week, and connected trips. */
  connectedVehicles: number;
  connectedTrips: number;
  bsm: BsmSample;
}

export interface BsmSample {
  messages: number;
  /** Time connected vehicles spent on the network inside the window, h. */
  vehicleHours: number;
  /** RMS of (speed from reported positions 1 s apart − true mean speed over that second), m/s. */
  derivedSpeedRmsMps: number;
  pairs: number;
}

const WEEK_HOURS = 168;

export function collectMobilityWeek(sim: Simulation): MobilityWeek {
  const { year, month, day } = MOBILITY_WEEK;
  const { segments } = sim.network;
  const arterial = new Set(
    segments.filter((s) => sim.network.corridors[s.corridorIndex]?.corridor.role === 'arterial').map((s) => s.index),
  );
  const hourlyVolume = new Float64Array(segments.length * WEEK_HOURS);
  const peak = { metres: 0, seconds: 0 };
  const night = { metres: 0, seconds: 0 };
  const connected = new Set<string>();
  let connectedTrips = 0;
  for (let d = 0; d < 7; d++) {
    const from = utcFromLocal(sim.timeZone, year, month, day + d);
    const to = utcFromLocal(sim.timeZone, year, month, day + d + 1);
    const cols = segmentFlowColumns(sim, from, to);
    const weekday = d < 5;
    for (let m = 0; m < cols.minutes; m++) {
      const localHour = sim.weather.hourField(Math.floor((cols.fromMs + m * MINUTE_MS) / HOUR_MS), W_LHOUR);
      const slot = d * 24 + localHour;
      // Weekdays only, the peak (16–18 h) against that night (01–04 h), as decision 011 measured it.
      const bucket = !weekday ? undefined : localHour >= 16 && localHour < 18 ? peak : localHour >= 1 && localHour < 4 ? night : undefined;
      for (const seg of segments) {
        const row = seg.index * cols.minutes + m;
        const i = seg.index * WEEK_HOURS + slot;
        hourlyVolume[i] = (hourlyVolume[i] as number) + (cols.volume[row] as number);
        if (bucket && arterial.has(seg.index)) {
          bucket.metres += (cols.traversals[row] as number) * seg.lengthM;
          bucket.seconds += cols.travelTimeSumS[row] as number;
        }
      }
    }
    for (const trip of tripsOverlapping(sim, from, to)) {
      if (!trip.connected) continue;
      connected.add(vehicleId(trip));
      if (trip.startS * 1000 >= from) connectedTrips++;
    }
    releaseTripsBefore(sim, to);
  }
  return { hourlyVolume, peak, night, connectedVehicles: connected.size, connectedTrips, bsm: collectBsmSample(sim) };
}

function collectBsmSample(sim: Simulation): BsmSample {
  const { year, month } = MOBILITY_WEEK;
  const from = utcFromLocal(sim.timeZone, year, month, BSM_WINDOW.day) + BSM_WINDOW.fromHour * HOUR_MS;
  const to = utcFromLocal(sim.timeZone, year, month, BSM_WINDOW.day) + BSM_WINDOW.toHour * HOUR_MS;
  const cols = bsmColumns(sim, from, to);
  let vehicleSeconds = 0;
  for (const trip of tripsOverlapping(sim, from, to)) {
    if (trip.connected) vehicleSeconds += Math.max(0, Math.min(trip.endS, to / 1000) - Math.max(trip.startS, from / 1000));
  }
  const { metresPerDegLat, metresPerDegLng } = sim.network.projection;
  const perSecond = Math.round(sim.levers.bsmRateHz);
  let sq = 0;
  let pairs = 0;
  for (let i = 0; i + perSecond < cols.count; i++) {
    const j = i + perSecond;
    if (cols.trip[i] !== cols.trip[j] || (cols.timeMs[j] as number) - (cols.timeMs[i] as number) !== 1000) continue;
    const dy = (((cols.latE7[j] as number) - (cols.latE7[i] as number)) / 1e7) * metresPerDegLat;
    const dx = (((cols.lngE7[j] as number) - (cols.lngE7[i] as number)) / 1e7) * metresPerDegLng;
    // The true distance covered in that second, from the true positions along the road.
    const truth = Math.abs((cols.s[j] as number) - (cols.s[i] as number));
    sq += (Math.hypot(dx, dy) - truth) ** 2;
    pairs++;
  }
  return { messages: cols.count, vehicleHours: vehicleSeconds / 3600, derivedSpeedRmsMps: Math.sqrt(sq / pairs), pairs };
}

/** The segment of each direction of a corridor that contains a point `fraction` (0–1) of the way along its path. */
export function segmentsAt(sim: Simulation, corridorId: string, fraction: number): number[] {
  const corridor = sim.network.corridors.find((c) => c.corridor.id === corridorId);
  if (!corridor) throw new Error(`no corridor "${corridorId}"`);
  const c = fraction * corridor.line.length;
  return corridor.directions.map((dirIndex) => {
    const dir = sim.network.directions[dirIndex];
    const seg = dir?.segments
      .map((i) => sim.network.segments[i])
      .find((s) => {
        if (!s || !dir) return false;
        const c0 = dir.forward ? s.startS : corridor.line.length - s.endS;
        const c1 = dir.forward ? s.endS : corridor.line.length - s.startS;
        return c >= c0 && c < c1;
      });
    if (!seg) throw new Error(`no segment at ${fraction} of ${corridorId}`);
    return seg.index;
  });
}

/** Two-way hourly volume at a point of a corridor over the week (168 values). */
export function twoWayHourly(week: MobilityWeek, segmentIndices: readonly number[]): number[] {
  return Array.from({ length: WEEK_HOURS }, (_, h) =>
    segmentIndices.reduce((sum, s) => sum + (week.hourlyVolume[s * WEEK_HOURS + h] as number), 0),
  );
}

/** Average daily two-way traffic at a point of a corridor over the week (an ADT: weekends included). */
export function averageDailyTraffic(sim: Simulation, week: MobilityWeek, corridorId: string, fraction: number): number {
  return twoWayHourly(week, segmentsAt(sim, corridorId, fraction)).reduce((a, b) => a + b, 0) / 7;
}

/** Design-hour factor at a point: the week's busiest two-way hour ÷ its average daily traffic. */
export function peakHourFactor(sim: Simulation, week: MobilityWeek, corridorId: string, fraction: number): number {
  const hourly = twoWayHourly(week, segmentsAt(sim, corridorId, fraction));
  return Math.max(...hourly) / (hourly.reduce((a, b) => a + b, 0) / 7);
}
