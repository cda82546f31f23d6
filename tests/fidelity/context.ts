/**
 * What the fidelity statistics read: the default scenario's simulation and, each computed once on
 * first use (and timed, for the report), the data sets the statistics of an area share.
 */
import { type City, createSimulation, type Scenario, ScenarioSchema, type Simulation } from '@sandbox/shared';
import { loadCity } from '../support/city';
import {
  collectInversionParkPm,
  collectNearRoadMonitor,
  collectNearRoadProbes,
  collectSmokeEpisode,
  type NearRoadProbes,
  type SmokeEpisode,
} from './collect/air-episodes';
import { type AirYear, collectAirYear, type StationYear } from './collect/air-year';
import { collectEnergyYear, type EnergyYear } from './collect/energy-year';
import { collectMobilityWeek, type MobilityWeek } from './collect/mobility-week';
import { collectClimatology, collectWeatherYear, type WeatherYear } from './collect/weather-year';
import type { Statistic } from './framework';

export interface FidelityContext {
  city: City;
  scenario: Scenario;
  sim: Simulation;
  /** The calendar year simulated (the default scenario's). */
  year: number;
  air(): AirYear;
  /** A virtual near-road monitor's year (30 m from the I-70/I-71 split). */
  nearRoadMonitor(): StationYear;
  weather(): WeatherYear;
  /** Hourly temperatures of the 30 years ending with the default year, sorted (ASHRAE-style percentiles). */
  climatology(): Float64Array;
  energy(): EnergyYear;
  mobility(): MobilityWeek;
  /** The simulation the mobility week ran on (a larger trip store, same scenario). */
  mobilitySim(): Simulation;
  smoke(): SmokeEpisode;
  inversionParkPm(): number;
  probes(): NearRoadProbes;
  /** Seconds each data set took, by name, in the order they were first asked for. */
  timings: Map<string, number>;
}

export type FidelityStatistic = Statistic<FidelityContext>;

/** Years of weather behind the design-temperature figure (ASHRAE's percentiles come from about 25–30 years). */
const CLIMATOLOGY_YEARS = 30;

/** Trip store for the mobility week: a whole day of trips (about 300 MB today) stays built between the flow and the fleet passes. */
const MOBILITY_TRIP_STORE_BYTES = 2 ** 30;

export function createFidelityContext(cityId = 'columbus'): FidelityContext {
  const city = loadCity(cityId);
  const scenario = ScenarioSchema.parse({ city: cityId });
  const sim = createSimulation(city, scenario);
  const year = Number(scenario.start.slice(0, 4));
  const timings = new Map<string, number>();
  const once = <T>(name: string, build: () => T): (() => T) => {
    let value: T | undefined;
    let built = false;
    return () => {
      if (!built) {
        const started = performance.now();
        value = build();
        built = true;
        timings.set(name, (performance.now() - started) / 1000);
      }
      return value as T;
    };
  };
  const mobilitySim = once('mobility simulation', () => createSimulation(city, scenario, { tripStoreBytes: MOBILITY_TRIP_STORE_BYTES }));
  const air = once('air year', () => collectAirYear(sim, year));
  return {
    city,
    scenario,
    sim,
    year,
    air,
    nearRoadMonitor: once('near-road monitor', () => collectNearRoadMonitor(city, scenario, air(), year)),
    weather: once('weather year', () => collectWeatherYear(sim, year)),
    climatology: once('weather climatology', () => collectClimatology(sim, year, CLIMATOLOGY_YEARS)),
    energy: once('energy year', () => collectEnergyYear(city, scenario, sim, year)),
    mobility: once('mobility week', () => collectMobilityWeek(mobilitySim())),
    mobilitySim,
    smoke: once('smoke episode', () => collectSmokeEpisode(city, scenario)),
    inversionParkPm: once('inversion episode', () => collectInversionParkPm(city, scenario)),
    probes: once('near-road probes', () => collectNearRoadProbes(city, scenario)),
    timings,
  };
}
