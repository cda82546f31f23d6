import type { CorridorFlow } from '@sandbox/shared/mobility/api-schemas';
import { describe, expect, it } from 'vitest';
import { corridorLines, latestValue } from './corridor-lines';

const time = [0, 300_000, 600_000];
const flow: CorridorFlow = {
  city: 'testville',
  seed: 1,
  from: '2026-07-15T14:00:00.000Z',
  to: '2026-07-15T14:15:00.000Z',
  resolution: '5m',
  bucketS: 300,
  directions: [
    {
      id: 'main-st-nb',
      corridorId: 'main-st',
      direction: 'nb',
      lengthM: 11_000,
      speedLimitMps: 15.56,
      freeFlowTravelTimeS: 707,
      segments: 3,
    },
    {
      id: 'main-st-sb',
      corridorId: 'main-st',
      direction: 'sb',
      lengthM: 11_000,
      speedLimitMps: 15.56,
      freeFlowTravelTimeS: 707,
      segments: 3,
    },
  ],
  series: [
    { id: 'main-st-nb', metric: 'speedMps', unit: 'm/s', time, value: [10, null, 12.5] },
    { id: 'main-st-nb', metric: 'travelTimeS', unit: 's', time, value: [1100, null, 880] },
    { id: 'main-st-sb', metric: 'speedMps', unit: 'm/s', time, value: [11, 11, null] },
    { id: 'main-st-sb', metric: 'travelTimeS', unit: 's', time, value: [1000, 1000, null] },
  ],
};
const labels = { direction: (d: string) => d.toUpperCase(), reference: 'Limit' };

describe('corridorLines', () => {
  it('draws speed in km/h per direction with the speed limit as a dashed reference', () => {
    const lines = corridorLines(flow, 'speedMps', labels);
    expect(lines.map((l) => [l.key, l.label, l.dashed ?? false])).toEqual([
      ['main-st-nb', 'NB', false],
      ['main-st-sb', 'SB', false],
      ['reference', 'Limit', true],
    ]);
    expect(lines[0]?.series.value).toEqual([36, null, 45]);
    expect(lines[2]?.series.value.map((v) => Math.round((v ?? 0) * 10) / 10)).toEqual([56, 56, 56]);
  });

  it('draws travel time in minutes against the free-flow time', () => {
    const lines = corridorLines(flow, 'travelTimeS', labels);
    expect(lines[1]?.series.value).toEqual([1000 / 60, 1000 / 60, null]);
    expect(lines[2]?.series.value[0]).toBeCloseTo(707 / 60, 6);
  });

  it('has no reference line for volume and no line for a metric the answer lacks', () => {
    expect(corridorLines(flow, 'volumeVph', labels)).toEqual([]);
  });
});

describe('latestValue', () => {
  it('is the last value that is not null', () => {
    expect(latestValue(flow.series[2])).toBe(11);
    expect(latestValue(undefined)).toBeNull();
  });
});
