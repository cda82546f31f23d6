import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  BasemapSchema,
  CitySchema,
  CitySummarySchema,
  cityJsonSchema,
  HealthSchema,
  HourlyWeatherSchema,
  ReadySchema,
} from '@sandbox/shared';
import { testCity } from '@sandbox/shared/test-support/test-city';
import { describe, expect, it } from 'vitest';
import { buildApp } from './app';
import { loadConfig } from './config';
import { MAX_SHOWN_PROBLEMS } from './data/city-store';
import { writeDataDir } from './test/build-test-app';
import { expectBootRefusal, useTestApp } from './test/test-app';

const app = useTestApp();

describe('GET /api/health', () => {
  it('reports ok, the version and the uptime', async () => {
    const res = await app.inject('/api/health');
    expect(res.statusCode).toBe(200);
    const body = HealthSchema.parse(res.json());
    expect(body.version).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('GET /api/ready', () => {
  it('is ready on the embedded store', async () => {
    const res = await app.inject('/api/ready');
    expect(res.statusCode).toBe(200);
    expect(ReadySchema.parse(res.json())).toEqual({ status: 'ready', store: 'sqlite' });
  });
});

describe('GET /api/cities', () => {
  it('lists the cities with their counts', async () => {
    const res = await app.inject('/api/cities');
    const [city] = CitySummarySchema.array().parse(res.json());
    expect(city).toMatchObject({ id: 'testville', stations: 3, corridors: 2, meters: 52 });
  });

  it('serves one city that parses with the shared schema', async () => {
    const res = await app.inject('/api/cities/testville');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/application\/json/);
    expect(CitySchema.parse(res.json())).toEqual(testCity);
  });

  it('serves the basemap with the district outlines merged in', async () => {
    const res = await app.inject('/api/cities/testville/basemap');
    const basemap = BasemapSchema.parse(res.json());
    expect(basemap.features.filter((f) => f.properties.kind === 'district').map((f) => f.properties.name)).toEqual(['North', 'South']);
    expect(basemap.features.some((f) => f.properties.name === 'Test River')).toBe(true);
  });

  it('publishes the city file format as JSON Schema, every assumption described (not a city called "schema")', async () => {
    const res = await app.inject('/api/cities/schema');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/application\/json/);
    const schema = res.json();
    expect(schema).toEqual(cityJsonSchema());
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.properties.timezone.description).toContain('IANA');
    expect(schema.properties.climate.properties.monthly.description).toContain('NOAA');
  });

  it('answers an unknown city with a 404 naming it', async () => {
    expect((await app.refusal('/api/cities/atlantis', 404)).message).toContain('"atlantis"');
  });

  it('rejects a malformed city id with a 400 naming the parameter', async () => {
    const body = await app.refusal('/api/cities/NOT%20A%20SLUG', 400);
    expect(body.message).toContain('path parameter "city"');
    expect(body.issues?.[0]?.path).toBe('city');
  });
});

describe('GET /api/weather/hourly', () => {
  it('gives 24 hourly temperatures for a chosen day', async () => {
    const res = await app.inject('/api/weather/hourly?city=testville&date=2026-07-15&seed=4');
    expect(res.statusCode).toBe(200);
    const body = HourlyWeatherSchema.parse(res.json());
    expect(body.hours).toHaveLength(24);
    expect(body).toMatchObject({ city: 'testville', date: '2026-07-15', seed: 4 });
  });

  it('is deterministic: the same query gives the same bytes', async () => {
    const url = '/api/weather/hourly?city=testville&date=2026-01-02';
    expect((await app.inject(url)).body).toBe((await app.inject(url)).body);
  });

  it('defaults the date to today in the city', async () => {
    const res = await app.inject('/api/weather/hourly?city=testville');
    expect(res.statusCode).toBe(200);
    expect(HourlyWeatherSchema.parse(res.json()).date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it.each([
    ['date=2026-13-45', 'date'],
    ['date=yesterday', 'date'],
    ['seed=-1', 'seed'],
    ['seed=abc', 'seed'],
    ['colour=blue', 'colour'],
  ])('rejects ?%s with a 400 naming "%s"', async (query, field) => {
    expect((await app.refusal(`/api/weather/hourly?city=testville&${query}`, 400)).message).toContain(`"${field}"`);
  });

  it('takes the scenario like every route: a heat wave raises the day by about its ΔT', async () => {
    const url = '/api/weather/hourly?city=testville&date=2026-07-15';
    const heatWave = 'heatWave=2026-07-14T00:00:00Z/2026-07-17T00:00:00Z&heatWaveDeltaC=5';
    const plain = HourlyWeatherSchema.parse((await app.inject(url)).json());
    const hot = HourlyWeatherSchema.parse((await app.inject(`${url}&${heatWave}`)).json());
    const high = (day: typeof plain) => Math.max(...day.hours.map((h) => h.temperatureC));
    expect(high(hot) - high(plain)).toBeCloseTo(5, 0);
  });

  it('answers an unknown city with a 404', async () => {
    await app.refusal('/api/weather/hourly?city=atlantis', 404);
  });
});

describe('unknown routes', () => {
  it('answers an unknown /api path with a JSON 404 naming the path', async () => {
    expect((await app.refusal('/api/nope?x=1', 404)).message).toContain('GET /api/nope');
  });

  it('answers a known path asked with a method it does not take with 405 and the methods it takes', async () => {
    const res = await app.inject({ method: 'PATCH', url: '/api/scenarios/AAAAAAAAAAAA?x=1', payload: {} });
    expect(res.statusCode).toBe(405);
    expect(res.headers.allow).toBe('DELETE, GET, HEAD, PUT');
    expect(res.json().message).toBe('/api/scenarios/AAAAAAAAAAAA does not answer PATCH; it answers DELETE, GET, HEAD, PUT.');
    const list = await app.inject({ method: 'DELETE', url: '/api/scenarios' });
    expect([list.statusCode, list.headers.allow]).toEqual([405, 'GET, HEAD, POST']);
    // A parameter inside a segment (`air.:format`), and SensorThings' read-only tree.
    for (const url of ['/api/export/air.csv', '/sta/v1.1/Things']) {
      const res = await app.inject({ method: 'POST', url, payload: {} });
      expect([url, res.statusCode, res.headers.allow]).toEqual([url, 405, 'GET, HEAD']);
    }
  });

  it('refuses a query parameter given twice by its name, before the schema calls it the wrong type', async () => {
    const seed = await app.refusal('/api/weather/hourly?city=testville&date=2026-07-15&seed=1&seed=2', 400);
    expect(seed.message).toBe(
      'Invalid query parameter "seed": it is given 2 times; give it once (a list is one parameter, comma-separated: a,b).',
    );
    expect(seed.issues).toEqual([{ path: 'seed', message: seed.message }]);
    expect((await app.inject('/api/weather/hourly?city=testville&date=2026-07-15&seed=1')).statusCode).toBe(200);
  });

  it('keeps a 404 for a path no route has under any method, and for a deeper path under a known one', async () => {
    for (const url of ['/api/scenarios/a/b', '/api/nope', '/sta/v2']) {
      const res = await app.inject({ method: 'PATCH', url });
      expect([url, res.statusCode, res.headers.allow]).toEqual([url, 404, undefined]);
    }
  });
});

describe('the built web app', () => {
  it('is served with index.html as the fallback for client routes', async () => {
    const webDist = writeDataDir({ 'index.html': '<!doctype html><title>Sandbox</title>', 'assets/app-abc123.js': 'console.log(1)' });
    const withWeb = await buildApp(loadConfig({ DATA_DIR: writeDataDir(), WEB_DIST: webDist }), { logger: false });
    const page = await withWeb.inject('/air?station=x');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<title>Sandbox</title>');
    const asset = await withWeb.inject('/assets/app-abc123.js');
    expect(asset.headers['cache-control']).toContain('immutable');
    expect((await withWeb.inject('/api/missing')).statusCode).toBe(404);
    await withWeb.close();
    // It builds a whole app of its own (engine threads included): 5-7 s on a loaded 2-core machine.
  }, 30_000);
});

describe('boot-time data validation', () => {
  it.each([
    ['a field out of range', { 'cities/testville/city.json': { ...testCity, zoom: 99 } }, /city\.json: field "zoom"/],
    [
      'a station in an unknown district',
      {
        'cities/testville/city.json': { ...testCity, stations: [{ ...testCity.stations[0], districtId: 'nowhere' }] },
      },
      /field "stations\[0\]\.districtId": unknown district "nowhere"/,
    ],
    [
      // A hand-edited file: the importer would have refused it, the server must too (the map drops it).
      'a station outside the city bounds',
      {
        'cities/testville/city.json': {
          ...testCity,
          stations: testCity.stations.map((s, i) => (i === 1 ? { ...s, location: [-80.0, 39.98] } : s)),
        },
      },
      /city\.json: field "stations\[1\]\.location": \[-80, 39\.98\] lies outside the city bounds/,
    ],
    [
      'a road point outside the city bounds',
      {
        'cities/testville/city.json': {
          ...testCity,
          roads: [
            { id: 'far', name: 'Far', kind: 'interstate', aadt: 1000, truckShare: 0.1, path: [testCity.center, [-70, 40]], source: 'test' },
          ],
        },
      },
      /field "roads\[0\]\.path\[1\]": \[-70, 40\] lies outside/,
    ],
    ['broken JSON', { 'cities/testville/basemap.geojson': '{ not json' }, /basemap\.geojson: not valid JSON/],
    [
      'a time zone that does not exist',
      { 'cities/testville/city.json': { ...testCity, timezone: 'Mars/Olympus' } },
      /city\.json: field "timezone": must be an IANA time zone/,
    ],
  ])('refuses to start on %s, naming the file and field', (_, overrides, message) => expectBootRefusal(overrides, message));

  it('lists every problem of a bad file, one a line, by its absolute path even when DATA_DIR is relative', async () => {
    const dir = writeDataDir({
      'cities/testville/city.json': {
        ...testCity,
        zoom: 99,
        timezone: 'Mars/Olympus',
        stations: testCity.stations.map((s) => ({ ...s, siteType: 'rooftop' })),
      },
    });
    const config = loadConfig({ DATA_DIR: relative(process.cwd(), dir) });
    const message = await buildApp(config, { logger: false }).then(
      () => '',
      (error: Error) => error.message,
    );
    const lines = message.split('\n');
    expect(lines).toHaveLength(2 + testCity.stations.length);
    for (const line of lines) expect(line.startsWith(`${join(dir, 'cities/testville/city.json')}: field "`), line).toBe(true);
    expect(message).toContain(`field "stations[${testCity.stations.length - 1}].siteType"`);
    expect(message).not.toContain('more)');
  });

  it(`shows at most ${MAX_SHOWN_PROBLEMS} problems and counts the rest`, async () => {
    const stations = Array.from({ length: MAX_SHOWN_PROBLEMS + 5 }, (_, i) => ({
      ...testCity.stations[0],
      id: `s${i}`,
      siteType: 'rooftop',
    }));
    const config = loadConfig({ DATA_DIR: writeDataDir({ 'cities/testville/city.json': { ...testCity, stations } }) });
    const message = await buildApp(config, { logger: false }).then(
      () => '',
      (error: Error) => error.message,
    );
    const lines = message.split('\n');
    expect(lines).toHaveLength(MAX_SHOWN_PROBLEMS + 1);
    expect(lines.at(-1)).toBe('(and 5 more)');
  });

  it('refuses to start when the data folder is missing', async () => {
    const dir = writeDataDir();
    mkdirSync(join(dir, 'empty'));
    writeFileSync(join(dir, 'empty', 'x'), '');
    await expect(buildApp(loadConfig({ DATA_DIR: join(dir, 'empty') }), { logger: false })).rejects.toThrow(/folder not found/);
  });
});
