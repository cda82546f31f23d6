import {
  AirAqiSchema,
  AirDailySchema,
  AirHourlySeriesSchema,
  AirReadingsSchema,
  BsmSampleSchema,
  CorridorFlowSchema,
  EnergySummarySchema,
  EventsSchema,
  MeterReadingsSchema,
  MetersSchema,
  MINUTE_MS,
  NetworkSchema,
  SegmentFlowSeriesSchema,
  SignalsSchema,
  StreamFrameSchema,
  VehiclesSchema,
} from '@sandbox/shared';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../test/test-app';

const app = useTestApp();
const { get } = app;
const day = 'from=2026-07-15T04:00:00Z&to=2026-07-16T04:00:00Z';

describe('air routes', () => {
  it('GET /api/air/readings gives thinned series per station and metric', async () => {
    const { status, body } = await get(`/api/air/readings?city=testville&${day}&maxPoints=100&metric=pm25UgM3`);
    expect(status).toBe(200);
    const readings = AirReadingsSchema.parse(body);
    expect(readings.series).toHaveLength(3);
    for (const series of readings.series) expect(series.time.length).toBeLessThanOrEqual(100);
  });

  it('GET /api/air/readings keeps a bench outage as a gap when it thins (a null where the readings stop)', async () => {
    const faults = encodeURIComponent(
      JSON.stringify([{ kind: 'dropout', from: '2026-07-15T12:00:00Z', to: '2026-07-15T19:00:00Z', stationId: 'north-park' }]),
    );
    const readings = AirReadingsSchema.parse(
      (await get(`/api/air/readings?city=testville&${day}&maxPoints=100&metric=pm25UgM3&station=north-park&faults=${faults}`)).body,
    );
    const [series] = readings.series;
    expect(series?.time.length).toBeLessThanOrEqual(100);
    const gaps = (series?.value ?? []).flatMap((v, i) => (v === null ? [series?.time[i]] : []));
    expect(gaps).toEqual([Date.parse('2026-07-15T12:00:00Z')]);
    // Readings right up to the outage and right after it, so a chart's line stops and starts there.
    const at = series?.time.indexOf(Date.parse('2026-07-15T12:00:00Z')) ?? -1;
    expect(series?.time[at - 1]).toBe(Date.parse('2026-07-15T11:59:00Z'));
    expect(series?.time[at + 1]).toBe(Date.parse('2026-07-15T19:00:00Z'));
  });

  it('GET /api/air/readings averages into the requested resolution', async () => {
    const readings = AirReadingsSchema.parse((await get(`/api/air/readings?city=testville&${day}&resolution=1h&station=north-park`)).body);
    expect(readings.series.map((s) => s.time.length)).toEqual([24, 24]);
  });

  it('GET /api/air/aqi gives every station its NowCast AQI with category and colour', async () => {
    const aqi = AirAqiSchema.parse((await get('/api/air/aqi?city=testville&at=2026-07-15T20:00:00Z')).body);
    expect(aqi.stations).toHaveLength(3);
    expect(aqi.stations[0]?.aqi?.color).toMatch(/^#[0-9A-F]{6}$/);
  });

  it('changing a lever changes the data: smoke raises PM2.5', async () => {
    const url = '/api/air/aqi?city=testville&at=2026-07-15T20:00:00Z&station=north-park';
    const clean = AirAqiSchema.parse((await get(url)).body).stations[0]?.reading.pm25UgM3 ?? 0;
    const smoky = AirAqiSchema.parse((await get(`${url}&smoke=2026-07-15T00:00:00Z/2026-07-16T00:00:00Z&smokeIntensity=1`)).body)
      .stations[0]?.reading.pm25UgM3;
    expect(smoky).toBeGreaterThan(clean + 20);
  });

  it('GET /api/air/hourly gives hourly means, NowCasts, sub-indices and the AQI per station', async () => {
    const { status, body } = await get(`/api/air/hourly?city=testville&${day}&station=north-park,main-roadside`);
    expect(status).toBe(200);
    const hourly = AirHourlySeriesSchema.parse(body);
    expect(hourly.resolution).toBe('1h');
    expect(hourly.series.map((s) => `${s.id}:${s.metric}`)).toContain('main-roadside:pm25NowCastUgM3');
    expect(hourly.series).toHaveLength(14);
    for (const series of hourly.series) expect(series.time).toHaveLength(24);
    const aqi = hourly.series.find((s) => s.id === 'north-park' && s.metric === 'aqi');
    expect(aqi?.unit).toBe('AQI');
    expect(aqi?.value.every((v) => v !== null && Number.isInteger(v))).toBe(true);
  });

  it('GET /api/air/hourly agrees with GET /api/air/aqi on the NowCast AQI of an hour', async () => {
    const hourly = AirHourlySeriesSchema.parse(
      (await get('/api/air/hourly?city=testville&from=2026-07-15T19:00:00Z&to=2026-07-15T20:00:00Z&station=main-roadside')).body,
    );
    const now = AirAqiSchema.parse((await get('/api/air/aqi?city=testville&at=2026-07-15T20:30:00Z&station=main-roadside')).body);
    const value = (metric: string) => hourly.series.find((s) => s.metric === metric)?.value[0];
    expect(value('aqi')).toBe(now.stations[0]?.aqi?.aqi);
    expect(value('pm25NowCastUgM3')).toBe(now.stations[0]?.pm25NowCastUgM3);
    expect(value('ozoneNowCastPpb')).toBe(now.stations[0]?.ozoneNowCastPpb);
  });

  it('GET /api/air/hourly thins to maxPoints and picks metrics', async () => {
    const hourly = AirHourlySeriesSchema.parse(
      (
        await get(
          '/api/air/hourly?city=testville&from=2026-07-01T00:00:00Z&to=2026-07-15T00:00:00Z&station=north-park&metric=aqi&maxPoints=100',
        )
      ).body,
    );
    expect(hourly.series).toHaveLength(1);
    expect(hourly.series[0]?.time.length).toBeLessThanOrEqual(100);
  });

  it('GET /api/air/daily gives a daily AQI per local day and marks the day in progress', async () => {
    const { status, body } = await get('/api/air/daily?city=testville&from=2026-07-01&to=2026-07-08&asOf=2026-07-05T16:00:00Z');
    expect(status).toBe(200);
    const daily = AirDailySchema.parse(body);
    expect(daily.stations).toHaveLength(3);
    const days = daily.stations[0]?.days ?? [];
    expect(days.map((d) => d.date)).toEqual([
      '2026-07-01',
      '2026-07-02',
      '2026-07-03',
      '2026-07-04',
      '2026-07-05',
      '2026-07-06',
      '2026-07-07',
    ]);
    expect(days.slice(0, 3).every((d) => d.complete && d.aqi !== null && d.validHours === 24)).toBe(true);
    expect(days[4]).toMatchObject({ complete: false, validHours: 12, pm25MeanUgM3: null });
    expect(days[5]).toMatchObject({ complete: false, validHours: 0, aqi: null });
  });

  it('GET /api/air/daily: smoke raises the daily AQI', async () => {
    const url = '/api/air/daily?city=testville&station=north-park&from=2026-07-15&to=2026-07-16&asOf=2026-07-20T00:00:00Z';
    const clean = AirDailySchema.parse((await get(url)).body).stations[0]?.days[0]?.aqi?.aqi ?? 0;
    const smoky = AirDailySchema.parse((await get(`${url}&smoke=2026-07-14T00:00:00Z/2026-07-17T00:00:00Z&smokeIntensity=1`)).body)
      .stations[0]?.days[0]?.aqi?.aqi;
    expect(smoky).toBeGreaterThan(clean + 50);
  });

  it.each([
    ['/api/air/hourly?city=testville&station=nowhere', 404, 'nowhere'],
    ['/api/air/hourly?city=testville&from=2026-01-01T00:00:00Z&to=2026-07-01T00:00:00Z', 413, 'station-hours'],
    ['/api/air/hourly?city=testville&metric=pm10', 400, '"metric.0"'],
    ['/api/air/daily?city=testville&from=2026-07-02&to=2026-07-01', 400, '`to`'],
    ['/api/air/daily?city=testville&from=2026-01-01&to=2026-07-01', 413, 'station-days'],
    ['/api/air/daily?city=testville&from=2026-07-01T00:00:00Z', 400, '"from"'],
    ['/api/air/daily?city=testville&asOf=today', 400, '"asOf"'],
    ['/api/air/readings?city=testville&station=nowhere', 404, 'nowhere'],
    ['/api/air/readings?city=testville&from=2026-01-01T00:00:00Z&to=2027-01-01T00:00:00Z', 413, 'cap'],
    ['/api/air/readings?city=testville&resolution=2m', 400, '"resolution"'],
    ['/api/air/readings?city=testville&maxPoints=1', 400, '"maxPoints"'],
    ['/api/air/readings?city=testville&to=2026-07-15T00:00:00Z&from=2026-07-16T00:00:00Z', 400, '`to`'],
    ['/api/air/aqi?city=atlantis', 404, 'atlantis'],
    ['/api/air/aqi?city=testville&at=noon', 400, '"at"'],
  ])('GET %s answers %i naming %s', async (url, status, needle) => {
    expect((await app.refusal(url, status)).message).toContain(needle);
  });
});

describe('energy routes', () => {
  it('lists meters with filters and pages', async () => {
    const meters = MetersSchema.parse((await get('/api/energy/meters?city=testville&district=north&limit=5')).body);
    expect(meters.total).toBe(40);
    expect(meters.meters).toHaveLength(5);
  });

  it('gives one meter 96 quarter-hours a day with quality flags', async () => {
    const meters = MetersSchema.parse((await get('/api/energy/meters?city=testville&limit=1')).body);
    const id = meters.meters[0]?.id;
    const readings = MeterReadingsSchema.parse((await get(`/api/energy/readings?city=testville&meter=${id}&${day}`)).body);
    expect(readings.series.map((s) => s.metric)).toEqual(['kwh', 'importKwh', 'exportKwh', 'quality']);
    expect(readings.series[0]?.time).toHaveLength(96);
  });

  it('thins the quality flags under maxPoints too, to the worst flag of each run, so no missing read hides', async () => {
    const meters = MetersSchema.parse((await get('/api/energy/meters?city=testville&limit=20')).body);
    const window = 'from=2026-01-01T05:00:00Z&to=2026-04-01T04:00:00Z';
    const readings = async (id: string) =>
      MeterReadingsSchema.parse((await get(`/api/energy/readings?city=testville&meter=${id}&${window}`)).body);
    // The first meter with a flagged read in the quarter (about 1 meter-day in 100 has a gap).
    let id = '';
    let full: Awaited<ReturnType<typeof readings>> | undefined;
    for (const meter of meters.meters) {
      full = await readings(meter.id);
      id = meter.id;
      if (full.series.find((s) => s.metric === 'quality')?.value.some((flag) => (flag ?? 0) > 0)) break;
    }
    if (!full) throw new Error('no meters');
    const thin = MeterReadingsSchema.parse((await get(`/api/energy/readings?city=testville&meter=${id}&${window}&maxPoints=50`)).body);
    const quality = (answer: typeof thin) => answer.series.find((s) => s.metric === 'quality');
    const all = quality(full);
    const few = quality(thin);
    expect(all?.time.length).toBeGreaterThan(8000);
    expect(all?.value.filter((flag) => (flag ?? 0) > 0).length).toBeGreaterThan(0);
    expect(few?.time).toHaveLength(50);
    // Every bad interval lies in a thinned point at least as bad.
    const kept = few?.time ?? [];
    all?.value.forEach((flag, i) => {
      const at = (all.time[i] ?? 0) as number;
      const k = kept.findLastIndex((t) => t <= at);
      expect(few?.value[k] ?? -1).toBeGreaterThanOrEqual(flag ?? 0);
    });
    expect(Math.max(...(few?.value ?? []).map((v) => v ?? 0))).toBe(Math.max(...(all?.value ?? []).map((v) => v ?? 0)));
  });

  it('sums hourly kWh rather than averaging it', async () => {
    const meters = MetersSchema.parse((await get('/api/energy/meters?city=testville&limit=1')).body);
    const id = meters.meters[0]?.id;
    const quarter = MeterReadingsSchema.parse((await get(`/api/energy/readings?city=testville&meter=${id}&${day}`)).body);
    const hourly = MeterReadingsSchema.parse((await get(`/api/energy/readings?city=testville&meter=${id}&${day}&resolution=1h`)).body);
    const sum = (values: (number | null)[]) => values.reduce<number>((a, b) => a + (b ?? 0), 0);
    expect(sum(hourly.series[0]?.value ?? [])).toBeCloseTo(sum(quarter.series[0]?.value ?? []), 2);
  });

  it('summarizes load by class with peaks', async () => {
    const summary = EnergySummarySchema.parse((await get(`/api/energy/summary?city=testville&groupBy=class&${day}&resolution=1h`)).body);
    expect(summary.groups.map((g) => g.id)).toEqual(['residential', 'commercial', 'industrial']);
    expect(summary.peaks).toHaveLength(3);
    expect(summary.series).toHaveLength(9);
  });

  it('limits the load to one district: its classes add up to its own district total', async () => {
    const byClass = EnergySummarySchema.parse(
      (await get(`/api/energy/summary?city=testville&groupBy=class&district=south&${day}&resolution=1h`)).body,
    );
    const byDistrict = EnergySummarySchema.parse((await get(`/api/energy/summary?city=testville&${day}&resolution=1h`)).body);
    expect(byClass.district).toBe('south');
    const south = byDistrict.groups.find((g) => g.id === 'south');
    expect(byClass.groups.reduce((sum, g) => sum + g.meters, 0)).toBe(south?.meters);
    const demand = (summary: typeof byClass, id?: string) =>
      summary.series.filter((s) => s.metric === 'demandKw' && (id === undefined || s.id === id)).map((s) => s.value[5] ?? 0);
    const classSum = demand(byClass).reduce((a, b) => a + b, 0);
    expect(classSum).toBeCloseTo(demand(byDistrict, 'south')[0] ?? Number.NaN, 0);

    const feeders = EnergySummarySchema.parse(
      (await get(`/api/energy/summary?city=testville&groupBy=feeder&district=south&${day}&resolution=1h`)).body,
    );
    expect(feeders.groups.map((g) => g.id)).toEqual(['south-f1', 'south-f2']);
    expect(feeders.peaks.map((p) => p.groupId)).toEqual(['south-f1', 'south-f2']);
  });

  it('answers an unknown district with 404 naming the known ones', async () => {
    expect((await app.refusal(`/api/energy/summary?city=testville&district=atlantis&${day}`, 404)).message).toContain('north, south');
  });

  it('answers a malformed meter id with 400 and an unknown one with 404', async () => {
    await app.refusal('/api/energy/readings?city=testville&meter=zzz', 400);
    await app.refusal('/api/energy/readings?city=testville&meter=north-res-99999', 404);
    await app.refusal('/api/energy/readings?city=testville', 400);
  });
});

describe('snapshot', () => {
  it('gives one stream frame at an instant, with only the topics asked for', async () => {
    const frame = StreamFrameSchema.parse((await get('/api/snapshot?city=testville&at=2026-07-15T21:30:00Z&topics=air,energy')).body);
    expect(frame.t).toBe('2026-07-15T21:30:00.000Z');
    expect(frame.air?.stations).toHaveLength(3);
    expect(frame.energy?.districts).toHaveLength(2);
    expect(frame.mobility).toBeUndefined();
  });
});

describe('mobility routes', () => {
  it('gives the segment network, flow series, vehicles, signals and events', async () => {
    const network = NetworkSchema.parse((await get('/api/mobility/network?city=testville')).body);
    expect(network.segments.length).toBeGreaterThan(4);
    const flow = SegmentFlowSeriesSchema.parse(
      (await get(`/api/mobility/segments?city=testville&corridor=main-st&${day}&resolution=1h`)).body,
    );
    expect(flow.series.every((s) => s.time.length === 24)).toBe(true);
    const vehicles = VehiclesSchema.parse((await get('/api/mobility/vehicles?city=testville&at=2026-07-15T21:30:00Z')).body);
    expect(vehicles.features.length).toBeGreaterThan(0);
    const signals = SignalsSchema.parse((await get('/api/mobility/signals?city=testville&at=2026-07-15T21:30:00Z')).body);
    expect(signals.signals).toHaveLength(3);
    const events = EventsSchema.parse((await get(`/api/mobility/events?city=testville&${day}&limit=3`)).body);
    expect(events.events.length).toBeLessThanOrEqual(3);
  });

  it('GET /api/mobility/corridor-flow gives travel time, speed and volume per corridor direction on one time axis', async () => {
    const flow = CorridorFlowSchema.parse(
      (await get(`/api/mobility/corridor-flow?city=testville&corridor=main-st&${day}&resolution=1h`)).body,
    );
    expect(flow.bucketS).toBe(3600);
    expect(flow.directions.map((d) => d.id)).toEqual(['main-st-nb', 'main-st-sb']);
    expect(flow.series.map((s) => `${s.id}/${s.metric}`)).toEqual([
      'main-st-nb/speedMps',
      'main-st-nb/travelTimeS',
      'main-st-nb/volumeVph',
      'main-st-sb/speedMps',
      'main-st-sb/travelTimeS',
      'main-st-sb/volumeVph',
    ]);
    expect(flow.series.every((s) => s.time.length === 24)).toBe(true);
    const thinned = CorridorFlowSchema.parse(
      (await get(`/api/mobility/corridor-flow?city=testville&${day}&resolution=1m&maxPoints=100`)).body,
    );
    expect(thinned.bucketS).toBe(15 * 60);
    expect(thinned.series.every((s) => s.time.length <= 100)).toBe(true);
  });

  it('changing a lever changes the corridor data: retimed signals change the evening travel time', async () => {
    const url =
      '/api/mobility/corridor-flow?city=testville&corridor=main-st&from=2026-07-15T20:00:00Z&to=2026-07-15T23:00:00Z&metric=travelTimeS';
    const base = CorridorFlowSchema.parse((await get(url)).body).series.flatMap((s) => s.value);
    const retimed = CorridorFlowSchema.parse((await get(`${url}&signalRetiming=true`)).body).series.flatMap((s) => s.value);
    expect(retimed).not.toEqual(base);
  });

  it('GET /api/mobility/bsm gives a sample of one broadcast round in J2735 units', async () => {
    const sample = BsmSampleSchema.parse((await get('/api/mobility/bsm?city=testville&at=2026-07-15T21:30:12Z&limit=4')).body);
    expect(sample.rateHz).toBe(10);
    expect(sample.windowMs).toBe(100);
    expect(sample.records.length).toBeLessThanOrEqual(4);
    expect(sample.total).toBeGreaterThanOrEqual(sample.records.length);
    for (const { bsm } of sample.records) expect(bsm.coreData.secMark).toBe(Date.parse(bsm.metadata.generatedAt) % MINUTE_MS);
  });

  it.each([
    ['/api/mobility/corridor-flow?city=testville&from=2026-07-01T00:00:00Z&to=2026-07-15T00:00:00Z', 413, 'window'],
    ['/api/mobility/corridor-flow?city=testville&metric=stops', 400, 'metric'],
    ['/api/mobility/bsm?city=testville&limit=501', 400, 'limit'],
    ['/api/mobility/bsm?city=testville&corridor=broad-st', 404, 'broad-st'],
  ])('%s answers %i naming %s', async (url, status, named) => {
    expect(JSON.stringify(await app.refusal(url, status))).toContain(named);
  });

  it('answers unknown corridors and segments with 404 naming them', async () => {
    expect((await app.refusal('/api/mobility/segments?city=testville&corridor=broad-st', 404)).message).toContain('broad-st');
  });
});
