/**
 * The telemetry API's answers as pure functions of (cities, validated query, now): one service per
 * domain (weather, air, energy, mobility, live, lab) over the shared plumbing — the cached simulations every
 * request resolves its scenario to, and one memory budget every cache shares (decision 080). The
 * Fastify routes (through the engine threads) and the web app's MSW mocks both call it, so the
 * mocks cannot drift from the server. Its flat methods, one per JSON route, are the engine's method
 * table.
 */
import { AirService } from '../air/service';
import type { City } from '../city/schemas';
import { MemoryBudget } from '../common/memory-budget';
import { EnergyService } from '../energy/service';
import type { LabPartQuery } from '../lab/parts';
import type { LabScenarioQuery } from '../lab/schemas';
import { LabService } from '../lab/service';
import { LiveService } from '../live/service';
import { MobilityService } from '../mobility/service';
import { WeatherService } from '../weather/service';
import { Simulations } from './simulations';

export type { FrameQuery } from '../live/service';

export interface TelemetryServiceOptions {
  /** Bytes all the service's caches may hold together (simulations, their trips, blocks, frames). */
  memoryBytes?: number;
}

/** Default cache budget: room for a few busy scenarios on a laptop, or a browser tab's share. */
export const DEFAULT_MEMORY_BYTES = 192 * 1024 * 1024;

export class TelemetryService {
  /** The one memory budget every cache below shares (bytes, least recently used first out). */
  readonly memory: MemoryBudget;
  /** Query → scenario → cached simulation: where every answer starts. */
  readonly simulations: Simulations;
  readonly air: AirService;
  readonly energy: EnergyService;
  readonly mobility: MobilityService;
  readonly live: LiveService;
  readonly weather: WeatherService;
  readonly lab: LabService;

  constructor(cities: readonly City[], options: TelemetryServiceOptions = {}) {
    this.memory = new MemoryBudget(options.memoryBytes ?? DEFAULT_MEMORY_BYTES);
    const byId = new Map(cities.map((city) => [city.id, city]));
    this.simulations = new Simulations(byId, this.memory);
    this.air = new AirService(this.simulations, this.memory);
    this.energy = new EnergyService(this.simulations, this.memory);
    this.mobility = new MobilityService(this.simulations, this.memory);
    this.live = new LiveService(this.simulations, this.air, this.memory, this.energy);
    this.weather = new WeatherService(this.simulations);
    this.lab = new LabService(this.simulations, byId, this.air, this.mobility, this.memory);
  }

  // One method per JSON route (the engine threads' method table and the web app's mocks call them).
  weatherHourly: WeatherService['hourly'] = (q, nowMs) => this.weather.hourly(q, nowMs);
  airReadings: AirService['readings'] = (q, nowMs) => this.air.readings(q, nowMs);
  airAqi: AirService['aqi'] = (q, nowMs) => this.air.aqi(q, nowMs);
  airHourly: AirService['hourly'] = (q, nowMs) => this.air.hourly(q, nowMs);
  airDaily: AirService['daily'] = (q, nowMs) => this.air.daily(q, nowMs);
  meters: EnergyService['meters'] = (q) => this.energy.meters(q);
  meterReadings: EnergyService['readings'] = (q, nowMs) => this.energy.readings(q, nowMs);
  energySummary: EnergyService['summary'] = (q, nowMs) => this.energy.summary(q, nowMs);
  network: MobilityService['network'] = (q) => this.mobility.network(q);
  segments: MobilityService['segments'] = (q, nowMs) => this.mobility.segments(q, nowMs);
  corridorFlow: MobilityService['corridorFlow'] = (q, nowMs) => this.mobility.corridorFlow(q, nowMs);
  vehicles: MobilityService['vehicles'] = (q, nowMs) => this.mobility.vehicles(q, nowMs);
  signals: MobilityService['signals'] = (q, nowMs) => this.mobility.signals(q, nowMs);
  events: MobilityService['events'] = (q, nowMs) => this.mobility.events(q, nowMs);
  bsmSample: MobilityService['bsmSample'] = (q, nowMs) => this.mobility.bsmSample(q, nowMs);
  snapshot: LiveService['snapshot'] = (q, nowMs) => this.live.snapshot(q, nowMs);
  streamFrame: LiveService['streamFrame'] = (q, nowMs) => this.live.streamFrame(q, nowMs);
  labScorecard: LabService['scorecard'] = (q, nowMs) => this.lab.scorecard(q, nowMs);
  /** One scenario's scorecard, its parts computed here. */
  labScenario = (q: LabScenarioQuery, _nowMs: number) => this.lab.scenario(q);
  /** One part of a comparison (the server spreads a comparison's parts over its engine threads). */
  labPart = (q: LabPartQuery, _nowMs: number) => this.lab.part(q);
}
