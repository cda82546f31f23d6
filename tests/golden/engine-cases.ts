/**
 * Seeded engine windows per stream, computed straight from the engine (imports from the
 * `@sandbox/shared` root only, so moving files inside shared does not touch this list): air minutes
 * and hours, meter intervals and group load, segment flow, vehicles, signals, safety events, BSMs,
 * the city weather and the ground truth. Each case names its stream, scenario and window.
 */
import {
  AirHours,
  airSeries,
  bsmRecords,
  type City,
  createSimulation,
  groundTruth,
  groupLoad,
  hourlyWeather,
  loadIntervals,
  meterIntervals,
  peakDemand,
  type Simulation,
  safetyEvents,
  segmentFlow,
  signalState,
  vehiclesAt,
} from '@sandbox/shared';
import { glimpse } from './golden-book';
import { GOLDEN_SCENARIOS } from './scenarios';

export interface GoldenCase {
  name: string;
  /** The answer to pin. */
  value: () => unknown | Promise<unknown>;
  /** What a reader sees of it in the golden file (defaults to a glimpse of the value). */
  head?: (value: never) => unknown;
}

const ms = Date.parse;
const DAY = { from: ms('2026-07-15T04:00:00Z'), to: ms('2026-07-16T04:00:00Z') };
const AFTERNOON = { from: ms('2026-07-15T16:00:00Z'), to: ms('2026-07-15T22:00:00Z') };
const PEAK = ms('2026-07-15T21:30:00Z');

/** A station's hourly means, NowCast and AQI over DAY, from the one hourly pipeline (a fresh cache each time). */
const hourlyAir = (sim: Simulation, station: string) => new AirHours().records(sim, 'golden', station, DAY.from, DAY.to);

/** A series' columns: each one's length, first values and sum (a moved number moves the sum). */
function columns(value: Record<string, unknown>) {
  return Object.fromEntries(
    Object.entries(value).map(([key, column]) => {
      if (!ArrayBuffer.isView(column)) return [key, column];
      const values = Array.from(column as unknown as ArrayLike<number>);
      const sum = values.reduce((a, b) => (Number.isFinite(b) ? a + b : a), 0);
      return [key, { n: values.length, first: values.slice(0, 3), sum: Math.round(sum * 1000) / 1000 }];
    }),
  );
}

/** Stations and meters the windows are taken at; under the faults scenario each carries faults (scenarios.ts). */
const MINUTE_STATIONS = ['linden-park-bench', 'morse-karl-roadside'];
// morse-karl-roadside has six hours of dropout under the faults: the NowCast runs across missing hours.
const HOURLY_STATIONS = ['cleveland-hudson-roadside', 'goodale-park-bench', 'morse-karl-roadside'];
const METERS = ['northland-res-00001', 'northland-res-00002'];

function streamCases(scenario: string, sim: () => Simulation): GoldenCase[] {
  const at = (name: string) => `engine/${scenario}/${name}`;
  const intersections = () => sim().city.corridors.flatMap((c) => c.intersections.map((i) => i.id));
  return [
    ...MINUTE_STATIONS.map((station) => ({
      name: at(`air/${station}/minutes-afternoon`),
      value: () => airSeries(sim(), station, AFTERNOON.from, AFTERNOON.to),
      head: columns,
    })),
    ...HOURLY_STATIONS.map((station) => ({
      name: at(`air/${station}/hourly-day`),
      value: () => hourlyAir(sim(), station),
    })),
    ...METERS.map((meter) => ({
      name: at(`energy/${meter}/intervals-day`),
      value: () => meterIntervals(sim(), meter, DAY.from, DAY.to),
      head: columns,
    })),
    {
      name: at('energy/districts/load-day'),
      value: () => {
        const load = groupLoad(sim(), DAY.from, DAY.to, 'district');
        return { intervals: loadIntervals(load), peaks: peakDemand(load) };
      },
      head: (v: { intervals: unknown[]; peaks: unknown[] }) => ({ intervals: glimpse(v.intervals), peaks: v.peaks.slice(0, 3) }),
    },
    {
      name: at('energy/feeders/load-afternoon'),
      value: () => loadIntervals(groupLoad(sim(), AFTERNOON.from, AFTERNOON.to, 'feeder')),
    },
    {
      name: at('mobility/segments/flow-peak-hour'),
      value: () => segmentFlow(sim(), ms('2026-07-15T21:00:00Z'), ms('2026-07-15T22:00:00Z')),
    },
    { name: at('mobility/vehicles/at-peak'), value: () => vehiclesAt(sim(), PEAK) },
    { name: at('mobility/signals/at-peak'), value: () => intersections().map((id) => signalState(sim(), id, PEAK)) },
    { name: at('mobility/events/afternoon'), value: () => safetyEvents(sim(), AFTERNOON.from, AFTERNOON.to) },
    { name: at('mobility/bsm/two-seconds-at-peak'), value: () => bsmRecords(sim(), PEAK, PEAK + 2000) },
    { name: at('truth/week'), value: () => groundTruth(sim(), ms('2026-07-13T04:00:00Z'), ms('2026-07-20T04:00:00Z')) },
  ];
}

/** Every engine case: the streams for each golden scenario, and the city weather for two seeds. */
export function engineCases(city: City): GoldenCase[] {
  const cases: GoldenCase[] = [];
  for (const [scenario, input] of Object.entries(GOLDEN_SCENARIOS)) {
    let built: Simulation | undefined;
    cases.push(...streamCases(scenario, () => (built ??= createSimulation(city, input))));
  }
  for (const [seed, date] of [
    [1, '2026-07-15'],
    [7, '2026-01-20'],
  ] as const) {
    cases.push({ name: `engine/seed-${seed}/weather/hourly-${date}`, value: () => hourlyWeather(createSimulation(city, { seed }), date) });
  }
  return cases;
}
