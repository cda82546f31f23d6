import { describe, expect, it } from 'vitest';
import { MemoryBudget } from './memory-budget';

const bytes = (n: number) => new Uint8Array(n);

describe('MemoryBudget', () => {
  it('evicts the least recently used entry of any cache once the bytes pass the budget', () => {
    const budget = new MemoryBudget(1000);
    const a = budget.cache<Uint8Array>('a', (v) => v.byteLength);
    const b = budget.cache<Uint8Array>('b', (v) => v.byteLength);
    a.set('1', bytes(400));
    b.set('1', bytes(400));
    expect(a.get('1')).toBeDefined(); // a/1 is now more recent than b/1
    a.set('2', bytes(400));
    expect(budget.bytes).toBe(800);
    expect(b.get('1')).toBeUndefined();
    expect(a.get('1')?.byteLength).toBe(400);
    expect(a.size).toBe(2);
    expect(b.size).toBe(0);
    expect(budget.evictions).toBe(1);
  });

  it('does not keep a value larger than the whole budget, and still returns it', () => {
    const budget = new MemoryBudget(100);
    const cache = budget.cache<Uint8Array>('a', (v) => v.byteLength);
    expect(cache.getOrCompute('big', () => bytes(101)).byteLength).toBe(101);
    expect(cache.get('big')).toBeUndefined();
    expect(budget.bytes).toBe(0);
  });

  it('counts tracked memory as it grows and calls its owner to free it when evicted', () => {
    const budget = new MemoryBudget(1000);
    let freed = 0;
    const tracked = budget.track('trips', 's1', () => freed++);
    tracked.resize(600);
    const cache = budget.cache<Uint8Array>(
      'a',
      (v) => v.byteLength,
      () => freed--,
    );
    cache.set('x', bytes(300));
    expect(budget.usage()).toEqual({ trips: { entries: 1, bytes: 600 }, a: { entries: 1, bytes: 300 } });
    cache.set('y', bytes(300)); // 1200 > 1000: the tracked store is the oldest
    expect(freed).toBe(1);
    expect(budget.bytes).toBe(600);
    tracked.resize(100); // grows again after eviction: counted anew
    expect(budget.bytes).toBe(700);
    tracked.release();
    expect(budget.bytes).toBe(600);
  });

  it("calls a cache value's eviction hook and empties one cache without touching another", () => {
    const budget = new MemoryBudget(500);
    const evicted: string[] = [];
    const a = budget.cache<string>(
      'a',
      () => 200,
      (v) => evicted.push(v),
    );
    const b = budget.cache<string>('b', () => 200);
    a.set('1', 'one');
    b.set('1', 'uno');
    a.set('2', 'two');
    expect(evicted).toEqual(['one']);
    a.clear();
    expect(a.size).toBe(0);
    expect(b.get('1')).toBe('uno');
    expect(budget.bytes).toBe(200);
  });
});
