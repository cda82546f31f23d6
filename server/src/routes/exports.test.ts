import { mkdtempSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { gunzipSync } from 'node:zlib';
import { contract, type RouteContract } from '@sandbox/shared';
import { testCity } from '@sandbox/shared/test-support/test-city';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../app';
import { loadConfig } from '../config';
import { writeDataDir } from '../test/build-test-app';
import { useTestApp } from '../test/test-app';

const app = useTestApp();

const day = 'from=2026-07-15T04:00:00Z&to=2026-07-16T04:00:00Z';
const rushHour = 'from=2026-07-15T21:00:00Z&to=2026-07-15T22:00:00Z';

/**
 * One request per download route and format on the test city, with its rows: how many, the first CSV
 * row as written, and the first NDJSON record's leading fields.
 */
const cases: { route: RouteContract; url: string; rows: number; csv: string; ndjson: Record<string, unknown> }[] = [
  {
    route: contract.exportAir,
    url: `/api/export/air.FORMAT?city=testville&station=north-park&${day}`,
    rows: 1440,
    csv: 'north-park,2026-07-15T04:00:00.000Z,10.4,15.5,16.1,27.7,63.6,2.1,208.3',
    ndjson: { stationId: 'north-park', time: '2026-07-15T04:00:00.000Z', pm25UgM3: 10.4, windDirectionDeg: 208.3 },
  },
  {
    route: contract.exportAir,
    url: `/api/export/air.FORMAT?city=testville&${day}`,
    rows: 3 * 1440,
    csv: 'north-park,2026-07-15T04:00:00.000Z,10.4,15.5,16.1,27.7,63.6,2.1,208.3',
    ndjson: { stationId: 'north-park', time: '2026-07-15T04:00:00.000Z', ozonePpb: 15.5 },
  },
  {
    route: contract.exportAirHourly,
    url: `/api/export/air-hourly.FORMAT?city=testville&${day}`,
    rows: 3 * 24,
    csv: 'north-park,2026-07-15T04:00:00.000Z,9.3,15.4,8.3,15,46,good,pm25',
    ndjson: { stationId: 'north-park', pm25NowCastUgM3: 8.3, aqi: { aqi: 46, category: 'good' }, mainPollutant: 'pm25' },
  },
  {
    route: contract.exportMeters,
    url: `/api/export/meters.FORMAT?city=testville&meter=north-res-00007&${day}`,
    rows: 96,
    csv: 'north-res-00007,2026-07-15T04:00:00.000Z,900,0.5461,0.5461,0,actual',
    ndjson: { meterId: 'north-res-00007', start: '2026-07-15T04:00:00.000Z', kwh: 0.5461, quality: 'actual' },
  },
  {
    route: contract.exportMeters,
    url: `/api/export/meters.FORMAT?city=testville&district=south&${day}`,
    rows: 12 * 96,
    csv: 'south-com-00001,2026-07-15T04:00:00.000Z,900,3.5251,3.5251,0,actual',
    ndjson: { meterId: 'south-com-00001', kwh: 3.5251 },
  },
  {
    route: contract.exportLoad,
    url: `/api/export/load.FORMAT?city=testville&groupBy=feeder&${day}`,
    rows: 3 * 96,
    csv: 'feeder,north-f1,2026-07-15T04:00:00.000Z,900,21.705,21.705,0,86.818,40,40',
    ndjson: { groupBy: 'feeder', groupId: 'north-f1', kwh: 21.705, demandKw: 86.818, meters: 40, reporting: 40 },
  },
  {
    route: contract.exportSegments,
    url: `/api/export/segments.FORMAT?city=testville&corridor=main-st&${rushHour}`,
    rows: 360,
    csv: 'main-st-nb-00,2026-07-15T21:00:00.000Z,60,34,12.97,170.5,7',
    ndjson: { segmentId: 'main-st-nb-00', volume: 34, speedMps: 12.97, stops: 7 },
  },
  {
    route: contract.exportEvents,
    url: `/api/export/events.FORMAT?city=testville&${rushHour}`,
    rows: 2,
    csv: 'hard-braking,2026-07-15T21:32:20.900Z,v-822b7463,5AA3249E,main-st,main-st-nb-01,main-st-second,-83,40.01991,4,3.51',
    ndjson: { kind: 'hard-braking', vehicleId: 'v-822b7463', position: [-83, 40.01991], decelMps2: 3.51 },
  },
  {
    route: contract.exportBsm,
    url: `/api/export/bsm.FORMAT?city=testville&from=2026-07-15T21:00:00Z&to=2026-07-15T21:00:05Z`,
    rows: 400,
    csv: '2026-07-15T21:00:00.000Z,bsmTx,124,E10C2B0E,0,400477560,-829999918,2421,40,30,0,forwardGears,649,0,0,0,0,0,0,00000,on,on,on,off,off,259,1220,',
    ndjson: { coreData: expect.objectContaining({ msgCnt: 124, id: 'E10C2B0E', lat: 400477560, speed: 649 }) },
  },
  {
    route: contract.exportTruth,
    url: `/api/export/truth.FORMAT?city=testville&from=2026-07-01T04:00:00Z&to=2026-08-01T04:00:00Z`,
    rows: 16,
    csv: 'incident,engine,segment,freight-dr-eb-00,,2026-07-02T09:00:55.000Z,2026-07-02T09:35:55.000Z,"Incident: capacity down to 50%, speeds to 60%."',
    ndjson: { kind: 'incident', entityId: 'freight-dr-eb-00', from: '2026-07-02T09:00:55.000Z' },
  },
];

describe('the tabular exports', () => {
  for (const { route, url, rows, csv, ndjson } of cases) {
    for (const format of ['csv', 'ndjson'] as const) {
      it(`GET ${url.replace('FORMAT', format)} streams ${format} with the documented header or record schema and its rows`, async () => {
        const res = await app.inject(url.replace('FORMAT', format));
        expect(res.statusCode, res.body).toBe(200);
        expect(res.headers['content-type']).toBe(route.produces?.[format]);
        const stream = route.path.split('/').at(-1)?.split('.')[0];
        expect(res.headers['content-disposition']).toMatch(
          new RegExp(`^attachment; filename="testville-${stream}-[a-z0-9-]*2026-0[78]-\\d\\d.*\\.${format}"$`),
        );
        if (format === 'csv') {
          const lines = res.body.split('\r\n');
          expect(lines.at(-1)).toBe('');
          expect(lines[0]?.split(',')).toEqual(route.csvColumns);
          expect(lines.length - 2).toBe(rows);
          expect(lines[1]).toBe(csv);
        } else {
          const lines = res.body.split('\n');
          expect(lines.at(-1)).toBe('');
          expect(lines.length - 1).toBe(rows);
          expect(JSON.parse(lines[0] ?? '')).toMatchObject(ndjson);
          for (const line of lines.slice(0, -1).slice(0, 500)) route.response.parse(JSON.parse(line));
        }
      });
    }
  }

  it('names the window in local dates, and the one station, in the file name', async () => {
    const res = await app.inject(`/api/export/air.csv?city=testville&station=north-park&${day}`);
    expect(res.headers['content-disposition']).toBe('attachment; filename="testville-air-north-park-2026-07-15_2026-07-16.csv"');
  });

  it('orders rows of several entities by time, then entity', async () => {
    const res = await app.inject(
      `/api/export/meters.csv?city=testville&meter=north-res-00001,north-res-00002&from=2026-07-15T04:00:00Z&to=2026-07-15T04:30:00Z`,
    );
    const rows = res.body
      .trim()
      .split('\r\n')
      .slice(1)
      .map((line) => line.split(',').slice(0, 2).join(' '));
    expect(rows).toEqual([
      'north-res-00001 2026-07-15T04:00:00.000Z',
      'north-res-00002 2026-07-15T04:00:00.000Z',
      'north-res-00001 2026-07-15T04:15:00.000Z',
      'north-res-00002 2026-07-15T04:15:00.000Z',
    ]);
  });

  it("keeps one district's meters: its classes as the Energy page's load by class shows them, its feeders, itself", async () => {
    const csv = await app.inject(`/api/export/load.csv?city=testville&groupBy=class&district=north&${day}`);
    expect(csv.headers['content-disposition']).toContain('testville-load-class-north-');
    const exported = csv.body
      .trim()
      .split('\r\n')
      .slice(1)
      .map((line) => line.split(','));
    const summary = (await app.inject(`/api/energy/summary?city=testville&groupBy=class&district=north&resolution=15m&${day}`)).json() as {
      series: { id: string; metric: string; value: (number | null)[] }[];
    };
    for (const series of summary.series.filter((s) => s.metric === 'demandKw')) {
      // The export writes kW to 3 decimals, the chart's answer to 2.
      const column = exported.filter((row) => row[1] === series.id).map((row) => Number(row[7]));
      expect(column.length, series.id).toBe(series.value.length);
      for (const [i, kw] of column.entries())
        expect(Math.abs(kw - (series.value[i] as number)), `${series.id} ${i}`).toBeLessThanOrEqual(0.0051);
    }
    const groups = async (query: string) => {
      const body = (await app.inject(`/api/export/load.csv?city=testville&${query}&${day}`)).body;
      return [
        ...new Set(
          body
            .trim()
            .split('\r\n')
            .slice(1)
            .map((line) => line.split(',')[1]),
        ),
      ];
    };
    expect(await groups('groupBy=feeder&district=south')).toEqual(['south-f1', 'south-f2']);
    expect(await groups('groupBy=district&district=south')).toEqual(['south']);
    expect(
      (await app.refusal(`/api/export/load.csv?city=testville&groupBy=feeder&group=north-f1&district=south&${day}`, 400)).message,
    ).toContain('district "south"');
    expect((await app.refusal(`/api/export/load.csv?city=testville&groupBy=class&district=east&${day}`, 404)).message).toContain(
      'district "east"',
    );
  });

  it('leaves out a district without meters, as the load summary does, with the same totals', async () => {
    // An east district outside the metered program (meteredShare 0: no feeders, no meters).
    const east = { id: 'east', name: 'East', polygon: testCity.districts[0]?.polygon, feeders: [] };
    const config = loadConfig({
      DATA_DIR: writeDataDir({ 'cities/testville/city.json': { ...testCity, districts: [...testCity.districts, east] } }),
      WEB_DIST: '/nonexistent',
      ENGINE_WORKERS: '0',
      STATE_DIR: mkdtempSync(join(tmpdir(), 'sandbox-state-')),
    });
    const withEast = await buildApp(config, { logger: false });
    try {
      const quarter = 'from=2026-07-15T04:00:00Z&to=2026-07-15T04:15:00Z';
      const rows = (await withEast.inject(`/api/export/load.csv?city=testville&${quarter}`)).body.trim().split('\r\n').slice(1);
      expect(rows.map((row) => row.split(',')[1])).toEqual(['north', 'south']);
      const summary = (await withEast.inject(`/api/energy/summary?city=testville&${quarter}`)).json() as { groups: { id: string }[] };
      expect(summary.groups.map((g) => g.id)).toEqual(['north', 'south']);
      // The city's total is what every class sums to, east or no east.
      const total = (body: string) =>
        body
          .trim()
          .split('\r\n')
          .slice(1)
          .reduce((sum, row) => sum + Number(row.split(',')[7]), 0);
      const byClass = (await withEast.inject(`/api/export/load.csv?city=testville&groupBy=class&${quarter}`)).body;
      expect(total(`header\r\n${rows.join('\r\n')}`)).toBeCloseTo(total(byClass), 2);
      const refused = await withEast.inject(`/api/export/load.csv?city=testville&groupBy=district&group=east&${quarter}`);
      expect(refused.statusCode).toBe(400);
      expect(refused.json()).toMatchObject({ message: expect.stringContaining('No meters'), issues: [{ path: 'group' }] });
    } finally {
      await withEast.close();
    }
  });

  it('gives the same bytes for the same query, and different ones for another seed', async () => {
    const url = `/api/export/meters.ndjson?city=testville&meter=north-res-00007&${day}`;
    const [a, b, c] = await Promise.all([app.inject(url), app.inject(url), app.inject(`${url}&seed=9`)]);
    expect(a.body).toBe(b.body);
    expect(a.body).not.toBe(c.body);
  });

  it('lists an event spanning several days once in the ground truth', async () => {
    const faults = encodeURIComponent(
      JSON.stringify([
        { kind: 'stuck', stationId: 'north-park', metric: 'ozone', from: '2026-07-10T00:00:00Z', to: '2026-07-20T00:00:00Z' },
      ]),
    );
    const res = await app.inject(
      `/api/export/truth.ndjson?city=testville&kind=stuck&faults=${faults}&from=2026-07-12T00:00:00Z&to=2026-07-18T00:00:00Z`,
    );
    const lines = res.body
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toEqual([expect.objectContaining({ kind: 'stuck', entityId: 'north-park', from: '2026-07-10T00:00:00.000Z' })]);
  });

  it('compresses a download as a stream when the client accepts gzip, to the same content', async () => {
    const url = `/api/export/meters.csv?city=testville&meter=north-res-00007&${day}`;
    const plain = await app.inject(url);
    const zipped = await app.inject({ url, headers: { 'accept-encoding': 'gzip' } });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(zipped.rawPayload).toString('utf8')).toBe(plain.body);
  });
});

describe('the Green Button export', () => {
  it('serves one meter as Atom XML with a forward and a reverse channel for a PV meter', async () => {
    // north-res-00009 has rooftop PV (the inventory says so, checked first).
    const inventory = (await app.inject('/api/energy/meters?city=testville&search=00009')).json();
    expect(inventory.meters[0]).toMatchObject({ id: 'north-res-00009', hasPv: true });
    const res = await app.inject(`/api/export/greenbutton.xml?city=testville&meter=north-res-00009&${day}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="testville-greenbutton-north-res-00009-2026-07-15_2026-07-16.xml"',
    );
    expect(res.body).toContain('<flowDirection>19</flowDirection>');
    expect(res.body.match(/<IntervalBlock /g)).toHaveLength(2);
  });
});

describe('refused exports', () => {
  it.each([
    ['/api/export/air.xlsx', 400, 'format'],
    ['/api/export/air.csv?from=yesterday', 400, 'from'],
    ['/api/export/air.csv?station=North Park', 400, 'station'],
    ['/api/export/air.csv?from=2026-07-16T00:00:00Z&to=2026-07-15T00:00:00Z', 400, 'to'],
    ['/api/export/air.csv?colour=red', 400, 'colour'],
    ['/api/export/meters.csv?meter=north-res-7', 400, 'meter'],
    ['/api/export/meters.csv?meter=north-res-00001&district=north', 400, 'meter'],
    ['/api/export/segments.csv?segment=main-st-nb-01&corridor=main-st', 400, 'segment'],
    ['/api/export/load.csv?groupBy=street', 400, 'groupBy'],
    ['/api/export/greenbutton.xml', 400, 'meter'],
    ['/api/export/air.csv?smokeIntensity=0.5', 400, 'smokeIntensity'],
    ['/api/export/truth.csv?faults=[{"kind":"nope"}]', 400, 'faults'],
  ])('GET %s answers %i naming %s', async (url, status, field) => {
    const body = await app.refusal(url, status);
    expect(body.message).toContain(field);
    expect(body.issues?.map((issue) => issue.path).join(' ')).toContain(field);
  });

  it.each([
    ['/api/export/air.csv?city=testville&station=nowhere', 'station "nowhere"'],
    ['/api/export/air.csv?city=atlantis', 'city "atlantis"'],
    ['/api/export/meters.csv?city=testville&meter=north-res-09999', 'meter "north-res-09999"'],
    ['/api/export/meters.csv?city=testville&district=east', 'district "east"'],
    ['/api/export/meters.csv?city=testville&feeder=east-f9', 'feeder "east-f9"'],
    ['/api/export/meters.csv?city=testville&district=north&meterClass=industrial', 'No meter matches'],
    ['/api/export/load.csv?city=testville&groupBy=district&group=east', 'district "east"'],
    ['/api/export/segments.csv?city=testville&segment=main-st-nb-42', 'segment "main-st-nb-42"'],
    ['/api/export/bsm.ndjson?city=testville&corridor=high-st', 'corridor "high-st"'],
    ['/api/export/greenbutton.xml?city=testville&meter=north-res-09999', 'meter "north-res-09999"'],
  ])('GET %s answers 404 naming %s', async (url, named) => {
    expect((await app.refusal(url, 404)).message).toContain(named);
  });

  it.each([
    ['/api/export/meters.csv?city=testville&from=2026-01-01T00:00:00Z&to=2027-01-03T00:00:00Z', 'cap of 366 days'],
    ['/api/export/bsm.ndjson?city=testville&from=2026-07-15T00:00:00Z&to=2026-07-16T00:00:01Z', 'cap of 1 day'],
    ['/api/export/segments.csv?city=testville&from=2026-07-01T00:00:00Z&to=2026-08-02T00:00:00Z', 'cap of 31 days'],
    ['/api/export/air.csv?city=testville&from=2026-01-01T00:00:00Z&to=2026-12-01T00:00:00Z', 'cap of 1,000,000 station-minutes'],
  ])('GET %s answers 413 naming the %s', async (url, cap) => {
    const body = await app.refusal(url, 413);
    expect(body.message).toContain(cap);
    expect(body.issues?.[0]?.path).toBe('window');
  });
});

describe('a client that leaves mid-export', () => {
  // Its own app is built, listens and computes a day of every meter before the client hangs up: on a
  // loaded 2-core runner that alone can take the default 5 s, so the test has more; the wait for the
  // abort log after the hang-up keeps its own 5 s deadline.
  it('stops the generation and logs how far it got', { timeout: 30_000 }, async () => {
    const lines: string[] = [];
    const logStream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(...String(chunk).trim().split('\n'));
        done();
      },
    });
    const config = loadConfig({ DATA_DIR: writeDataDir(), WEB_DIST: '/nonexistent', RATE_LIMIT_PER_MINUTE: '0' });
    const live = await buildApp(config, { logger: { level: 'info', stream: logStream } });
    await live.listen({ port: 0, host: '127.0.0.1' });
    const { port } = live.server.address() as AddressInfo;
    const path = '/api/export/meters.csv?city=testville&from=2026-01-01T05:00:00Z&to=2027-01-01T05:00:00Z';
    await new Promise<void>((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port, path }, (res) => {
        let received = 0;
        res.on('data', (chunk: Buffer) => {
          received += chunk.length;
          if (received > 200_000) {
            req.destroy();
            resolve();
          }
        });
        res.on('error', () => {});
      });
      req.on('error', (error) => (req.destroyed ? undefined : reject(error)));
      req.end();
    });
    const deadline = Date.now() + 5000;
    const aborted = () => lines.map((line) => JSON.parse(line)).find((entry) => String(entry.msg).startsWith('export aborted'));
    while (!aborted() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    const entry = aborted();
    expect(entry?.msg).toMatch(/^export aborted after \d+ of 366 days/);
    expect(entry.chunks).toBeLessThan(60);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(lines.some((line) => line.includes('export finished'))).toBe(false);
    await live.close();
  });
});
