/**
 * `maxPoints` on every route that takes it, property-style: for each allowed value tried (the
 * smallest, 2, among them: it was accepted and ignored), each series holds at most that many points,
 * says it is a sample when it holds fewer than its data, keeps its first time, only times of the
 * full series and no gap the data does not have. Routes are found from the contract, so a new route
 * with `maxPoints` is checked without being listed here.
 */
import { fileURLToPath } from 'node:url';
import { contract, exampleUrl, MINUTE_MS, type RouteContract, type Series } from '@sandbox/shared';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { useTestApp } from '../test/test-app';

// The repository's own data (Columbus): the contract's examples name its stations, meters and corridors.
const app = useTestApp({ DATA_DIR: fileURLToPath(new URL('../../../data/', import.meta.url)), RATE_LIMIT_PER_MINUTE: '0' });

const takesMaxPoints = (route: RouteContract) => route.query instanceof z.ZodObject && 'maxPoints' in route.query.shape;
const routes = (Object.values(contract) as RouteContract[]).filter(takesMaxPoints);

/** A window with a bench outage, so thinning meets gaps (nulls) too. */
const dropout = encodeURIComponent(
  JSON.stringify([{ kind: 'dropout', from: '2026-07-15T06:00:00Z', to: '2026-07-15T07:30:00Z', stationId: 'linden-park-bench' }]),
);
/** A route's example without its own maxPoints: the full answer, which each try is checked against. */
function fullUrl(route: RouteContract): string {
  const { maxPoints: _, ...query } = route.example.query ?? {};
  return exampleUrl({ ...route, example: { ...route.example, query } });
}
const urls = [
  ...routes.map(fullUrl),
  `/api/air/readings?city=columbus&station=linden-park-bench&metric=pm25UgM3&from=2026-07-15T04:00:00Z&to=2026-07-15T14:00:00Z&faults=${dropout}`,
];

/** The allowed edge values and a few more from a fixed-seed generator (the same run every time). */
function tries(): number[] {
  let seed = 20260715;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return 4 + (seed % 200);
  };
  return [2, 3, next(), next(), next(), 10_000];
}

const seriesOf = (body: unknown): Series[] => (body as { series: Series[] }).series;
const key = (s: Series) => `${s.id}:${s.metric}`;

describe('maxPoints on every series route', () => {
  it('is taken by the routes the contract says (the list this test covers)', () => {
    expect(routes.map((route) => route.path).sort()).toEqual([
      '/api/air/hourly',
      '/api/air/readings',
      '/api/energy/readings',
      '/api/energy/summary',
      '/api/mobility/corridor-flow',
      '/api/mobility/segments',
    ]);
  });

  it.each(urls)('thins %s honestly for every allowed maxPoints tried', { timeout: MINUTE_MS }, async (url) => {
    const full = await app.get(url);
    expect(full.status, JSON.stringify(full.body)).toBe(200);
    const byKey = new Map(seriesOf(full.body).map((s) => [key(s), s]));
    const corridorFlow = url.startsWith('/api/mobility/corridor-flow');
    for (const maxPoints of tries()) {
      const thin = await app.get(`${url}&maxPoints=${maxPoints}`);
      expect(thin.status, JSON.stringify(thin.body)).toBe(200);
      for (const series of seriesOf(thin.body)) {
        const whole = byKey.get(key(series));
        const label = `${url} maxPoints=${maxPoints} ${key(series)}`;
        if (!whole) throw new Error(`${label}: not in the answer without maxPoints`);
        expect(series.time.length, label).toBeLessThanOrEqual(maxPoints);
        if (whole.time.length > maxPoints) expect(series.sample, label).toBeDefined();
        expect(series.time[0], label).toBe(whole.time[0]);
        const times = new Set(whole.time);
        for (let i = 0; i < series.time.length; i++) {
          expect(times.has(series.time[i] as number), label).toBe(true);
          if (i > 0) expect(series.time[i], label).toBeGreaterThan(series.time[i - 1] as number);
        }
        // No invented gap: a null only where the data has one.
        if (series.value.includes(null)) expect(whole.value.includes(null), label).toBe(true);
        // Two points of a gap-free, thinned (not re-bucketed, not worst-of) series: its first and last.
        if (maxPoints === 2 && !corridorFlow && series.metric !== 'quality' && !whole.value.includes(null) && whole.time.length > 2) {
          expect(series.time, label).toEqual([whole.time[0], whole.time.at(-1)]);
        }
      }
    }
  });
});
