import { describe, expect, it } from 'vitest';
import { createSimulation } from '../simulation/create-simulation';
import { testCity } from '../test-support/test-city';
import { AirBlocks } from './air-blocks';
import { airSeries } from './engine';

describe('AirBlocks', () => {
  const sim = createSimulation(testCity, {});
  it('assembles exactly the minutes the engine gives for the whole window', () => {
    const from = Date.parse('2026-07-15T10:17:00Z');
    const to = Date.parse('2026-07-15T13:43:00Z');
    const blocks = new AirBlocks();
    const assembled = blocks.columns(sim, 'k', 'north-park', from, to, ['pm25UgM3', 'ozonePpb']);
    const direct = airSeries(sim, 'north-park', from, to);
    expect(assembled.count).toBe(direct.count);
    expect(Array.from(assembled.values.pm25UgM3 ?? [])).toEqual(Array.from(direct.pm25UgM3));
    expect(Array.from(assembled.values.ozonePpb ?? [])).toEqual(Array.from(direct.ozonePpb));
  });
});
