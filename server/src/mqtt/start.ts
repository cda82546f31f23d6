/**
 * Starts MQTT publishing when MQTT_URL is set: resolves the configured scenarios against the cities
 * loaded (every city's default scenario when none is given) and builds each one's geography once.
 * A scenario naming an unknown city stops the boot with one line, like any other bad setting.
 */
import type { City } from '@sandbox/shared';
import { type Config, ConfigError } from '../config';
import { type Engine, jsonText } from '../engine/engine';
import { fiwareGeography } from './fiware-entities';
import { MqttPublisher, type PublishedScenario, type PublisherLog } from './publisher';
import type { MqttScenario } from './settings';

/** The scenarios to publish, each with its city's geography; throws ConfigError for a city not in DATA_DIR. */
export function publishedScenarios(configured: readonly MqttScenario[], cities: readonly City[]): PublishedScenario[] {
  const wanted: MqttScenario[] =
    configured.length > 0
      ? [...configured]
      : cities.map((city) => ({ query: { city: city.id }, topics: ['air', 'energy', 'mobility'], name: city.id }));
  return wanted.map((scenario) => {
    const city = cities.find((c) => c.id === scenario.query.city);
    if (!city)
      throw new ConfigError(
        `Invalid environment: MQTT_SCENARIOS names the city ${JSON.stringify(scenario.query.city)}, which is not in DATA_DIR (cities: ${cities.map((c) => c.id).join(', ')})`,
      );
    return { ...scenario, geography: fiwareGeography(city) };
  });
}

/** The publisher for these settings and scenarios, or undefined when MQTT_URL is empty. */
export function createMqttPublisher(
  config: Config,
  scenarios: readonly PublishedScenario[],
  engine: Engine,
  log: PublisherLog,
): MqttPublisher | undefined {
  if (!config.MQTT_URL) return undefined;
  return new MqttPublisher({
    url: config.MQTT_URL,
    scenarios,
    speed: config.MQTT_SPEED,
    startMs: config.MQTT_START ? Date.parse(config.MQTT_START) : Date.now(),
    intervalMs: config.MQTT_INTERVAL_MS,
    format: config.MQTT_FORMAT,
    qos: config.MQTT_QOS as 0 | 1,
    retain: config.MQTT_RETAIN,
    prefix: config.MQTT_TOPIC_PREFIX,
    computeFrame: (scenario, fromMs, toMs) =>
      engine.call('streamFrame', { ...scenario.query, topics: scenario.topics, fromMs, toMs }, Date.now()).then(jsonText),
    log,
  });
}
