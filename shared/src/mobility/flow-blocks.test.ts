import { describe, expect, it } from 'vitest';
import { HOUR_MS } from '../common/time';
import { createSimulation } from '../simulation/create-simulation';
import { testCity } from '../test-support/test-city';
import { FlowBlocks } from './flow-blocks';
import { safetyEvents } from './safety-events';
import { segmentFlowColumns } from './segment-flow';

/** A labelled window `[from, to)` as epoch milliseconds, for `it.each`. */
const window = (label: string, from: string, to: string) => [label, Date.parse(from), Date.parse(to)] as const;

describe('FlowBlocks', () => {
  const sim = createSimulation(testCity, {});
  const seeded = createSimulation(testCity, { seed: 5 });

  it.each([
    window('inside one hour', '2026-07-15T21:05:00Z', '2026-07-15T21:35:00Z'),
    window('across hours, unaligned', '2026-07-15T19:17:00Z', '2026-07-15T22:43:30Z'),
  ])('assembles exactly the per-minute flow the engine gives for the whole window (%s)', (_, fromMs, toMs) => {
    const assembled = new FlowBlocks().columns(sim, 'k', fromMs, toMs);
    const direct = segmentFlowColumns(sim, fromMs, toMs);
    expect(assembled.fromMs).toBe(direct.fromMs);
    expect(assembled.minutes).toBe(direct.minutes);
    expect(Array.from(assembled.volume)).toEqual(Array.from(direct.volume));
    expect(Array.from(assembled.traversals)).toEqual(Array.from(direct.traversals));
    expect(Array.from(assembled.stops)).toEqual(Array.from(direct.stops));
    const largestGap = assembled.travelTimeSumS.reduce(
      (gap, value, i) => Math.max(gap, Math.abs(value - (direct.travelTimeSumS[i] as number))),
      0,
    );
    expect(largestGap).toBeLessThan(1e-6);
    expect(direct.volume.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
  });

  it.each([
    window('across hours, unaligned', '2026-07-15T19:17:00Z', '2026-07-15T22:43:30.5Z'),
    window('a whole day', '2026-07-15T04:00:00Z', '2026-07-16T04:00:00Z'),
  ])('gives exactly the safety events the engine gives for the window (%s)', (_, fromMs, toMs) => {
    const direct = safetyEvents(seeded, fromMs, toMs);
    expect(direct.length).toBeGreaterThan(0);
    expect(new FlowBlocks().events(seeded, 'k', fromMs, toMs)).toEqual(direct);
  });

  it('computes an hour to the bit the same alone as inside a run of hours built in one pass', () => {
    const from = Date.parse('2026-07-15T19:00:00Z');
    const run = new FlowBlocks();
    const runCols = run.columns(seeded, 'k', from, from + 4 * HOUR_MS);
    const runEvents = run.events(seeded, 'k', from, from + 4 * HOUR_MS);
    const alone = new FlowBlocks();
    const hourCols = [0, 1, 2, 3].map((h) => alone.columns(seeded, 'k', from + h * HOUR_MS, from + (h + 1) * HOUR_MS));
    const hourEvents = [0, 1, 2, 3].flatMap((h) => alone.events(seeded, 'k', from + h * HOUR_MS, from + (h + 1) * HOUR_MS));
    const segments = seeded.network.segments.length;
    for (const column of ['volume', 'travelTimeSumS', 'traversals', 'stops'] as const) {
      const split = Array.from({ length: segments }, (_, s) =>
        hourCols.flatMap((c) => Array.from(c[column].subarray(s * 60, s * 60 + 60))),
      );
      expect(Array.from(runCols[column])).toEqual(split.flat());
    }
    expect(runEvents.length).toBeGreaterThan(0);
    expect(runEvents).toEqual(hourEvents);
  });
});
