import { describe, expect, it } from 'vitest';
import { engineCity } from '../test-support/engine-city';
import { buildNetwork } from './network';
import { drawRoute, exitS, MEAN_RUN_M, routeCoverage, START_ENTRY_PROBABILITY } from './routes';

const network = buildNetwork(engineCity);
/**
 * Draws on a regular grid of midpoints, as fine quadrature: 20 steps for the entry (0.55 falls on a
 * step), 60 for the signal (a multiple of every fixture direction's signal count), 40 for the run.
 */
const grid = (n: number) => Array.from({ length: n }, (_, k) => (k + 0.5) / n);
const draws = grid(20).flatMap((a) => grid(60).flatMap((b) => grid(40).map((c) => [a, b, c] as const)));

describe('trip routes along a direction', () => {
  it('pass at least one signal and leave just past the last one they reach', () => {
    for (const dir of network.directions) {
      const bad = draws.filter(([a, b, c]) => {
        const route = drawRoute(dir, a, b, c);
        const n = dir.stopS.length;
        return !(route.lastLeg > Math.min(route.firstLeg, n - 1) && route.lastLeg <= n && exitS(dir, route.lastLeg) > route.s0);
      });
      expect(bad).toEqual([]);
    }
  });

  it('enter at the corridor start as often as stated', () => {
    const dir = network.directions[0];
    if (!dir) throw new Error('no direction');
    const fromStart = draws.filter(([a, b, c]) => drawRoute(dir, a, b, c).firstLeg === 0).length;
    expect(fromStart / draws.length).toBeCloseTo(START_ENTRY_PROBABILITY, 1);
  });

  it('cover on average the share of segments the demand model divides by', () => {
    for (const dir of network.directions) {
      let counted = 0;
      for (const [a, b, c] of draws) {
        const { firstLeg, lastLeg } = drawRoute(dir, a, b, c);
        // Counted on segments firstLeg … lastLeg - 1, and on the end segment when it runs to the end.
        counted += lastLeg - firstLeg + (lastLeg >= dir.stopS.length && firstLeg < dir.stopS.length ? 1 : 0);
        if (firstLeg >= dir.stopS.length) counted += 1;
      }
      expect(counted / draws.length / dir.segments.length).toBeCloseTo(routeCoverage(dir), 2);
    }
  });

  it('run farther when the mean run is longer than the corridor: most reach the end', () => {
    const dir = network.directions[0];
    if (!dir) throw new Error('no direction');
    const toEnd = draws.filter(([a, b, c]) => drawRoute(dir, a, b, c).lastLeg === dir.stopS.length).length;
    // P(run > corridor length) from the start is exp(-length / MEAN_RUN_M); entries further along do better.
    expect(toEnd / draws.length).toBeGreaterThan(Math.exp(-dir.length / MEAN_RUN_M) * START_ENTRY_PROBABILITY);
  });
});
