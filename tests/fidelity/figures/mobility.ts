/**
 * Mobility figures, from one simulated week of the corridors (collect/mobility-week.ts).
 * Calibrated: the street friction curve, tuned to a peak ÷ night speed ratio (decision 011), and the
 * connected-vehicle program's scale (the fleet's size through the lever's default, the signals in
 * the city file; decision 063). Held out: BSM volume and GPS quality, and daily volumes against
 * published counts, none of which a constant was tuned to.
 */
import { signalizedJunctionCount } from '@sandbox/shared';
import { averageDailyTraffic, BSM_WINDOW, clock, peakHourFactor, sampleDate } from '../collect/mobility-week';
import type { FidelityContext, FidelityStatistic } from '../context';
import { SOURCES } from './sources';

const WEEK = `the week of ${sampleDate()} (Monday to Sunday)`;
/** Published daily counts carry up to about ±25% of estimation error (Gadda et al. 2007). */
const COUNT_ERROR = 0.25;
const countBand = (count: number): [number, number] => [count * (1 - COUNT_ERROR), count * (1 + COUNT_ERROR)];

const adt = (ctx: FidelityContext, corridorId: string, fraction: number) =>
  averageDailyTraffic(ctx.mobilitySim(), ctx.mobility(), corridorId, fraction);

const ARTERIALS = ['high-st', 'cleveland-ave', 'morse-rd'] as const;

export const MOBILITY_FIGURES: FidelityStatistic[] = [
  {
    id: 'arterial-peak-speed-ratio',
    area: 'mobility',
    name: 'Arterial speed at the weekday peak (16–18 h) ÷ night speed (01–04 h)',
    unit: 'ratio',
    how: `Space-mean speed (length travelled ÷ time spent, signal delay included) over the arterial segments, weekdays of ${WEEK}.`,
    decimals: 3,
    sources: [SOURCES.umr],
    kind: 'calibrated',
    reference: 0.83,
    referenceText: '0.83 (travel time index ≈ 1.2)',
    tuned: 'the street friction curve `1 / (1 + 0.5 x²)` (shared/src/mobility/demand.ts)',
    compute: (ctx) => {
      const { peak, night } = ctx.mobility();
      return peak.metres / peak.seconds / (night.metres / night.seconds);
    },
  },
  {
    id: 'cv-fleet-size',
    area: 'mobility',
    name: 'Connected vehicles seen in a week',
    unit: 'vehicles',
    how: `Distinct vehicle ids of connected vehicles on the corridors over ${WEEK}.`,
    decimals: 0,
    sources: [SOURCES.cveFinal, SOURCES.cveWebinar],
    kind: 'calibrated',
    reference: 1000,
    referenceText: 'about 1,000 (final evaluation; 1,000–1,200 at go-live)',
    tuned:
      'the connected-share lever’s default, 1% (`DEFAULT_CONNECTED_SHARE`, shared/src/scenario/schemas.ts), set so the fleet is the CVE’s ~1,000 vehicles (decision 063)',
    compute: (ctx) => ctx.mobility().connectedVehicles,
  },
  {
    id: 'cv-signalized-intersections',
    area: 'mobility',
    name: 'Signalized intersections on the CV corridors',
    unit: 'intersections',
    how: 'Distinct signal locations on the default city’s corridors (a junction of two corridors is one intersection).',
    decimals: 0,
    sources: [SOURCES.cveFinal, SOURCES.cveWebinar],
    kind: 'calibrated',
    reference: 85,
    referenceText: '85 (final evaluation; 88 in a 2019 article)',
    tuned: 'the corridors’ signals in data/cities/columbus/city.json, placed to the CVE’s 85 (decision 063)',
    compute: (ctx) => signalizedJunctionCount(ctx.sim.city.corridors),
  },
  {
    id: 'bsm-per-vehicle-hour',
    area: 'mobility',
    name: 'BSMs per connected vehicle-hour on the corridors',
    unit: 'messages',
    how: `All BSMs of the weekday morning peak (${clock(BSM_WINDOW.fromHour)}–${clock(BSM_WINDOW.toHour)} local, ${sampleDate(BSM_WINDOW.day)}) ÷ the hours connected vehicles spent on the corridors in that window.`,
    decimals: 0,
    sources: [SOURCES.bsmRate],
    kind: 'held-out',
    band: [3600, 36_000],
    bandWhy:
      'J2945/1 sends 10 BSMs a second while moving (36,000 an hour) and allows 1–2 a second when stationary: an hour on the road is between 3,600 and 36,000 messages.',
    compute: (ctx) => ctx.mobility().bsm.messages / ctx.mobility().bsm.vehicleHours,
  },
  {
    id: 'bsm-derived-speed-error',
    area: 'mobility',
    name: 'Error of the speed derived from BSM positions 1 s apart',
    unit: 'm/s RMS',
    how: 'Same BSMs: for each pair of messages of one vehicle one second apart, the distance between the reported positions minus the distance truly covered; root mean square.',
    decimals: 2,
    sources: [SOURCES.gpsSpeed],
    kind: 'held-out',
    band: [0, 1],
    bandWhy:
      'A car’s GNSS velocity is good to about 0.2 m/s per axis (95%), about 0.8 km/h in typical use; receivers filter positions, so their error drifts slowly and a speed from fixes 1 s apart stays within about 1 m/s (5× the velocity figure, leaving room for the filter).',
    compute: (ctx) => ctx.mobility().bsm.derivedSpeedRmsMps,
  },
  ...[
    {
      corridor: 'cleveland-ave',
      road: 'Cleveland Ave',
      where: 'south end',
      fraction: 0.15,
      from: '2nd Ave',
      source: SOURCES.clevelandAve,
      // “In excess of” gives only a floor: one-sided.
      band: [20_000 * (1 - COUNT_ERROR), Number.POSITIVE_INFINITY] as const,
      bandWhy:
        'ADT “in excess of 20,000” between Broad St and Westerville Rd; published counts carry up to about 25% error, so at least 15,000.',
    },
    {
      corridor: 'morse-rd',
      road: 'Morse Rd',
      where: 'east end (toward I-270)',
      fraction: 0.95,
      from: 'High St',
      source: SOURCES.morseRd,
      band: countBand(50_000),
      bandWhy: 'About 50,000 vehicles a day near I-270, ±25% count error.',
    },
    {
      corridor: 'alum-creek-dr',
      road: 'Alum Creek Dr',
      where: 'north end (toward I-270)',
      fraction: 0.95,
      from: 'SR-317',
      source: SOURCES.alumCreek,
      band: countBand(38_000),
      bandWhy: 'About 38,000 vehicles a day at Groveport Rd and the I-270 interchange, ±25% count error.',
    },
  ].map(
    (c): FidelityStatistic => ({
      id: `${c.corridor}-adt`,
      area: 'mobility',
      name: `${c.road} average daily traffic, ${c.where}`,
      unit: 'vehicles/day',
      how: `Two-way vehicles leaving the segments at ${c.fraction * 100}% of the corridor from ${c.from}, averaged over ${WEEK}.`,
      decimals: 0,
      sources: [c.source, SOURCES.aadtError],
      kind: 'held-out',
      band: c.band,
      bandWhy: c.bandWhy,
      compute: (ctx) => adt(ctx, c.corridor, c.fraction),
    }),
  ),
  {
    id: 'arterial-k-factor',
    area: 'mobility',
    name: 'Arterial K-factor: busiest hour ÷ average daily traffic',
    unit: 'share',
    how: `At the midpoint of each arterial (High St, Cleveland Ave, Morse Rd): the busiest two-way hour of ${WEEK} ÷ that week’s average daily traffic; averaged.`,
    decimals: 3,
    sources: [SOURCES.kFactor],
    kind: 'held-out',
    band: [0.08, 0.12],
    bandWhy: 'The design hour carries 8–12% of the AADT on urban roads (7–12% in a second source).',
    compute: (ctx) => ARTERIALS.reduce((s, id) => s + peakHourFactor(ctx.mobilitySim(), ctx.mobility(), id, 0.5), 0) / ARTERIALS.length,
  },
];
