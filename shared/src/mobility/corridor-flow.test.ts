import { describe, expect, it } from 'vitest';
import { HOUR_MS, MINUTE_MS } from '../common/time';
import { createSimulation } from '../simulation/create-simulation';
import { engineCity } from '../test-support/engine-city';
import { corridorFlowSeries } from './corridor-flow';
import { segmentFlowColumns } from './segment-flow';

const sim = createSimulation(engineCity, { seed: 2 });
const peakFrom = Date.parse('2026-07-14T19:00:00Z'); // Tuesday 15:00 in Columbus
const cols = segmentFlowColumns(sim, peakFrom, peakFrom + 3 * HOUR_MS);
const metrics = ['speedMps', 'travelTimeS', 'volumeVph'] as const;

describe('corridorFlowSeries', () => {
  it('gives each direction of the corridors asked its length, limit and free-flow time', () => {
    const flow = corridorFlowSeries(sim.network, cols, [0], metrics, 5 * MINUTE_MS);
    expect(flow.directions.map((d) => d.id)).toEqual(['high-st-nb', 'high-st-sb']);
    for (const d of flow.directions) {
      expect(d.freeFlowTravelTimeS).toBeCloseTo(d.lengthM / d.speedLimitMps, 0);
      expect(d.segments).toBe(5);
    }
    expect(flow.series).toHaveLength(6);
    expect(flow.series.every((s) => s.time.length === 36)).toBe(true);
  });

  it('sums segment travel times end to end and divides the length by them (space-mean speed)', () => {
    const flow = corridorFlowSeries(sim.network, cols, [0], metrics, HOUR_MS);
    const dir = flow.directions[0];
    const segments = sim.network.directions[0]?.segments ?? [];
    let expected = 0;
    for (const index of segments) {
      let travel = 0;
      let n = 0;
      for (let m = 0; m < 60; m++) {
        travel += cols.travelTimeSumS[index * cols.minutes + m] as number;
        n += cols.traversals[index * cols.minutes + m] as number;
      }
      expected += travel / n;
    }
    const travel = flow.series.find((s) => s.id === dir?.id && s.metric === 'travelTimeS')?.value[0];
    const speed = flow.series.find((s) => s.id === dir?.id && s.metric === 'speedMps')?.value[0];
    expect(travel).toBeCloseTo(expected, 0);
    expect(speed).toBeCloseTo((dir?.lengthM ?? 0) / expected, 1);
    // Signals and traffic: slower than the limit, slower than free flow.
    expect(speed).toBeLessThan(dir?.speedLimitMps ?? 0);
    expect(travel).toBeGreaterThan(dir?.freeFlowTravelTimeS ?? 0);
  });

  it('reports volume as vehicles per hour, the same at any bucket size', () => {
    const fine = corridorFlowSeries(sim.network, cols, [0], ['volumeVph'], 5 * MINUTE_MS).series[0]?.value ?? [];
    const hourly = corridorFlowSeries(sim.network, cols, [0], ['volumeVph'], HOUR_MS).series[0]?.value ?? [];
    const meanOfFirstHour = fine.slice(0, 12).reduce<number>((a, b) => a + (b ?? 0), 0) / 12;
    expect(hourly[0]).toBeGreaterThan(100);
    expect(Math.abs((hourly[0] ?? 0) - meanOfFirstHour)).toBeLessThan(2);
  });

  it('merges whole buckets under maxPoints, so every series keeps the same time axis', () => {
    const flow = corridorFlowSeries(sim.network, cols, [0, 1], metrics, MINUTE_MS, 50);
    expect(flow.bucketMs).toBe(4 * MINUTE_MS);
    const times = flow.series.map((s) => s.time.join());
    expect(new Set(times).size).toBe(1);
    expect(flow.series[0]?.time.length).toBeLessThanOrEqual(50);
  });

  it('leaves a bucket empty (null) when too little of the corridor was driven in it', () => {
    const night = Date.parse('2026-07-15T07:00:00Z');
    const quiet = corridorFlowSeries(sim.network, segmentFlowColumns(sim, night, night + 10 * MINUTE_MS), [0], ['speedMps'], MINUTE_MS);
    const values = quiet.series.flatMap((s) => s.value);
    expect(values.some((v) => v === null)).toBe(true);
    expect(values.every((v) => v === null || v > 0)).toBe(true);
  });
});
