/**
 * The simulations of the scenarios being asked about, under the service's memory budget: every
 * request starts here, turning its scenario fields into the cached simulation (`forQuery`). Each
 * simulation is small (lever windows, weather days); its trip store and its meter population (built
 * when first read: the air and mobility streams never read it) are what grow, and the budget tracks
 * each as an entry of its own, emptying it when it is the least recently used memory. They stay
 * tracked even after their simulation leaves the cache, since a query or stream may still be using
 * them; an orphaned one is only over-counted until it ages out.
 */
import type { City } from '../city/schemas';
import type { BudgetCache, MemoryBudget } from '../common/memory-budget';
import { notFound } from '../common/problem';
import { DEFAULT_TRIP_STORE_BYTES } from '../mobility/trip-store';
import { type ScenarioQuery, scenarioFromQuery, scenarioKey } from '../scenario/query';
import type { Scenario } from '../scenario/schemas';
import { createSimulation } from './create-simulation';
import type { Simulation } from './simulation';

export interface ScenarioSimulation {
  sim: Simulation;
  /** Stable key of the scenario, for caches of anything computed from it. */
  key: string;
}

/** A simulation without its trips and meters: lever windows and weather day blocks (measured ≈ 0.5 MB for Columbus). */
const SIMULATION_BYTES = 1024 * 1024;

export class Simulations {
  private readonly cache: BudgetCache<ScenarioSimulation>;
  private built = 0;

  constructor(
    private readonly cities: ReadonlyMap<string, City>,
    private readonly memory: MemoryBudget,
  ) {
    this.cache = memory.cache<ScenarioSimulation>('simulations', () => SIMULATION_BYTES);
  }

  /** The key of a scenario whose city exists; 404 naming the city otherwise. Builds nothing. */
  keyOf(scenario: Scenario): string {
    this.cityOf(scenario);
    return scenarioKey(scenario);
  }

  /** The simulation of the scenario a query's fields describe; 404 naming the city when it is unknown. */
  forQuery(query: Partial<ScenarioQuery>): ScenarioSimulation {
    return this.get(scenarioFromQuery(query));
  }

  /** The simulation for a scenario; 404 naming the city when it is unknown. */
  get(scenario: Scenario): ScenarioSimulation {
    const key = scenarioKey(scenario);
    return this.cache.getOrCompute(key, () => {
      const city = this.cityOf(scenario);
      // A scenario's trips may take a couple of hours' worth, and at most half the budget: they are
      // the working memory of the computation at hand.
      const tripStoreBytes = Math.min(DEFAULT_TRIP_STORE_BYTES, Math.floor(this.memory.maxBytes / 2));
      const id = `${key}#${++this.built}`;
      // Its meters, once read, are counted on their own like the trips, and dropped the same way.
      const onMeters = (bytes: number, release: () => void) => this.memory.track('meters', id, release).resize(bytes);
      const sim = createSimulation(city, scenario, { tripStoreBytes, onMeters });
      const trips = sim.traffic.trips;
      const tracked = this.memory.track('trips', id, () => trips.clear());
      trips.onResize = (bytes) => tracked.resize(bytes);
      return { sim, key };
    });
  }

  private cityOf(scenario: Scenario): City {
    const city = this.cities.get(scenario.city);
    if (!city) throw notFound(`Unknown city "${scenario.city}"; known cities: ${[...this.cities.keys()].join(', ')}.`, 'city');
    return city;
  }
}
