/**
 * Every bundled city through the built server's downloads and its live stream: each CSV export
 * answers with its header and rows of that city's own stations, meters and segments, the Green Button
 * file of one of its meters is a feed, and the stream's first frame carries its stations.
 */
import type { City, CitySummary } from '@sandbox/shared';
import { MINUTE_MS } from '@sandbox/shared/common/time';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../support/server';
import { readEvents } from '../support/sse';

const WINDOW = 'from=2026-07-15T21:00:00Z&to=2026-07-15T21:10:00Z';
/** Each download and the column that names the city's own entity (none for the ground truth). */
const EXPORTS = [
  ['air', 'station_id'],
  ['air-hourly', 'station_id'],
  ['meters', 'meter_id'],
  ['load', 'group_id'],
  ['segments', 'segment_id'],
  ['events', 'corridor_id'],
  ['bsm', undefined],
  ['truth', undefined],
] as const;

let server: RunningServer;
let cities: CitySummary[] = [];
beforeAll(async () => {
  server = await startServer({ RATE_LIMIT_PER_MINUTE: '0' });
  cities = (await (await fetch(`${server.url}/api/cities`)).json()) as CitySummary[];
});
afterAll(async () => {
  await server?.stop();
});

const get = (path: string) => fetch(`${server.url}${path}`);

describe('every bundled city over HTTP', () => {
  it('has more than one city to check', () => {
    expect(cities.length).toBeGreaterThanOrEqual(3);
  });

  it('downloads every CSV export with rows of its own places', async () => {
    for (const summary of cities) {
      const city = (await (await get(`/api/cities/${summary.id}`)).json()) as City;
      const own: Record<string, Set<string>> = {
        station_id: new Set(city.stations.map((s) => s.id)),
        group_id: new Set(city.districts.map((d) => d.id)),
        corridor_id: new Set(city.corridors.map((c) => c.id)),
      };
      for (const [file, column] of EXPORTS) {
        const label = `${summary.id} ${file}`;
        const response = await get(`/api/export/${file}.csv?city=${summary.id}&${WINDOW}`);
        expect(response.status, label).toBe(200);
        const [header = '', ...rows] = (await response.text()).trim().split('\n');
        if (file !== 'truth') expect(rows.length, label).toBeGreaterThan(0);
        if (!column) continue;
        const at = header.split(',').indexOf(column);
        expect(at, label).toBeGreaterThanOrEqual(0);
        for (const row of rows.slice(0, 50)) {
          const id = row.split(',')[at] ?? '';
          if (column === 'meter_id')
            expect(
              city.districts.some((d) => id.startsWith(`${d.id}-`)),
              `${label} ${id}`,
            ).toBe(true);
          else if (column === 'segment_id')
            expect(
              city.corridors.some((c) => id.startsWith(`${c.id}-`)),
              `${label} ${id}`,
            ).toBe(true);
          else expect(own[column]?.has(id), `${label} ${id}`).toBe(true);
        }
      }
    }
  }, 120_000);

  it(
    'exports a Green Button feed of one of its meters',
    async () => {
      for (const summary of cities) {
        const meters = (await (await get(`/api/energy/meters?city=${summary.id}&limit=1`)).json()) as { meters: Array<{ id: string }> };
        const meter = meters.meters[0]?.id;
        expect(meter, summary.id).toBeTruthy();
        const response = await get(`/api/export/greenbutton.xml?city=${summary.id}&meter=${meter}&${WINDOW}`);
        expect(response.status, summary.id).toBe(200);
        expect(await response.text(), summary.id).toContain('<feed');
      }
    },
    MINUTE_MS,
  );

  it(
    "streams frames carrying the city's own stations",
    async () => {
      for (const summary of cities) {
        const city = (await (await get(`/api/cities/${summary.id}`)).json()) as City;
        const events = await readEvents(await get(`/api/stream?city=${summary.id}&frames=1`), 1);
        const frame = JSON.parse(events.find((e) => e.event === 'frame')?.data ?? '{}') as {
          air?: { stations: Array<{ stationId: string }> };
        };
        const stations = (frame.air?.stations ?? []).map((s) => s.stationId);
        expect(stations.sort(), summary.id).toEqual(city.stations.map((s) => s.id).sort());
      }
    },
    MINUTE_MS,
  );
});
