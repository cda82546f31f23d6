/**
 * `createSimulation(city, scenario)`: everything that does not depend on time, computed once —
 * compiled levers and fault windows, the weather cache, the road network with signal plans, traffic
 * keys, stations with their nearby road segments, and the meter population. Every stream function
 * takes this context and a time window and is otherwise pure.
 */
import { buildAirModel } from '../air/model';
import type { City } from '../city/schemas';
import { buildMeterPopulation, type MeterPopulation, populationBytes } from '../energy/population';
import { buildTrafficModel } from '../mobility/demand';
import { buildNetwork } from '../mobility/network';
import { buildSignalPlans } from '../mobility/signals';
import { TripStore } from '../mobility/trip-store';
import { type Scenario, type ScenarioInput, ScenarioSchema } from '../scenario/schemas';
import { type EpisodeWindow, WeatherCache } from '../weather/engine';
import type { SimFault, SimLevers, Simulation } from './simulation';

function windowOf(w: { from: string; to: string } | undefined, magnitude: number): EpisodeWindow | undefined {
  return w ? { fromMs: Date.parse(w.from), toMs: Date.parse(w.to), magnitude } : undefined;
}

/** Parses the scenario (defaults filled in) and turns lever windows into milliseconds. */
export function compileLevers(scenario: Scenario): SimLevers {
  const l = scenario.levers;
  return {
    evShare: l.evShare,
    evTimeOfUse: l.evTimeOfUse,
    heatWave: windowOf(l.heatWave, l.heatWave?.deltaC ?? 0),
    smoke: windowOf(l.wildfireSmoke, l.wildfireSmoke?.intensity ?? 0),
    inversion: windowOf(l.inversion, l.inversion?.intensity ?? 0),
    demandResponse: windowOf(l.demandResponse, l.demandResponse?.depth ?? 0),
    signalRetiming: l.signalRetiming,
    transitSignalPriority: l.transitSignalPriority,
    connectedShare: l.connectedShare,
    bsmRateHz: l.bsmRateHz,
  };
}

export interface SimulationOptions {
  /** Cap of the simulation's trip store, bytes (default `DEFAULT_TRIP_STORE_BYTES`). */
  tripStoreBytes?: number;
  /**
   * Told when the meter population is built (on first use) with its bytes and a way to drop it again
   * (it is then rebuilt, identically, if asked for): a memory budget accounts for it.
   */
  onMeters?: (bytes: number, release: () => void) => void;
}

/**
 * Builds the simulation context for a city and a scenario (parsed with defaults if given as input).
 * Cost: a few ms; the meter population (~10 ms per 10,000 meters) is built when first read, since
 * the air and mobility streams never read it. Caches inside are bounded (the trip store in bytes)
 * and deterministic.
 */
export function createSimulation(city: City, scenarioInput: ScenarioInput | Scenario = {}, options: SimulationOptions = {}): Simulation {
  const scenario = ScenarioSchema.parse({ city: city.id, ...scenarioInput });
  const levers = compileLevers(scenario);
  const faults: SimFault[] = scenario.faults.map((f) => ({ ...f, fromMs: Date.parse(f.from), toMs: Date.parse(f.to) }));
  const weather = new WeatherCache({
    site: { timeZone: city.timezone, climate: city.climate, location: city.center },
    seed: scenario.seed,
    episodes: { heatWave: levers.heatWave, smoke: levers.smoke, inversion: levers.inversion },
  });
  const network = buildNetwork(city);
  const signalPlans = buildSignalPlans(network);
  const partial = { city, scenario, seed: scenario.seed, timeZone: city.timezone, levers, faults, weather, network, signalPlans };
  const traffic = buildTrafficModel(partial, new TripStore(options.tripStoreBytes));
  const air = buildAirModel(partial);
  let meters: MeterPopulation | undefined;
  return {
    ...partial,
    traffic,
    air,
    get meters(): MeterPopulation {
      if (!meters) {
        const built = buildMeterPopulation(partial);
        meters = built;
        options.onMeters?.(populationBytes(built), () => {
          if (meters === built) meters = undefined;
        });
      }
      return meters;
    },
  };
}
