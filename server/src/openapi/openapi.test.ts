import { contract } from '@sandbox/shared/contract';
import { roomRoutes } from '@sandbox/shared/rooms/contract';
import type { OpenAPIV3 } from 'openapi-types';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../test/test-app';
import { abridge } from './openapi';

const app = useTestApp();

describe('OpenAPI document', () => {
  it('lists every route of the contract with its summary', async () => {
    const res = await app.inject('/api/openapi.json');
    expect(res.statusCode).toBe(200);
    const spec = res.json();
    expect(spec.openapi).toBe('3.0.3');
    for (const route of Object.values(contract)) {
      const path = route.path.replace(/:([A-Za-z]+)/g, '{$1}');
      expect(spec.paths[path]?.get?.summary, path).toBe(route.summary);
    }
  });

  it('gives every route an example request and its real answer', async () => {
    const spec = (await app.inject('/api/openapi.json')).json();
    const weather = spec.paths['/api/weather/hourly'].get;
    const date = weather.parameters.find((p: { name: string }) => p.name === 'date');
    expect(date.example).toBe('2026-07-15');
    const city = spec.paths['/api/cities/{city}'].get;
    expect(city.parameters[0].example).toBe('columbus');
    // The test app serves the fixture city "testville", so the columbus example answers 404 here and
    // is left out rather than invented; the health example is real.
    expect(spec.paths['/api/health'].get.responses['200'].content['application/json'].example.status).toBe('ok');
  });

  it('documents downloads by media type, with the CSV header row, the schema of an NDJSON line and the attachment header', async () => {
    const spec = (await app.inject('/api/openapi.json')).json();
    const air = spec.paths['/api/export/air.{format}'].get;
    expect(air.tags).toEqual(['export']);
    expect(air.parameters.find((p: { name: string }) => p.name === 'format')).toMatchObject({ in: 'path', example: 'csv' });
    const ok = air.responses['200'];
    expect(Object.keys(ok.content)).toEqual(['text/csv', 'application/x-ndjson']);
    expect(ok.content['text/csv'].schema.description).toContain('pm25_ug_m3');
    expect(ok.content['application/x-ndjson'].schema.properties.pm25UgM3).toBeDefined();
    expect(ok.headers['Content-Disposition']).toBeDefined();
    expect(air.responses['413']).toBeDefined();
    const greenButton = spec.paths['/api/export/greenbutton.xml'].get;
    expect(Object.keys(greenButton.responses['200'].content)).toEqual(['application/atom+xml']);
  });

  it('serves the interactive docs', async () => {
    const res = await app.inject('/api/docs/');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
  });

  it('sends the docs page opened with a query string (?lang=ko) to its plain address, where it finds its document', async () => {
    for (const url of ['/api/docs?lang=ko', '/api/docs/?lang=ko&x=1']) {
      const res = await app.inject(url);
      expect(res.statusCode, url).toBe(302);
      expect(res.headers.location, url).toBe(url.split('?')[0]);
    }
    expect((await app.inject('/api/docs/json')).statusCode).toBe(200);
  });

  it('abridges long arrays in examples', () => {
    expect(abridge({ a: [1, 2, 3, 4, 5], b: { c: [[1, 2, 3, 4]] } })).toEqual({ a: [1, 2, 3], b: { c: [[1, 2, 3]] } });
  });

  it('abridges no array below its minItems, following the union branch the value belongs to', () => {
    const ring: OpenAPIV3.SchemaObject = { type: 'array', items: { type: 'number' }, minItems: 4 };
    const geometry: OpenAPIV3.SchemaObject = {
      oneOf: [
        {
          type: 'object',
          required: ['type'],
          properties: { type: { type: 'string', enum: ['Point'] }, coordinates: { type: 'array', items: {} } },
        },
        { type: 'object', required: ['type'], properties: { type: { type: 'string', enum: ['Ring'] }, coordinates: ring } },
      ],
    };
    const value = { type: 'Ring', coordinates: [1, 2, 3, 4, 5, 6] };
    expect(abridge(value, geometry)).toEqual({ type: 'Ring', coordinates: [1, 2, 3, 4] });
    expect(abridge({ type: 'Point', coordinates: [1, 2, 3, 4] }, geometry)).toEqual({ type: 'Point', coordinates: [1, 2, 3] });
  });

  it("documents the live stream as text/event-stream and each route's errors in the one error shape", async () => {
    const spec = (await app.inject('/api/openapi.json')).json();
    const stream = spec.paths['/api/stream'].get.responses;
    expect(Object.keys(stream['200'].content)).toEqual(['text/event-stream']);
    expect(stream['200'].content['text/event-stream'].schema.properties.t).toBeDefined();
    expect(Object.keys(stream)).toEqual(['200', '400', '404', '429', '431']);
    // The health check is not rate-limited (a monitor must learn the server is up in a busy minute).
    expect(Object.keys(spec.paths['/api/health'].get.responses)).toEqual(['200', '431']);
    expect(Object.keys(spec.paths['/api/air/readings'].get.responses)).toEqual(['200', '400', '404', '413', '429', '431', '503']);
    expect(Object.keys(spec.paths['/api/cities/{city}'].get.responses)).toEqual(['200', '400', '404', '414', '429', '431']);
    const error = spec.paths['/api/air/readings'].get.responses['413'].content['application/json'].schema;
    expect(error.required).toEqual(['error', 'message']);
    expect(Object.keys(error.properties)).toEqual(['error', 'message', 'issues']);
  });

  it('documents every room route: its token, If-Match, 401/403/409, the board stream and the results file', async () => {
    const spec = (await app.inject('/api/openapi.json')).json();
    for (const route of Object.values(roomRoutes)) {
      const path = route.path.replace(/:([A-Za-z]+)/g, '{$1}');
      const operation = spec.paths[path]?.[route.method.toLowerCase()];
      expect(operation?.summary, path).toBe(route.summary);
      expect(operation.tags).toEqual(['rooms']);
    }
    const levers = spec.paths['/api/rooms/{code}/teams/{team}/levers'].put;
    expect(levers.parameters.map((p: { in: string; name: string }) => `${p.in}:${p.name}`)).toEqual([
      'path:code',
      'path:team',
      'header:Authorization',
      'header:If-Match',
    ]);
    expect(Object.keys(levers.responses)).toEqual([
      '200',
      '400',
      '401',
      '403',
      '404',
      '409',
      '412',
      '413',
      '414',
      '415',
      '428',
      '429',
      '431',
      '503',
    ]);
    expect(levers.responses['200'].headers.ETag).toBeDefined();
    expect(levers.requestBody.content['application/json'].example).toEqual(roomRoutes.setTeamLevers.exampleBody);
    const events = spec.paths['/api/rooms/{code}/events'].get.responses['200'];
    expect(Object.keys(events.content)).toEqual(['text/event-stream']);
    const csv = spec.paths['/api/rooms/{code}/results.csv'].get.responses['200'];
    expect(Object.keys(csv.content)).toEqual(['text/csv']);
    expect(csv.headers['Content-Disposition']).toBeDefined();
    expect(spec.paths['/api/rooms/{code}/join'].post.responses['200'].headers).toBeUndefined();
  });

  it('writes nullable enums with null and [longitude, latitude] as a two-number array', async () => {
    const spec = (await app.inject('/api/openapi.json')).json();
    const station = spec.paths['/api/air/aqi'].get.responses['200'].content['application/json'].schema.properties.stations.items;
    expect(station.properties.mainPollutant.enum).toContain(null);
    const center = spec.paths['/api/cities'].get.responses['200'].content['application/json'].schema.items.properties.center;
    expect(center).toMatchObject({ type: 'array', minItems: 2, maxItems: 2, items: { type: 'number', minimum: -180, maximum: 180 } });
  });
});
