import type { StreamFrame } from '@sandbox/shared';
import { testCity } from '@sandbox/shared/test-support/test-city';
import { describe, expect, it } from 'vitest';
import { entityScope, fiwareGeography, fiwareMessages } from './fiware-entities';
import { jsonMessages } from './json-messages';

const t = '2026-07-15T21:30:00.000Z';
const station = testCity.stations[0];
const district = testCity.districts[0];
if (!station || !district) throw new Error('test city without stations or districts');
const geography = fiwareGeography(testCity);
const segmentId = [...geography.segments.keys()][0] ?? '';

/** A frame with a dropout (null PM2.5), a segment no vehicle crossed (null speed), and one connected vehicle of two. */
const frame: StreamFrame = {
  t,
  from: '2026-07-15T21:29:00.000Z',
  air: { stations: [{ stationId: station.id, pm25UgM3: null, ozonePpb: 41.2, aqi: 38, category: 'good', color: '#00E400' }] },
  energy: {
    intervalStart: '2026-07-15T21:30:00.000Z',
    cityDemandKw: 1200,
    districts: [{ districtId: district.id, demandKw: 1200, importKw: 1300, exportKw: 100 }],
  },
  mobility: {
    vehicles: {
      id: ['v-00000001', 'v-00000002'],
      kind: ['bus', 'truck'],
      lng: [-83, -82.99],
      lat: [40, 40.01],
      speedMps: [10, 12],
      headingDeg: [90, 180],
      connected: [true, false],
    },
    segments: [{ segmentId, speedMps: null, volume: 0 }],
    signals: [],
    events: [],
    eventsTotal: 0,
  },
};

const byTopic = (messages: { topic: string; payload: string; state: boolean }[]) =>
  new Map(messages.map((m) => [m.topic, { body: JSON.parse(m.payload) as Record<string, { value?: unknown } | unknown>, state: m.state }]));

describe('MQTT messages of a frame', () => {
  it('plain JSON: one message per entity with the frame values and t; vehicles and events are not state', () => {
    const messages = byTopic(jsonMessages(frame, 'sandbox/testville'));
    expect(messages.get(`sandbox/testville/air/${station.id}`)).toEqual({ body: { t, ...frame.air?.stations[0] }, state: true });
    expect(messages.get(`sandbox/testville/energy/${district.id}`)?.body).toEqual({
      t,
      intervalStart: '2026-07-15T21:30:00.000Z',
      districtId: district.id,
      demandKw: 1200,
      importKw: 1300,
      exportKw: 100,
    });
    expect(messages.get('sandbox/testville/vehicles/v-00000002')).toEqual({
      body: { t, id: 'v-00000002', kind: 'truck', lng: -82.99, lat: 40.01, speedMps: 12, headingDeg: 180, connected: false },
      state: false,
    });
    expect(messages.size).toBe(5);
  });

  it('FIWARE: null values left out, units converted and coded, connected vehicles only, ids as NGSI-LD URNs', () => {
    const messages = byTopic(fiwareMessages(frame, 'sandbox/testville', 'testville', geography));
    const air = messages.get(`sandbox/testville/fiware/AirQualityObserved/${station.id}`)?.body ?? {};
    expect(air.id).toBe(`urn:ngsi-ld:AirQualityObserved:testville:${station.id}`);
    expect(air.pm25).toBeUndefined();
    expect(air.o3).toEqual({ type: 'Property', value: 41.2, unitCode: '61', observedAt: t });
    expect(air.location).toEqual({ type: 'GeoProperty', value: { type: 'Point', coordinates: station.location } });
    const energy = messages.get(`sandbox/testville/fiware/ACMeasurement/${district.id}`)?.body ?? {};
    expect(energy.totalActivePower).toMatchObject({ value: 1200, unitCode: 'KWT' });
    expect(energy.totalActiveEnergyImport).toMatchObject({ value: 325, unitCode: 'KWH' });
    expect(energy.dateObservedTo).toMatchObject({ value: '2026-07-15T21:45:00.000Z' });
    const flow = messages.get(`sandbox/testville/fiware/TrafficFlowObserved/${segmentId}`)?.body ?? {};
    expect(flow.averageVehicleSpeed).toBeUndefined();
    expect(flow.intensity).toMatchObject({ value: 0 });
    expect(flow.dateObserved).toMatchObject({ value: '2026-07-15T21:25:00.000Z/2026-07-15T21:30:00.000Z' });
    const bus = messages.get('sandbox/testville/fiware/Vehicle/v-00000001');
    expect(bus?.state).toBe(false);
    expect(bus?.body).toMatchObject({
      vehicleType: { value: 'bus' },
      category: { value: ['public', 'tracked'] },
      speed: { value: 36, unitCode: 'KMH' },
    });
    expect(messages.has('sandbox/testville/fiware/Vehicle/v-00000002')).toBe(false);
  });

  it('FIWARE: a named stream scopes its ids by its name, so a context broker keeps it apart from the plain stream', () => {
    const plain = byTopic(fiwareMessages(frame, 'sandbox/testville', entityScope('testville', 'testville'), geography));
    const named = byTopic(fiwareMessages(frame, 'sandbox/smoke-drill', entityScope('testville', 'smoke-drill'), geography));
    const plainId = plain.get(`sandbox/testville/fiware/AirQualityObserved/${station.id}`)?.body.id;
    const namedId = named.get(`sandbox/smoke-drill/fiware/AirQualityObserved/${station.id}`)?.body.id;
    expect(plainId).toBe(`urn:ngsi-ld:AirQualityObserved:testville:${station.id}`);
    expect(namedId).toBe(`urn:ngsi-ld:AirQualityObserved:testville:smoke-drill:${station.id}`);
    const ids = (messages: typeof plain) => new Set([...messages.values()].map((m) => m.body.id));
    const shared = [...ids(plain)].filter((id) => ids(named).has(id));
    expect(shared).toEqual([]);
  });
});
