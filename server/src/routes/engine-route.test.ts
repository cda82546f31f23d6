import { describe, expect, it } from 'vitest';
import type { EngineRouteTable } from './engine-route';

describe('the engine route table', () => {
  it('is checked by the compiler: a route answered by a method that does not take its query fails typecheck', () => {
    const right: EngineRouteTable = { airAqi: 'airAqi', mobilitySegments: 'segments' };
    // @ts-expect-error the AQI query has no window, resolution or metric: `segments` cannot answer it
    const wrong: EngineRouteTable = { airAqi: 'segments' };
    expect(Object.keys({ ...right, ...wrong })).toEqual(['airAqi', 'mobilitySegments']);
  });
});
