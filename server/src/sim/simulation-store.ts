/**
 * Simulation contexts keyed by scenario: building one costs a few milliseconds (meter population,
 * road network, signal plans), so requests and streams for the same scenario share it. Bounded LRU.
 */
import { createSimulation, type Scenario, type Simulation, scenarioKey } from '@sandbox/shared';
import type { CityStore } from '../data/city-store';
import { notFound } from '../plugins/errors';
import { LruCache } from '../util/lru';

export interface ScenarioSimulation {
  sim: Simulation;
  /** Stable key of the scenario, for caches of anything computed from it. */
  key: string;
}

export class SimulationStore {
  private readonly entries: LruCache<ScenarioSimulation>;

  constructor(
    private readonly cities: CityStore,
    capacity = 16,
  ) {
    this.entries = new LruCache(capacity);
  }

  /** The context for a scenario; 404 naming the city when it is unknown. */
  get(scenario: Scenario): ScenarioSimulation {
    const key = scenarioKey(scenario);
    return this.entries.getOrCompute(key, () => {
      const entry = this.cities.get(scenario.city);
      if (!entry)
        throw notFound(
          `Unknown city "${scenario.city}"; known cities: ${this.cities
            .list()
            .map((c) => c.id)
            .join(', ')}.`,
        );
      return { sim: createSimulation(entry.city, scenario), key };
    });
  }
}
