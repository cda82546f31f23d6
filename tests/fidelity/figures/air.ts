/**
 * Air figures. Calibrated: the constants of shared/src/air/station-hours.ts and urban-box.ts named in
 * decisions 011 and 042 (`REGIONAL_PM_UGM3` and the urban flux, `K_PM`, `K_NOX` and the plume's
 * ozone share, `PHOTOCHEMICAL_PPB`, `SECONDARY_PER_HOUR`). Held out: the daily shapes, the gradient
 * away from roads, the smoke episode and the background levels, none of which any constant was tuned to.
 */
import { INVERSION_WINDOW, monitorIncrement, SMOKE_WINDOW } from '../collect/air-episodes';
import {
  type AirYear,
  allStations,
  anyHour,
  argMax,
  correlation,
  meanAt,
  meanOver,
  monthsBetween,
  profileByHour,
  siteIs,
  stationById,
  weekdayHours,
} from '../collect/air-year';
import type { FidelityContext, FidelityStatistic } from '../context';
import { SOURCES } from './sources';

/** Annual mean of the near-road monitor's hourly increment over the park benches. */
const meanIncrement = (ctx: FidelityContext, column: 'pm' | 'no2') => {
  const inc = monitorIncrement(ctx.nearRoadMonitor(), ctx.air(), column).filter(Number.isFinite);
  return inc.reduce((s, v) => s + v, 0) / inc.length;
};

/** The local hour (0–23) at which the monitor's mean weekday increment peaks. */
const incrementPeakHour = (ctx: FidelityContext, column: 'pm' | 'no2') => {
  const air = ctx.air();
  const inc = monitorIncrement(ctx.nearRoadMonitor(), air, column);
  const sum = new Array<number>(24).fill(0);
  const n = new Array<number>(24).fill(0);
  inc.forEach((v, h) => {
    if (!Number.isFinite(v) || air.weekday[h] !== 1) return;
    const hh = air.localHour[h] as number;
    sum[hh] = (sum[hh] as number) + v;
    n[hh] = (n[hh] as number) + 1;
  });
  return argMax(sum.map((s, hh) => s / (n[hh] as number)));
};

const MONITOR =
  'A virtual monitor 30 m north of the I-70/I-71 split’s edge (40 m from its centre line; the US near-road network sites monitors within 50 m of the nearest lane’s edge) minus the mean of the park benches';

/** The US near-road network's increments over the area's other sites, 2013–2018 (ES&T 2021): level and daily peak. */
const NEAR_ROAD_POLLUTANTS = [
  {
    key: 'pm25',
    column: 'pm',
    label: 'PM2.5',
    unit: 'µg/m³',
    increment: 1.0,
    constant: '`K_PM`',
    peakHours: [5, 8],
    peakWhy: 'The PM2.5 (and NO) increments peak in the morning rush, 05–08 h local, at about 1.8 µg/m³.',
  },
  {
    key: 'no2',
    column: 'no2',
    label: 'NO2',
    unit: 'ppb',
    increment: 6.9,
    constant: '`K_NOX` and `PLUME_OZONE_SHARE`',
    peakHours: [14, 16],
    peakWhy: 'The national near-road network’s NO2 increment peaks at about 9 ppb around 14–16 h local.',
  },
] as const;

const DOWNTOWN_BENCH = 'downtown-high-school';

const JULY_WEEKDAYS = 'Mean PM2.5 of all benches by local hour on July weekdays (no holidays)';
/** The July weekday profile of all benches, by local hour, computed once per air year. */
const julyProfiles = new WeakMap<AirYear, number[]>();
const julyWeekdayPm = (ctx: FidelityContext): number[] => {
  const air = ctx.air();
  let profile = julyProfiles.get(air);
  if (!profile) {
    profile = profileByHour(air, 'pm', allStations, (h, a) => a.month[h] === 7 && a.weekday[h] === 1);
    julyProfiles.set(air, profile);
  }
  return profile;
};

export const AIR_FIGURES: FidelityStatistic[] = [
  {
    id: 'pm25-annual-mean',
    area: 'air',
    name: 'Annual mean PM2.5, all benches',
    unit: 'µg/m³',
    how: 'Mean of every complete hourly mean of every bench over the calendar year.',
    decimals: 2,
    sources: [SOURCES.columbusPmAnnual],
    kind: 'calibrated',
    reference: 9,
    referenceText: '9 (Columbus metro, 2019–2021)',
    tuned: '`REGIONAL_PM_UGM3` (shared/src/air/engine.ts)',
    compute: (ctx) => meanOver(ctx.air(), 'pm', allStations, anyHour),
  },
  ...NEAR_ROAD_POLLUTANTS.map(
    (p): FidelityStatistic => ({
      id: `near-road-${p.key}-increment`,
      area: 'air',
      name: `Near-road ${p.label} increment at an interstate monitor`,
      unit: p.unit,
      how: `${MONITOR}, hour by hour; the mean over the year.`,
      decimals: 2,
      sources: [SOURCES.nearRoadNetwork],
      kind: 'calibrated',
      reference: p.increment,
      tuned: `${p.constant} (shared/src/air/station-hours.ts), at this monitor (decision 042)`,
      compute: (ctx) => meanIncrement(ctx, p.column),
    }),
  ),
  {
    id: 'ozone-4th-high',
    area: 'air',
    name: '4th-highest daily max 8-hour ozone, worst bench',
    unit: 'ppb',
    how: 'Per bench, the daily maximum 8-hour ozone of each local day (the product’s daily AQI rule: periods starting 07–23 h, 6 of 8 hours), the 4th-highest of the year truncated to whole ppb; the highest bench. One year stands in for the 3-year design value.',
    decimals: 0,
    sources: [SOURCES.ozoneDesignValue],
    kind: 'calibrated',
    reference: 69,
    referenceText: '69 (design value 2016–2018)',
    tuned: '`PHOTOCHEMICAL_PPB` (decision 011 names the design value ≈ 69 ppb among its targets)',
    compute: (ctx) =>
      Math.max(
        ...ctx.air().stations.map((s) => {
          const maxima = s.days.map((d) => d.ozoneMax8hPpb ?? Number.NEGATIVE_INFINITY).sort((a, b) => b - a);
          return Math.trunc(maxima[3] as number);
        }),
      ),
  },
  {
    id: 'ozone-peak-hour',
    area: 'air',
    name: 'Hour of the mean daily ozone peak, April–October',
    unit: 'h, local',
    how: 'Mean ozone of all benches by local hour over the ozone season; the hour with the highest mean.',
    decimals: 0,
    sources: [SOURCES.ozoneDiurnal],
    kind: 'calibrated',
    reference: 14,
    referenceText: '12–16 h (centre 14)',
    tuned: 'the photochemistry lag in shared/src/air/engine.ts (its header names the 12–16 h peak as a target)',
    compute: (ctx) => argMax(profileByHour(ctx.air(), 'o3', allStations, monthsBetween(4, 10))),
  },
  ...NEAR_ROAD_POLLUTANTS.map(
    (p): FidelityStatistic => ({
      id: `near-road-${p.key}-peak-hour`,
      area: 'air',
      name: `Hour the near-road ${p.label} increment peaks`,
      unit: 'h, local',
      how: `${MONITOR}: the ${p.label} increment by local hour on weekdays over the year; the hour of the largest.`,
      decimals: 0,
      sources: [SOURCES.nearRoadNetwork],
      kind: 'held-out',
      band: p.peakHours,
      bandWhy: p.peakWhy,
      compute: (ctx) => incrementPeakHour(ctx, p.column),
    }),
  ),
  {
    id: 'july-pm25-morning-peak-hour',
    area: 'air',
    name: 'Hour of the July weekday PM2.5 morning maximum',
    unit: 'h, local',
    how: `${JULY_WEEKDAYS}; the hour with the highest mean between 04 and 10 h. A value of 4 or 10 means the morning has no peak of its own, only a slope.`,
    decimals: 0,
    sources: [SOURCES.pmDiurnal],
    kind: 'held-out',
    band: [5, 9],
    bandWhy:
      'PM2.5 is bimodal, with a morning peak at the rush hour under a shallow boundary layer: the morning maximum falls inside the rush hours, after the small hours and before the mixed layer deepens. The band keeps it off the window’s ends, so a plain rise or fall fails.',
    compute: (ctx) => 4 + argMax(julyWeekdayPm(ctx).slice(4, 11)),
  },
  {
    id: 'july-pm25-morning-over-midday',
    area: 'air',
    name: 'July weekday PM2.5: 06–10 h ÷ 12–17 h mean',
    unit: 'ratio',
    how: `${JULY_WEEKDAYS}; the mean of hours 6–9 (the rush under a shallow boundary layer) divided by the mean of hours 12–16 (the deepest mixing).`,
    decimals: 2,
    sources: [SOURCES.pmDiurnal],
    kind: 'held-out',
    band: [1.0, Number.POSITIVE_INFINITY],
    bandWhy:
      'Midday PM2.5 is usually the day’s lowest because of vertical mixing, below the morning peak. The source gives the shape, not its size, so the band is one-sided.',
    compute: (ctx) => meanAt(julyWeekdayPm(ctx), [6, 7, 8, 9]) / meanAt(julyWeekdayPm(ctx), [12, 13, 14, 15, 16]),
  },
  {
    id: 'ozone-no2-diurnal-correlation',
    area: 'air',
    name: 'Correlation of the mean daily ozone and NO2 cycles, April–October',
    unit: 'r',
    how: 'Pearson correlation of the 24 hourly means of ozone and of NO2, all benches, ozone season.',
    decimals: 2,
    sources: [SOURCES.ozoneDiurnal],
    kind: 'held-out',
    band: [-1, 0],
    bandWhy: 'Ozone and NO2 move inversely over the day (titration at night, photochemistry by day): the correlation is negative.',
    compute: (ctx) =>
      correlation(
        profileByHour(ctx.air(), 'o3', allStations, monthsBetween(4, 10)),
        profileByHour(ctx.air(), 'no2', allStations, monthsBetween(4, 10)),
      ),
  },
  {
    id: 'usg-pm25-days',
    area: 'air',
    name: 'Days with a USG-or-worse PM2.5 daily AQI, no smoke',
    unit: 'days',
    how: 'Local days on which any bench’s 24-hour PM2.5 AQI exceeds 100, in the default year (no smoke lever).',
    decimals: 0,
    sources: [SOURCES.dispatch2018, SOURCES.morpcSeason],
    kind: 'held-out',
    band: [0, 1],
    bandWhy:
      'Central Ohio had 0 USG particle days in 2018, and June 2023 brought the first Unhealthy PM2.5 day since 2003 (wildfire smoke): without smoke such days are rare, at most one a year.',
    compute: (ctx) => {
      const days = ctx.air().stations[0]?.days.length ?? 0;
      let count = 0;
      for (let d = 0; d < days; d++) if (ctx.air().stations.some((s) => (s.days[d]?.pm25Aqi ?? 0) > 100)) count++;
      return count;
    },
  },
  {
    id: 'downtown-no2-over-park',
    area: 'air',
    name: 'Downtown bench NO2 above the park benches, weekdays',
    unit: 'ppb',
    how: `Weekday mean NO2 of ${DOWNTOWN_BENCH} (about 400 m from the I-70/I-71 interchange) minus that of the park benches.`,
    decimals: 2,
    sources: [SOURCES.nearRoadDecayRates, SOURCES.nearRoadNetwork],
    kind: 'held-out',
    band: [2.7, 6.0],
    bandWhy:
      'The 6.9 ppb increment at a near-road site (≤ 50 m) carried 350 m further with the meta-analysis decay rates: 6.9 × e^(−0.0027 × 350) ≈ 2.7 ppb at the NOx rate, 6.9 × e^(−0.0004 × 350) ≈ 6.0 ppb at the NO2 rate.',
    compute: (ctx) => {
      const air = ctx.air();
      const downtown = stationById(air, DOWNTOWN_BENCH);
      return meanOver(air, 'no2', (s) => s === downtown, weekdayHours) - meanOver(air, 'no2', siteIs('park'), weekdayHours);
    },
  },
  {
    id: 'near-road-no2-ten-percent-distance',
    area: 'air',
    name: 'Distance at which a corridor’s NO2 increment falls to 10%',
    unit: 'm',
    how: 'Probe benches 10–800 m north of Morse Rd (and one at 1,500 m as background), one week in each season; the distance where the NO2 increment falls to 10% of its value at 10 m (log-linear between probes).',
    decimals: 0,
    sources: [SOURCES.nearRoadGradients],
    kind: 'held-out',
    band: [115, Number.POSITIVE_INFINITY],
    bandWhy:
      'Across 41 studies, almost all near-road pollutants decay to background within 115–570 m of the road edge, but NO2 is one of those that keep decaying over the whole distance range measured (Karner et al. 2010; FACTS.md I.1: “NO2 decays over the whole range”). So its increment falls to 10% no nearer than 115 m; the studies set no upper limit for NO2. (The band was 115–570 m, the range of the other pollutants, until the source was reread for the NO2 exception.)',
    compute: (ctx) => ctx.probes().tenPercentDistanceM,
  },
  {
    id: 'smoke-peak-aqi',
    area: 'air',
    name: 'Highest bench PM2.5 NowCast AQI in a smoke episode',
    unit: 'AQI',
    how: `Wildfire-smoke lever at its default intensity (0.6) from ${SMOKE_WINDOW.from} to ${SMOKE_WINDOW.to}; the highest hourly PM2.5 NowCast AQI of any bench.`,
    decimals: 0,
    sources: [SOURCES.smokeColumbusEarly, SOURCES.smokeColumbusPeak],
    kind: 'held-out',
    band: [131, 236],
    bandWhy:
      'Columbus in June 2023: the early-June smoke peaked at AQI 131, the worst day (29 June) at 236; a default episode sits between them.',
    compute: (ctx) => ctx.smoke().peakAqi,
  },
  {
    id: 'smoke-bench-spread',
    area: 'air',
    name: 'Spread between benches at the smoke peak',
    unit: 'AQI points',
    how: 'Same episode; at the hour the benches’ mean NowCast AQI peaks, the highest bench minus the lowest.',
    decimals: 0,
    sources: [SOURCES.smokeBayArea],
    kind: 'held-out',
    band: [10, 40],
    bandWhy:
      'At one instant of the Camp Fire smoke, four Bay Area cities read 192–212 (20 points). Issue 12 asks for more than 10 points across the benches; the upper limit is twice the Bay Area spread, as our benches add near-road sources to the plume.',
    compute: (ctx) => ctx.smoke().spreadAtPeak,
  },
  {
    id: 'inversion-park-pm25',
    area: 'air',
    name: '24-hour PM2.5 at the park benches in a winter inversion',
    unit: 'µg/m³',
    how: `Inversion lever at full strength (intensity ${INVERSION_WINDOW.intensity}) from ${INVERSION_WINDOW.from} to ${INVERSION_WINDOW.to}; mean of the park benches’ 24-hour means on the two local days wholly on its plateau.`,
    decimals: 1,
    sources: [SOURCES.inversionPittsburgh, SOURCES.inversionSaltLake],
    kind: 'calibrated',
    reference: 47.5,
    referenceText: '35–60 (centre 47.5; Pittsburgh above 35 for five days, Salt Lake about 60)',
    tuned: '`SECONDARY_PER_HOUR` (shared/src/air/urban-box.ts), set so a full-strength inversion day lands in 35–60 µg/m³ (decision 042)',
    compute: (ctx) => ctx.inversionParkPm(),
  },
];
