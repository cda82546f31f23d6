/**
 * Input at the edges of what the API accepts: instants at and past the representable time range
 * (query parameters, interval levers, the stream's Last-Event-ID header). Inside the range the
 * answer is data; outside it a 400 naming the parameter, never a 500.
 */
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../test/test-app';

const app = useTestApp();

const city = 'city=testville';

/** The 400 a query gets, in the one error shape (the test fails on any other status or shape). */
const refusal = (path: string, query: string) => app.refusal(`${path}?${city}&${query}`, 400);

describe('instants outside the representable time range', () => {
  it.each([
    ['/api/air/daily', 'asOf=9999-12-31T23:59:59Z', 'asOf'],
    ['/api/air/daily', 'asOf=1969-12-31T23:59:59Z', 'asOf'],
    ['/api/air/daily', 'from=9999-12-01&to=9999-12-31', 'from'],
    ['/api/air/daily', 'to=0000-01-01', 'to'],
    ['/api/air/hourly', 'from=1969-12-31T00:00:00Z', 'from'],
    ['/api/air/readings', 'to=2200-01-01T00:00:01Z', 'to'],
    ['/api/air/aqi', 'at=9999-12-31T23:59:59Z', 'at'],
    ['/api/snapshot', 'at=2999-01-01T00:00:00Z', 'at'],
    ['/api/stream', 'start=9999-12-31T23:59:59Z', 'start'],
    ['/api/export/meters.csv', 'from=2199-12-31T00:00:00Z&to=2200-01-02T00:00:00Z', 'to'],
    ['/api/energy/summary', 'heatWave=2026-07-14T00:00:00Z/9999-12-31T00:00:00Z', 'heatWave'],
  ])('GET %s?%s answers 400 naming %s', async (path, query, field) => {
    const body = await refusal(path, query);
    expect(body.issues?.map((issue) => issue.path)).toContain(field);
    expect(body.message).toContain(field);
  });

  it.each(['9999999999999999', '8640000000000001', '7258118400001'])(
    'GET /api/stream with Last-Event-ID %s answers 400 naming the header',
    async (id) => {
      const body = await app.refusal({ url: `/api/stream?${city}`, headers: { 'last-event-id': id } }, 400);
      expect(body.message).toContain('Last-Event-ID');
      expect(body.issues).toEqual([{ path: 'Last-Event-ID', message: expect.stringContaining('2200-01-01T00:00:00Z') }]);
    },
  );

  it.each([
    '/api/air/daily?asOf=1970-01-01T00:00:00Z',
    '/api/air/daily?asOf=2200-01-01T00:00:00Z',
    '/api/air/daily?from=2199-12-01&to=2200-01-01',
    '/api/air/hourly?from=1970-01-01T00:00:00Z',
    '/api/air/aqi?at=2200-01-01T00:00:00Z',
    '/api/snapshot?at=1970-01-01T00:00:00Z',
  ])('GET %s, at the edge of the range, answers with data', async (url) => {
    const res = await app.inject(`${url}&${city}`);
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
  });
});

describe('numbers in the query string', () => {
  it.each([
    ['/api/air/aqi', 'seed=', 'seed'],
    ['/api/air/aqi', 'seed=0x10', 'seed'],
    ['/api/air/aqi', 'seed=%207', 'seed'],
    ['/api/air/hourly', 'maxPoints=0x20', 'maxPoints'],
    ['/api/air/hourly', 'maxPoints=', 'maxPoints'],
    ['/api/energy/meters', 'limit=', 'limit'],
    ['/api/energy/meters', 'offset=0b1', 'offset'],
    ['/api/mobility/events', 'limit=0x10', 'limit'],
    ['/api/stream', 'speed=0x10', 'speed'],
    ['/api/stream', 'intervalMs=', 'intervalMs'],
    ['/api/air/aqi', 'evShare=0x1', 'evShare'],
    ['/api/air/aqi', 'bsmRateHz=', 'bsmRateHz'],
    ['/api/weather/hourly', 'seed=', 'seed'],
  ])('GET %s?%s answers 400 naming %s', async (path, query, field) => {
    const body = await refusal(path, query);
    expect(body.issues?.map((issue) => issue.path)).toEqual([field]);
  });

  it('reads plain decimal numbers, and the default when the parameter is left out', async () => {
    expect((await app.inject(`/api/air/aqi?${city}&seed=16`)).json().seed).toBe(16);
    expect((await app.inject(`/api/air/aqi?${city}`)).json().seed).toBe(1);
  });
});
