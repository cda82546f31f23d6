/**
 * The simulations of the scenarios being asked about, under the service's memory budget: every
 * request starts here, turning its scenario fields into the cached simulation (`forQuery`). Each
 * simulation is small (its meter population, lever windows, weather days); its trip store is what
 * grows, and the budget tracks that store as an entry of its own, emptying it when it is the least
 * recently used memory. The store stays tracked even after its simulation leaves the cache, since a
 * query or stream may still be using it; an orphaned store is only over-counted until it ages out.
 */
import type { City } from '../city/schemas';
import type { BudgetCache, MemoryBudget } from '../common/memory-budget';
import { notFound } from '../common/problem';
import { populationBytes } from '../energy/population';
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

/** A simulation without its trips and meter columns: lever windows and weather day blocks (measured ≈ 0.5 MB for Columbus). */
const SIMULATION_BYTES = 1024 * 1024;

export class Simulations {
  private readonly cache: BudgetCache<ScenarioSimulation>;
  private built = 0;

  constructor(
    private readonly cities: ReadonlyMap<string, City>,
    private readonly memory: MemoryBudget,
  ) {
    this.cache = memory.cache<ScenarioSimulation>('simulations', ({ sim }) => SIMULATION_BYTES + populationBytes(sim.meters));
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
      const sim = createSimulation(city, scenario, { tripStoreBytes });
      const trips = sim.traffic.trips;
      const tracked = this.memory.track('trips', `${key}#${++this.built}`, () => trips.clear());
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
