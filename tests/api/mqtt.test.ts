/**
 * MQTT publishing against a real broker (Debian's mosquitto on a free loopback port) and a real
 * subscriber: a minute of 60× telemetry (sim instants spanning 60 s, 15 s apart at 250 ms frames)
 * whose FIWARE payloads validate against the Smart Data Models' JSON Schemas and whose values equal
 * `/api/snapshot` at the same instant; retained last values for state topics only; and a broker
 * restart the server survives, reconnects after and resumes publishing.
 */
import { type StreamFrame, StreamFrameSchema } from '@sandbox/shared';
import mqtt, { type MqttClient } from 'mqtt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIWARE_TYPES, type FiwareType, fiwareValidators, keyValues } from '../support/fiware';
import { type Broker, mosquittoUnavailable, startBroker } from '../support/mosquitto';
import { type RunningServer, runServerToExit, startServer } from '../support/server';

const START = '2026-07-15T21:30:00Z';
const SPEED = 60;
const INTERVAL_MS = 250;
const STEP_MS = SPEED * INTERVAL_MS;
const SIM_MINUTE_MS = SPEED * 1000;
const ROOT = 'sandbox/columbus';

interface Received {
  topic: string;
  body: Record<string, unknown>;
  retained: boolean;
}

/** A subscriber collecting every message of `filter`. */
async function subscribe(url: string, filter: string): Promise<{ client: MqttClient; messages: Received[] }> {
  const client = mqtt.connect(url, { reconnectPeriod: 200 });
  const messages: Received[] = [];
  client.on('message', (topic, payload, packet) => {
    const text = payload.toString();
    messages.push({ topic, body: text.startsWith('{') ? JSON.parse(text) : { text }, retained: packet.retain });
  });
  await new Promise<void>((resolve, reject) => {
    client.once('connect', () => client.subscribe(filter, { qos: 0 }, (error) => (error ? reject(error) : resolve())));
    client.once('error', reject);
  });
  return { client, messages };
}

/** The frame instant a message belongs to: `t` of a plain one, the `observedAt` of an entity's attributes. */
function instantOf(message: Received): string | undefined {
  if (typeof message.body.t === 'string') return message.body.t;
  for (const attribute of Object.values(message.body)) {
    const observedAt = (attribute as { observedAt?: unknown } | null)?.observedAt;
    if (typeof observedAt === 'string') return observedAt;
  }
  return undefined;
}

async function until(check: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const unavailable = mosquittoUnavailable();

describe.skipIf(unavailable)('MQTT publishing (mosquitto)', () => {
  let broker: Broker;
  let server: RunningServer;
  let live: { client: MqttClient; messages: Received[] };

  beforeAll(async () => {
    broker = await startBroker();
    server = await startServer({
      MQTT_URL: broker.url,
      MQTT_SCENARIOS: 'columbus',
      MQTT_START: START,
      MQTT_SPEED: String(SPEED),
      MQTT_INTERVAL_MS: String(INTERVAL_MS),
      LOG_LEVEL: 'info',
      LOG_FORMAT: 'json',
      RATE_LIMIT_PER_MINUTE: '0',
    });
    live = await subscribe(broker.url, 'sandbox/#');
  });
  afterAll(async () => {
    live?.client.end(true);
    await server?.stop();
    await broker?.stop();
  });

  /** Sim instants fully received: every one seen live except the first (subscribed mid-frame) and the last (still arriving). */
  const completeInstants = () => {
    const seen = [...new Set(live.messages.filter((m) => !m.retained).map(instantOf))].filter((t) => t !== undefined).sort();
    return seen.slice(1, -1);
  };

  it('publishes a minute of 60× telemetry whose FIWARE entities validate and whose values equal /api/snapshot at the same instant', async () => {
    await until(() => {
      const instants = completeInstants();
      return instants.length >= 2 && Date.parse(instants.at(-1) ?? '') - Date.parse(instants[0] ?? '') >= SIM_MINUTE_MS;
    }, 'a minute of sim time');
    const instants = completeInstants();
    const spanMs = Date.parse(instants.at(-1) ?? '') - Date.parse(instants[0] ?? '');
    expect(spanMs).toBeGreaterThanOrEqual(SIM_MINUTE_MS);
    for (const t of instants) expect((Date.parse(t) - Date.parse(START)) % STEP_MS).toBe(0);

    const validate = fiwareValidators();
    const validated: Record<FiwareType, number> = { AirQualityObserved: 0, TrafficFlowObserved: 0, Vehicle: 0, ACMeasurement: 0 };
    for (const t of instants) {
      const res = await fetch(`${server.url}/api/snapshot?city=columbus&at=${t}`);
      expect(res.status).toBe(200);
      const snapshot: StreamFrame = StreamFrameSchema.parse(await res.json());
      const messages = live.messages.filter((m) => !m.retained && instantOf(m) === t);
      const plain = (stream: string) =>
        new Map(messages.filter((m) => m.topic.startsWith(`${ROOT}/${stream}/`)).map((m) => [m.topic.split('/').at(-1), m.body]));
      const fiware = (type: FiwareType) =>
        new Map(messages.filter((m) => m.topic.startsWith(`${ROOT}/fiware/${type}/`)).map((m) => [m.topic.split('/').at(-1), m.body]));

      // Plain JSON: the frame's values, entity by entity.
      const air = snapshot.air?.stations ?? [];
      expect(plain('air')).toEqual(new Map(air.map((s) => [s.stationId, { t, ...s }])));
      const energy = snapshot.energy;
      expect(plain('energy')).toEqual(
        new Map((energy?.districts ?? []).map((d) => [d.districtId, { t, intervalStart: energy?.intervalStart, ...d }])),
      );
      const mobility = snapshot.mobility;
      if (!mobility || !energy) throw new Error('snapshot without energy or mobility');
      expect(plain('segments')).toEqual(new Map(mobility.segments.map((s) => [s.segmentId, { t, ...s }])));
      expect(plain('signals')).toEqual(new Map(mobility.signals.map((s) => [s.intersectionId, { t, ...s }])));
      // Vehicles: the frame's columns, rebuilt from one message per vehicle, in the frame's order.
      const vehicles = [...plain('vehicles').values()];
      expect(vehicles.map((m) => m.t)).toEqual(mobility.vehicles.id.map(() => t));
      for (const [column, values] of Object.entries(mobility.vehicles))
        expect(
          vehicles.map((m) => m[column]),
          column,
        ).toEqual(values);
      expect(vehicles.length).toBeGreaterThan(100);
      // The frame's events cover (last frame published, t]; the snapshot's (t − 1 min, t]: those of that last minute agree.
      const events = messages.filter((m) => m.topic.startsWith(`${ROOT}/events/`)).map((m) => m.body);
      const recent = events.filter((e) => Date.parse(String(e.time)) > Date.parse(t) - SIM_MINUTE_MS);
      for (const event of recent) expect(mobility.events.map((e) => ({ t, ...e }))).toContainEqual(event);

      // FIWARE entities: every payload valid against its model's schema, values equal to the frame's (units converted).
      for (const type of FIWARE_TYPES) {
        for (const entity of fiware(type).values()) {
          const ok = validate[type](keyValues(entity));
          expect(ok, `${type} ${entity.id}: ${JSON.stringify(validate[type].errors)}`).toBe(true);
          expect(entity['@context']).toBeInstanceOf(Array);
          validated[type]++;
        }
      }
      const kv = (type: FiwareType) => new Map([...fiware(type)].map(([id, e]) => [id, keyValues(e)]));
      const optional = (value: number | string | null) => (value === null ? undefined : value);
      const round2 = (x: number) => Math.round(x * 100) / 100;
      expect([...kv('AirQualityObserved')].map(([id, e]) => [id, e.pm25, e.o3, e.airQualityIndex, e.airQualityLevel])).toEqual(
        air.map((s) => [s.stationId, optional(s.pm25UgM3), optional(s.ozonePpb), optional(s.aqi), optional(s.category)]),
      );
      expect(
        [...kv('ACMeasurement')].map(([id, e]) => [
          id,
          e.totalActivePower,
          e.totalActiveEnergyImport,
          e.totalActiveEnergyExport,
          e.dateObservedFrom,
        ]),
      ).toEqual(
        energy.districts.map((d) => [
          d.districtId,
          d.demandKw,
          Math.round(d.importKw * 250) / 1000,
          Math.round(d.exportKw * 250) / 1000,
          energy.intervalStart,
        ]),
      );
      expect([...kv('TrafficFlowObserved')].map(([id, e]) => [id, e.intensity, e.averageVehicleSpeed])).toEqual(
        mobility.segments.map((s) => [s.segmentId, s.volume, s.speedMps === null ? undefined : round2(s.speedMps * 3.6)]),
      );
      const connected = vehicles.filter((vehicle) => vehicle.connected === true);
      expect(connected.length).toBeGreaterThan(0);
      expect([...kv('Vehicle')].map(([id, e]) => [id, (e.location as { coordinates: number[] }).coordinates, e.speed, e.heading])).toEqual(
        connected.map((c) => [c.id, [c.lng, c.lat], round2(Number(c.speedMps) * 3.6), c.headingDeg]),
      );
    }
    for (const type of FIWARE_TYPES) expect(validated[type], type).toBeGreaterThan(0);
  });

  it('retains the last value of state topics (stations, segments) but never of vehicles', async () => {
    const late = await subscribe(broker.url, `${ROOT}/+/+`);
    try {
      await until(() => late.messages.some((m) => m.topic.startsWith(`${ROOT}/vehicles/`)), 'live vehicles');
      const retained = late.messages.filter((m) => m.retained);
      const streams = new Set(retained.map((m) => m.topic.split('/')[2]));
      expect([...streams].sort()).toEqual(['air', 'energy', 'segments', 'signals']);
      expect(retained.filter((m) => m.topic.startsWith(`${ROOT}/air/`)).length).toBe(
        new Set(live.messages.filter((m) => m.topic.startsWith(`${ROOT}/air/`)).map((m) => m.topic)).size,
      );
    } finally {
      late.client.end(true);
    }
  });

  it('survives a broker restart: logs the outage, reconnects and resumes publishing', async () => {
    await broker.restart();
    // The subscriber lost its connection with the old broker: whatever arrives from here on came through the new one.
    const from = live.messages.length;
    const lastBefore =
      live.messages
        .map(instantOf)
        .filter((t) => t !== undefined)
        .sort()
        .at(-1) ?? '';
    const resumed = () =>
      live.messages.slice(from).some((m) => !m.retained && m.topic.startsWith(`${ROOT}/air/`) && (instantOf(m) ?? '') > lastBefore);
    await until(resumed, 'air messages of later instants after the restart');
    await until(() => (server.output().match(/MQTT: connected to/g)?.length ?? 0) >= 2, 'the reconnection in the log');
    expect(server.process.exitCode).toBeNull();
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
    const log = server.output();
    expect(log).toMatch(/MQTT: broker mqtt:\/\/127\.0\.0\.1:\d+ unreachable/);
    expect(live.messages.find((m) => m.topic === 'sandbox/status' && m.body.text === 'online')).toBeDefined();
  });
});

describe('MQTT settings at start-up', () => {
  it('stops the boot with one line naming MQTT_SCENARIOS for a city not in DATA_DIR', async () => {
    const { code, output } = await runServerToExit({ MQTT_URL: 'mqtt://127.0.0.1:1', MQTT_SCENARIOS: 'atlantis' });
    expect(code).toBe(1);
    // The message lists the cities DATA_DIR holds (Columbus among the bundled ones).
    expect(output).toMatch(/MQTT_SCENARIOS names the city "atlantis", which is not in DATA_DIR \(cities: [a-z, -]*\bcolumbus\b[a-z, -]*\)/);
  });

  it('hides the password of a bad MQTT_URL', async () => {
    const { code, output } = await runServerToExit({ MQTT_URL: 'http://user:secret@broker' });
    expect(code).toBe(1);
    expect(output).toContain('MQTT_URL=(value hidden)');
    expect(output).not.toContain('secret');
  });
});
