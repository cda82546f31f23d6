import { describe, expect, it } from 'vitest';
import { ConfigError, describeConfig, loadConfig } from '../config';

describe('MQTT settings', () => {
  it('are off by default and publish at 60×, both payload forms, QoS 0, retained state, under sandbox/', () => {
    expect(loadConfig({})).toMatchObject({
      MQTT_URL: undefined,
      MQTT_SCENARIOS: [],
      MQTT_SPEED: 60,
      MQTT_INTERVAL_MS: 1000,
      MQTT_FORMAT: 'both',
      MQTT_QOS: 0,
      MQTT_RETAIN: true,
      MQTT_TOPIC_PREFIX: 'sandbox',
    });
  });

  it('take a city id or a scenario query, with topics and a name, separated by ;', () => {
    const config = loadConfig({
      MQTT_URL: 'mqtts://user:pw@broker.city.gov:8883',
      MQTT_SCENARIOS:
        ' columbus ; ?city=columbus&seed=7&smoke=2026-07-14T00:00:00Z/2026-07-15T00:00:00Z&topics=air,energy&name=smoke-drill ;',
    });
    expect(config.MQTT_URL).toBe('mqtts://user:pw@broker.city.gov:8883');
    expect(config.MQTT_SCENARIOS).toEqual([
      { query: { city: 'columbus' }, topics: ['air', 'energy', 'mobility'], name: 'columbus' },
      {
        query: { city: 'columbus', seed: 7, smoke: { from: '2026-07-14T00:00:00.000Z', to: '2026-07-15T00:00:00.000Z' } },
        topics: ['air', 'energy'],
        name: 'smoke-drill',
      },
    ]);
  });

  it.each([
    [
      { MQTT_SCENARIOS: 'columbus;city=columbus&seed=2' },
      /MQTT_SCENARIOS=.*two scenarios would publish under "columbus": give one a name=/,
    ],
    [{ MQTT_SCENARIOS: 'city=columbus&evShare=2' }, /MQTT_SCENARIOS=.*scenario "city=columbus&evShare=2": evShare/],
    [{ MQTT_SCENARIOS: 'city=columbus&speed=60' }, /MQTT_SCENARIOS=.*scenario "city=columbus&speed=60"/],
    [{ MQTT_SCENARIOS: 'city=columbus&smokeIntensity=0.5' }, /smokeIntensity needs smoke=from\/to/],
    [{ MQTT_SPEED: '7200' }, /MQTT_SPEED="7200": must be at most 3600/],
    [{ MQTT_INTERVAL_MS: '100' }, /MQTT_INTERVAL_MS="100": must be 250, 500, 1000 or 2000/],
    [{ MQTT_FORMAT: 'xml' }, /MQTT_FORMAT="xml"/],
    [{ MQTT_QOS: '2' }, /MQTT_QOS="2": must be 0 or 1/],
    [{ MQTT_RETAIN: 'yes' }, /MQTT_RETAIN="yes": must be true or false/],
    [{ MQTT_TOPIC_PREFIX: 'sandbox/#' }, /MQTT_TOPIC_PREFIX="sandbox\/#"/],
    [{ MQTT_TOPIC_PREFIX: '/sandbox' }, /MQTT_TOPIC_PREFIX="\/sandbox"/],
    [{ MQTT_START: 'yesterday' }, /MQTT_START="yesterday"/],
  ])('reject %o naming the variable', (env, pattern) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(pattern);
  });

  it('never echo a bad broker URL (it may hold a password)', () => {
    const bad = () => loadConfig({ MQTT_URL: 'tcp://user:s3cret@broker' });
    expect(bad).toThrow(/MQTT_URL=\(value hidden\): must be a broker URL/);
    expect(bad).not.toThrow(/s3cret/);
  });

  it('are listed by --help', () => {
    for (const key of [
      'MQTT_URL',
      'MQTT_SCENARIOS',
      'MQTT_SPEED',
      'MQTT_START',
      'MQTT_INTERVAL_MS',
      'MQTT_FORMAT',
      'MQTT_QOS',
      'MQTT_RETAIN',
      'MQTT_TOPIC_PREFIX',
    ])
      expect(describeConfig()).toContain(key);
  });
});
