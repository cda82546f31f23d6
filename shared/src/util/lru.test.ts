import { describe, expect, it } from 'vitest';
import { LruCache } from './lru';

describe('LruCache', () => {
  it('computes once per key and evicts the least recently used beyond capacity', () => {
    const cache = new LruCache<number>(2);
    let computed = 0;
    const get = (key: string) => cache.getOrCompute(key, () => ++computed);
    expect(get('a')).toBe(1);
    expect(get('a')).toBe(1);
    get('b');
    get('a'); // a is now the most recent
    get('c'); // evicts b
    expect(cache.size).toBe(2);
    expect(get('a')).toBe(1);
    expect(get('b')).toBe(4);
  });
});
