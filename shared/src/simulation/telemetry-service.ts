/**
 * The telemetry API's answers as pure functions of (cities, validated query, now): the Fastify
 * routes and the web app's MSW mocks both call this service, so the mocks cannot drift from the
 * server. It keeps the deterministic caches (simulation contexts, air and segment-flow hour blocks,
 * AQI per minute, meter inventories, segment records, frame pieces), all bounded.
 */

import { AirBlocks } from '../air/air-blocks';
import { AirHours } from '../air/air-hours';
import type {
  AirAqi,
  AirAqiQuery,
  AirDaily,
  AirDailyQuery,
  AirHourlyQuery,
  AirHourlySeries,
  AirMetricKey,
  AirReadings,
  AirReadingsQuery,
  StationAqi,
} from '../air/api-schemas';
import { AIR_HOURLY_METRIC_UNITS, AIR_METRIC_UNITS, AirHourlyMetricKeySchema } from '../air/api-schemas';
import { dailyAqi, dailyAqiHours, hourlyAqi, localDates } from '../air/aqi-series';
import { airHourly, airReadings, airSeries } from '../air/engine';
import { pickEntities } from '../city/entities';
import type { City } from '../city/schemas';
import { type BudgetCache, MemoryBudget, OBJECT_BYTES } from '../common/memory-budget';
import { RESOLUTION_MS, type Resolution, resolveWindow, type Series, WindowError } from '../common/query';
import { buildSeries } from '../common/series';
import { HOUR_MS, MINUTE_MS } from '../common/time';
import type { EnergySummaryQuery, MeterReadingsQuery, MetersQuery } from '../energy/api-schemas';
import { INTERVAL_MS, meterIntervals, meterList } from '../energy/engine';
import { groupLoad, peakDemand } from '../energy/load';
import type { Meter } from '../energy/schemas';
import { FrameBuilder, type FrameSource } from '../live/frames';
import { type SnapshotQuery, type StreamFrame, StreamTopicSchema } from '../live/schemas';
import type {
  BsmSample,
  BsmSampleQuery,
  CorridorFlow,
  CorridorFlowQuery,
  CorridorMetricKey,
  EventsQuery,
  InstantQuery,
  SegmentFlowQuery,
  SegmentMetricKey,
  Vehicles,
} from '../mobility/api-schemas';
import { bsmSampleAt } from '../mobility/bsm-sample';
import { corridorFlowSeries } from '../mobility/corridor-flow';
import { FlowBlocks } from '../mobility/flow-blocks';
import { segmentFlowSeries } from '../mobility/flow-series';
import type { Segment } from '../mobility/schemas';
import { segmentRecords } from '../mobility/segments';
import { signalState, vehiclesAt } from '../mobility/vehicles';
import { type ScenarioQuery, scenarioFromQuery } from '../scenario/query';
import type { Scenario } from '../scenario/schemas';
import { localDate } from '../weather/hourly-weather';
import type { Simulation } from './simulation';
import { type ScenarioSimulation, Simulations } from './simulations';

const DAY_MS = 86_400_000;
/** Chart caps (413 beyond them); the exports allow more because they stream. */
export const CAPS = {
  airStationMinutes: 500_000,
  /** A year of one station's hourly NowCast, or five weeks of ten stations. */
  airStationHours: 8_784,
  /** A year of one station's daily AQI, or 40 days of ten stations. */
  airStationDays: 400,
  meterReadingsDays: 366,
  summaryDays: 31,
  flowDays: 7,
  eventsDays: 7,
} as const;

/** A live frame asked by scenario query (it crosses threads: plain data, no simulation). */
export type FrameQuery = Partial<ScenarioQuery> & { topics: FrameSource['topics']; fromMs: number; toMs: number };

const iso = (ms: number) => new Date(ms).toISOString();
/** Hours before a window that the PM2.5 NowCast looks back over. */
const NOWCAST_LOOKBACK_HOURS = 12;
/** `YYYY-MM-DD` moved by whole days. */
const shiftDate = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
/** What every series answer starts with: the city, the seed and the resolved window. */
const envelope = <R extends Resolution>(sim: Simulation, fromMs: number, toMs: number, resolution: R) => ({
  city: sim.city.id,
  seed: sim.seed,
  from: iso(fromMs),
  to: iso(toMs),
  resolution,
});
/** The instant a query names, or `nowMs` floored to the second. */
const instantOf = (at: string | undefined, nowMs: number) => (at ? Date.parse(at) : Math.floor(nowMs / 1000) * 1000);

export interface TelemetryServiceOptions {
  /** Bytes all the service's caches may hold together (simulations, their trips, blocks, frames). */
  memoryBytes?: number;
}

/** Default cache budget: room for a few busy scenarios on a laptop, or a browser tab's share. */
export const DEFAULT_MEMORY_BYTES = 192 * 1024 * 1024;

export class TelemetryService {
  private readonly cities: Map<string, City>;
  /** The one memory budget every cache below shares (bytes, least recently used first out). */
  readonly memory: MemoryBudget;
  private readonly simulations: Simulations;
  readonly airBlocks: AirBlocks;
  readonly airHours: AirHours;
  readonly flowBlocks: FlowBlocks;
  readonly frames: FrameBuilder;
  private readonly stationAqi: BudgetCache<StationAqi>;
  private readonly inventories: BudgetCache<Meter[]>;
  private readonly networks: BudgetCache<Segment[]>;

  constructor(cities: readonly City[], options: TelemetryServiceOptions = {}) {
    this.cities = new Map(cities.map((city) => [city.id, city]));
    this.memory = new MemoryBudget(options.memoryBytes ?? DEFAULT_MEMORY_BYTES);
    this.simulations = new Simulations(this.cities, this.memory);
    this.airBlocks = new AirBlocks(this.memory);
    this.airHours = new AirHours(this.memory);
    this.flowBlocks = new FlowBlocks(this.memory);
    this.frames = new FrameBuilder(this.airBlocks, this.memory);
    this.stationAqi = this.memory.jsonCache('station-aqi');
    this.inventories = this.memory.cache('meter-inventories', (meters) => meters.length * 8 * OBJECT_BYTES);
    this.networks = this.memory.jsonCache('networks');
  }

  /** The simulation for a scenario; 404 naming the city when it is unknown. */
  simulation(scenario: Scenario): ScenarioSimulation {
    return this.simulations.get(scenario);
  }

  /** The cache key of a scenario, checking its city (404), without building its simulation. */
  scenarioKey(scenario: Scenario): string {
    return this.simulations.keyOf(scenario);
  }

  private fromQuery(q: Partial<ScenarioQuery>): ScenarioSimulation {
    return this.simulation(scenarioFromQuery(q));
  }

  airReadings(q: AirReadingsQuery, nowMs: number): AirReadings {
    const { sim, key } = this.fromQuery(q);
    const stations = pickEntities(sim.city.stations, q.station, 'station', 'station');
    const capMinutes = Math.floor(CAPS.airStationMinutes / stations.length);
    const capLabel = `${CAPS.airStationMinutes.toLocaleString('en-US')} station-minutes (${(capMinutes / 1440).toFixed(1)} days for ${stations.length} station(s))`;
    const { fromMs, toMs } = resolveWindow(q, nowMs, DAY_MS, capMinutes * MINUTE_MS, capLabel);
    const metrics: AirMetricKey[] = q.metric ?? ['pm25UgM3', 'ozonePpb'];
    const series = stations.flatMap((station) => {
      const columns = this.airBlocks.columns(sim, key, station.id, fromMs, toMs, metrics);
      return metrics.map((metric) =>
        buildSeries({
          id: station.id,
          metric,
          unit: AIR_METRIC_UNITS[metric],
          startMs: columns.startMs,
          stepMs: MINUTE_MS,
          values: columns.values[metric] ?? [],
          fromMs,
          toMs,
          resolutionMs: RESOLUTION_MS[q.resolution],
          maxPoints: q.maxPoints,
          decimals: 1,
        }),
      );
    });
    return { ...envelope(sim, fromMs, toMs, q.resolution), series };
  }

  /** NowCast AQI of the last complete hour per station, as AirNow reports it, plus the 1-minute reading. */
  airAqi(q: AirAqiQuery, nowMs: number): AirAqi {
    const { sim, key } = this.fromQuery(q);
    const atMs = instantOf(q.at, nowMs);
    const minute = Math.floor(atMs / MINUTE_MS) * MINUTE_MS;
    const hourStart = Math.floor(atMs / HOUR_MS) * HOUR_MS - HOUR_MS;
    const stations = pickEntities(sim.city.stations, q.station, 'station', 'station').map((station) =>
      this.stationAqi.getOrCompute(`${key}|${station.id}|${minute}`, () => {
        const [hour] = airHourly(sim, station.id, hourStart, hourStart + HOUR_MS);
        const [reading] = airReadings(airSeries(sim, station.id, minute, minute + MINUTE_MS));
        if (!hour || !reading) throw new Error(`no air data for ${station.id} at ${minute}`);
        return {
          stationId: station.id,
          name: station.name,
          siteType: station.siteType,
          hour: hour.time,
          pm25NowCastUgM3: hour.pm25NowCastUgM3,
          ozoneNowCastPpb: hour.ozoneNowCastPpb,
          aqi: hour.aqi,
          mainPollutant: hour.mainPollutant,
          reading,
        };
      }),
    );
    return { city: sim.city.id, seed: sim.seed, at: iso(atMs), stations };
  }

  /** Hourly means, NowCast and AQI per station: what AirNow reported hour by hour. */
  airHourly(q: AirHourlyQuery, nowMs: number): AirHourlySeries {
    const { sim, key } = this.fromQuery(q);
    const stations = pickEntities(sim.city.stations, q.station, 'station', 'station');
    const capHours = Math.floor(CAPS.airStationHours / stations.length);
    const capLabel = `${CAPS.airStationHours.toLocaleString('en-US')} station-hours (${(capHours / 24).toFixed(1)} days for ${stations.length} station(s))`;
    const window = resolveWindow(q, nowMs, DAY_MS, capHours * HOUR_MS, capLabel);
    const fromMs = Math.floor(window.fromMs / HOUR_MS) * HOUR_MS;
    const toMs = Math.ceil(window.toMs / HOUR_MS) * HOUR_MS;
    const metrics = q.metric ?? AirHourlyMetricKeySchema.options;
    const series = stations.flatMap((station) => {
      const means = this.airHours.means(sim, key, station.id, fromMs - NOWCAST_LOOKBACK_HOURS * HOUR_MS, toMs);
      const columns = { pm25UgM3: means.pm, ozonePpb: means.o3, ...hourlyAqi(means) };
      return metrics.map((metric) =>
        buildSeries({
          id: station.id,
          metric,
          unit: AIR_HOURLY_METRIC_UNITS[metric],
          startMs: fromMs,
          stepMs: HOUR_MS,
          values: columns[metric].subarray(NOWCAST_LOOKBACK_HOURS),
          fromMs,
          toMs,
          resolutionMs: HOUR_MS,
          maxPoints: q.maxPoints,
          decimals: AIR_HOURLY_METRIC_UNITS[metric] === 'AQI' ? 0 : 1,
        }),
      );
    });
    return { city: sim.city.id, seed: sim.seed, from: iso(fromMs), to: iso(toMs), resolution: '1h', series };
  }

  /** The daily AQI of each local day per station, as of an instant (days in progress say so). */
  airDaily(q: AirDailyQuery, nowMs: number): AirDaily {
    const { sim, key } = this.fromQuery(q);
    const stations = pickEntities(sim.city.stations, q.station, 'station', 'station');
    const timeZone = sim.city.timezone;
    const asOfMs = q.asOf ? Date.parse(q.asOf) : Math.floor(nowMs / MINUTE_MS) * MINUTE_MS;
    const to = q.to ?? shiftDate(localDate(timeZone, asOfMs), 1);
    const from = q.from ?? shiftDate(to, -30);
    const dayCount = Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
    if (!(dayCount > 0)) throw new WindowError('to', '`to` must be after `from`.', 400);
    const capDays = Math.floor(CAPS.airStationDays / stations.length);
    if (dayCount > capDays) {
      throw new WindowError(
        'window',
        `The window is longer than the cap of ${CAPS.airStationDays} station-days (${capDays} days for ${stations.length} station(s)) for this request; ask for less.`,
        413,
      );
    }
    const dates = localDates(from, to);
    const hours = dailyAqiHours(timeZone, from, to);
    const fromMs = Math.floor(hours.fromMs / HOUR_MS) * HOUR_MS;
    return {
      city: sim.city.id,
      seed: sim.seed,
      timezone: timeZone,
      from,
      to,
      asOf: iso(asOfMs),
      stations: stations.map((station) => ({
        stationId: station.id,
        days: dailyAqi(this.airHours.means(sim, key, station.id, fromMs, hours.toMs), timeZone, dates, asOfMs),
      })),
    };
  }

  private meterInventory({ sim, key }: ScenarioSimulation): Meter[] {
    return this.inventories.getOrCompute(key, () => meterList(sim));
  }

  meters(q: MetersQuery) {
    const simulation = this.fromQuery(q);
    const matching = this.meterInventory(simulation).filter(
      (meter) =>
        (q.district === undefined || meter.districtId === q.district) &&
        (q.feeder === undefined || meter.feederId === q.feeder) &&
        (q.meterClass === undefined || meter.meterClass === q.meterClass),
    );
    return { total: matching.length, meters: matching.slice(q.offset, q.offset + q.limit) };
  }

  meterReadings(q: MeterReadingsQuery, nowMs: number) {
    const simulation = this.fromQuery(q);
    const { sim } = simulation;
    const meters = pickEntities(this.meterInventory(simulation), q.meter, 'meter', 'meter');
    const { fromMs, toMs } = resolveWindow(q, nowMs, DAY_MS, CAPS.meterReadingsDays * DAY_MS, `${CAPS.meterReadingsDays} days`);
    const resolutionMs = RESOLUTION_MS[q.resolution];
    const series: Series[] = [];
    for (const meter of meters) {
      const columns = meterIntervals(sim, meter.id, fromMs, toMs);
      const common = {
        id: meter.id,
        startMs: columns.startMs,
        stepMs: INTERVAL_MS,
        fromMs,
        toMs,
        resolutionMs,
        maxPoints: q.maxPoints,
        aggregate: 'sum' as const,
      };
      series.push(
        buildSeries({ ...common, metric: 'kwh', unit: 'kWh', values: columns.kwh, decimals: 4 }),
        buildSeries({ ...common, metric: 'importKwh', unit: 'kWh', values: columns.importKwh, decimals: 4 }),
        buildSeries({ ...common, metric: 'exportKwh', unit: 'kWh', values: columns.exportKwh, decimals: 4 }),
      );
      if (q.resolution === '15m') {
        series.push(
          buildSeries({
            ...common,
            metric: 'quality',
            unit: '0 actual, 1 estimated, 2 missing',
            values: columns.quality,
            decimals: 0,
            thin: 'worst',
          }),
        );
      }
    }
    return { ...envelope(sim, fromMs, toMs, q.resolution), series };
  }

  energySummary(q: EnergySummaryQuery, nowMs: number) {
    const { sim } = this.fromQuery(q);
    const district = q.district === undefined ? undefined : this.districtIndex(sim, q.district);
    const { fromMs, toMs } = resolveWindow(q, nowMs, DAY_MS, CAPS.summaryDays * DAY_MS, `${CAPS.summaryDays} days`);
    const load = groupLoad(sim, fromMs, toMs, q.groupBy, district);
    const resolutionMs = RESOLUTION_MS[q.resolution];
    const kw = (column: Float64Array, g: number) => column.subarray(g * load.n, (g + 1) * load.n).map((kwh) => kwh * 4);
    // Within one district, districts and feeders elsewhere have no meters: leave them out. Classes
    // stay (an empty class is a fact worth a zero line).
    const kept = load.groupIds.flatMap((_, g) =>
      district === undefined || q.groupBy === 'class' || (load.meters[g] as number) > 0 ? [g] : [],
    );
    const series = kept.flatMap((g) => {
      const id = load.groupIds[g] as string;
      const common = {
        id,
        unit: 'kW',
        startMs: load.startMs,
        stepMs: INTERVAL_MS,
        fromMs,
        toMs,
        resolutionMs,
        maxPoints: q.maxPoints,
        decimals: 2,
      };
      return [
        buildSeries({ ...common, metric: 'demandKw', values: kw(load.kwh, g) }),
        buildSeries({ ...common, metric: 'importKw', values: kw(load.importKwh, g) }),
        buildSeries({ ...common, metric: 'exportKw', values: kw(load.exportKwh, g) }),
      ];
    });
    return {
      ...envelope(sim, fromMs, toMs, q.resolution),
      groupBy: q.groupBy,
      ...(q.district === undefined ? {} : { district: q.district }),
      groups: kept.map((g) => ({ id: load.groupIds[g] as string, meters: load.meters[g] as number })),
      peaks: peakDemand(load).filter((_, g) => kept.includes(g)),
      series,
    };
  }

  /** A district's index in the meter population (built in the city's district order); 404 when unknown. */
  private districtIndex(sim: Simulation, id: string): number {
    pickEntities(sim.city.districts, [id], 'district', 'district');
    return sim.meters.districtIds.indexOf(id);
  }

  network(q: Partial<ScenarioQuery>) {
    const { sim } = this.fromQuery(q);
    return { city: sim.city.id, segments: this.networks.getOrCompute(sim.city.id, () => segmentRecords(sim.network)) };
  }

  segments(q: SegmentFlowQuery, nowMs: number) {
    const { sim, key } = this.fromQuery(q);
    const corridors = new Set(pickEntities(sim.city.corridors, q.corridor, 'corridor', 'corridor').map((c) => c.id));
    const inCorridors = sim.network.segments.filter((s) => corridors.has(sim.network.corridors[s.corridorIndex]?.corridor.id ?? ''));
    const segments = pickEntities(inCorridors, q.segment, 'segment', 'segment').map((s) => s.index);
    const { fromMs, toMs } = resolveWindow(q, nowMs, DAY_MS, CAPS.flowDays * DAY_MS, `${CAPS.flowDays} days`);
    const metrics: SegmentMetricKey[] = q.metric ?? ['speedMps'];
    const series = segmentFlowSeries(
      sim.network,
      this.flowBlocks.columns(sim, key, fromMs, toMs),
      segments,
      metrics,
      RESOLUTION_MS[q.resolution],
      q.maxPoints,
    );
    return { ...envelope(sim, fromMs, toMs, q.resolution), series };
  }

  /** Travel time, space-mean speed and volume per corridor direction, from the same hour blocks. */
  corridorFlow(q: CorridorFlowQuery, nowMs: number): CorridorFlow {
    const { sim, key } = this.fromQuery(q);
    // The network keeps the city's corridor order.
    const corridors = pickEntities(sim.city.corridors, q.corridor, 'corridor', 'corridor').map((c) => sim.city.corridors.indexOf(c));
    const { fromMs, toMs } = resolveWindow(q, nowMs, DAY_MS, CAPS.flowDays * DAY_MS, `${CAPS.flowDays} days`);
    const metrics: CorridorMetricKey[] = q.metric ?? ['speedMps', 'travelTimeS', 'volumeVph'];
    const columns = this.flowBlocks.columns(sim, key, fromMs, toMs);
    const flow = corridorFlowSeries(sim.network, columns, corridors, metrics, RESOLUTION_MS[q.resolution], q.maxPoints);
    return {
      ...envelope(sim, fromMs, toMs, q.resolution),
      bucketS: flow.bucketMs / 1000,
      directions: flow.directions,
      series: flow.series,
    };
  }

  vehicles(q: InstantQuery, nowMs: number): Vehicles {
    const { sim } = this.fromQuery(q);
    const corridors = new Set(pickEntities(sim.city.corridors, q.corridor, 'corridor', 'corridor').map((c) => c.id));
    const atMs = instantOf(q.at, nowMs);
    const features = vehiclesAt(sim, atMs)
      .filter((v) => corridors.has(v.corridorId))
      .map(({ id, position, direction: _direction, ...properties }) => ({
        type: 'Feature' as const,
        id,
        geometry: { type: 'Point' as const, coordinates: position },
        properties,
      }));
    return { type: 'FeatureCollection', at: iso(atMs), features };
  }

  signals(q: InstantQuery, nowMs: number) {
    const { sim } = this.fromQuery(q);
    const atMs = instantOf(q.at, nowMs);
    const corridors = pickEntities(sim.city.corridors, q.corridor, 'corridor', 'corridor');
    const signals = corridors.flatMap((corridor) => corridor.intersections.flatMap((i) => signalState(sim, i.id, atMs) ?? []));
    return { at: iso(atMs), signals };
  }

  events(q: EventsQuery, nowMs: number) {
    const { sim, key } = this.fromQuery(q);
    const corridors = new Set(pickEntities(sim.city.corridors, q.corridor, 'corridor', 'corridor').map((c) => c.id));
    const { fromMs, toMs } = resolveWindow(q, nowMs, DAY_MS, CAPS.eventsDays * DAY_MS, `${CAPS.eventsDays} days`);
    const matching = this.flowBlocks
      .events(sim, key, fromMs, toMs)
      .filter((e) => corridors.has(e.corridorId) && (q.kind === undefined || e.kind === q.kind));
    return { from: iso(fromMs), to: iso(toMs), total: matching.length, events: matching.slice(0, q.limit) };
  }

  /** One broadcast round of Basic Safety Messages at an instant, a sample of `limit` by TemporaryID. */
  bsmSample(q: BsmSampleQuery, nowMs: number): BsmSample {
    const { sim } = this.fromQuery(q);
    const corridors = q.corridor
      ? new Set(pickEntities(sim.city.corridors, q.corridor, 'corridor', 'corridor').map((c) => c.id))
      : undefined;
    const atMs = instantOf(q.at, nowMs);
    return { at: iso(atMs), rateHz: sim.levers.bsmRateHz, ...bsmSampleAt(sim, atMs, q.limit, corridors) };
  }

  /** One stream frame at an instant (a paused clock), with the last minute of safety events. */
  snapshot(q: SnapshotQuery, nowMs: number): StreamFrame {
    const { sim, key } = this.fromQuery(q);
    const atMs = instantOf(q.at, nowMs);
    return this.frames.build({ sim, key, topics: q.topics ?? StreamTopicSchema.options }, atMs - MINUTE_MS, atMs);
  }

  /** A stream frame of `(fromMs, toMs]` for a scenario query: how engine threads build live frames. */
  streamFrame(q: FrameQuery, _nowMs: number): StreamFrame {
    return this.frames.build(this.frameSource(scenarioFromQuery(q), q.topics), q.fromMs, q.toMs);
  }

  /** What a stream client's frames are computed from. */
  frameSource(scenario: Scenario, topics: FrameSource['topics']): FrameSource {
    const { sim, key } = this.simulation(scenario);
    return { sim, key, topics };
  }
}
