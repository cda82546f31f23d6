import { describe, expect, it } from 'vitest';
import { MemoryBudget } from '../common/memory-budget';
import { populationBytes } from '../energy/population';
import { testCity } from '../test-support/test-city';
import { Simulations } from './simulations';

const cities = new Map([[testCity.id, testCity]]);

describe('Simulations', () => {
  it('builds a scenario’s meters only when they are read, and counts them in the budget from then on', () => {
    const memory = new MemoryBudget(64 * 1024 * 1024);
    const { sim } = new Simulations(cities, memory).forQuery({ city: testCity.id, seed: 2 });
    sim.network.segments.forEach(() => {});
    expect(memory.usage().meters).toBeUndefined();
    const meters = sim.meters;
    expect(meters.count).toBeGreaterThan(0);
    expect(memory.usage().meters).toEqual({ entries: 1, bytes: populationBytes(meters) });
    expect(sim.meters).toBe(meters);
  });

  it('drops the meters when the budget needs their room, and builds the same meters again when read', () => {
    const memory = new MemoryBudget(64 * 1024 * 1024);
    const simulations = new Simulations(cities, memory);
    const { sim } = simulations.forQuery({ city: testCity.id, seed: 2 });
    const first = sim.meters;
    // Something larger than what is left pushes the least recently used entries out, the meters first.
    memory.cache<number>('filler', (bytes) => bytes).set('big', memory.maxBytes - 100);
    expect(memory.usage().meters).toBeUndefined();
    const again = sim.meters;
    expect(again).not.toBe(first);
    expect(Array.from(again.keys)).toEqual(Array.from(first.keys));
    expect(Array.from(again.size)).toEqual(Array.from(first.size));
    expect(memory.usage().meters?.entries).toBe(1);
  });
});
