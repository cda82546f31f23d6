/**
 * The MQTT settings (decision 170), validated with the other settings in config.ts. A scenario to
 * publish is written as a city staffer already has it: a city id (`columbus`), or the scenario part
 * of a dashboard or API link (`city=columbus&seed=7&smoke=2026-07-14T00:00:00Z/2026-07-15T00:00:00Z`),
 * optionally with `topics=air,energy` and a `name=` that replaces the city in the topics (needed when
 * two scenarios of one city are published at once). Several scenarios are separated by `;`.
 */
import {
  IsoTimeSchema,
  listParam,
  type ScenarioQuery,
  SlugSchema,
  STREAM_INTERVALS_MS,
  type StreamTopic,
  StreamTopicSchema,
  scenarioRouteQuery,
} from '@sandbox/shared';
import { z } from 'zod';

/** One published scenario: its scenario query, the topics it publishes and the topic level naming it. */
export interface MqttScenario {
  query: Partial<ScenarioQuery>;
  topics: readonly StreamTopic[];
  /** The `<city>` level of its topics: the city id, or the `name=` given. */
  name: string;
}

const ScenarioItemSchema = scenarioRouteQuery({
  topics: listParam(StreamTopicSchema, 3).optional(),
  name: SlugSchema.optional(),
});

/** `columbus` or `city=columbus&seed=7…` → the validated scenario, or the first problem as text. */
function parseItem(item: string): MqttScenario | string {
  const text = item.includes('=') ? item.replace(/^\?/, '') : `city=${item}`;
  const result = ScenarioItemSchema.safeParse(Object.fromEntries(new URLSearchParams(text)));
  if (!result.success) {
    const issue = result.error.issues[0];
    return `${issue?.path.join('.') || 'scenario'} ${issue?.message ?? 'is not valid'}`;
  }
  const { topics, name, ...query } = result.data;
  return { query, topics: topics ?? StreamTopicSchema.options, name: name ?? query.city };
}

const MQTT_URL = /^(mqtts?|wss?):\/\/[^\s/]+/;
/** A topic level: no MQTT wildcards, no empty levels, no leading or trailing slash. */
const TOPIC_PREFIX = /^[^\s#+/]+(\/[^\s#+/]+)*$/;

export const mqttSettings = {
  MQTT_URL: z
    .string()
    .regex(MQTT_URL, 'must be a broker URL such as mqtt://localhost:1883, mqtts://user:password@broker.city.gov:8883 or wss://…')
    .optional()
    .describe('MQTT broker to publish live telemetry to (mqtt://, mqtts://, ws://, wss://; user:password@ allowed). Empty: no MQTT.'),
  MQTT_SCENARIOS: z
    .string()
    .optional()
    .transform((text, ctx): MqttScenario[] => {
      const items = (text ?? '')
        .split(';')
        .map((item) => item.trim())
        .filter((item) => item !== '');
      const scenarios: MqttScenario[] = [];
      for (const item of items) {
        const parsed = parseItem(item);
        if (typeof parsed === 'string') {
          ctx.addIssue({ code: 'custom', message: `scenario ${JSON.stringify(item)}: ${parsed}` });
          return z.NEVER;
        }
        if (scenarios.some((s) => s.name === parsed.name)) {
          ctx.addIssue({
            code: 'custom',
            message: `two scenarios would publish under ${JSON.stringify(parsed.name)}: give one a name=, e.g. city=${parsed.query.city}&name=${parsed.name}-2&…`,
          });
          return z.NEVER;
        }
        scenarios.push(parsed);
      }
      return scenarios;
    })
    .describe(
      'Scenarios to publish over MQTT, separated by ";": a city id, or a scenario query as in a dashboard link (city=columbus&seed=7&evShare=0.4), optionally with topics=air,energy and name=<topic level>. Empty: each city’s default scenario.',
    ),
  MQTT_SPEED: z.coerce
    .number()
    .min(1, 'must be at least 1')
    .max(3600, 'must be at most 3600')
    .default(60)
    .describe('Sim seconds per wall second of the published telemetry, 1–3600.'),
  MQTT_START: IsoTimeSchema.optional().describe('Sim time of the first published frame, ISO 8601. Empty: the wall clock at start-up.'),
  MQTT_INTERVAL_MS: z.coerce
    .number()
    .refine((v) => (STREAM_INTERVALS_MS as readonly number[]).includes(v), 'must be 250, 500, 1000 or 2000')
    .default(1000)
    .describe('Wall milliseconds between published frames: 250, 500, 1000 or 2000.'),
  MQTT_FORMAT: z
    .enum(['json', 'fiware', 'both'])
    .default('both')
    .describe('Payloads: json (the live frame’s values), fiware (NGSI-LD normalized Smart Data Models entities) or both.'),
  MQTT_QOS: z.coerce
    .number()
    .refine((v) => v === 0 || v === 1, 'must be 0 or 1')
    .default(0)
    .describe('MQTT quality of service of every message: 0 (at most once) or 1 (at least once).'),
  MQTT_RETAIN: z
    .enum(['true', 'false'], { error: 'must be true or false' })
    .default('true')
    .transform((value) => value === 'true')
    .describe('Retain the last value of each station, district, segment and signal topic (never vehicles or events).'),
  MQTT_TOPIC_PREFIX: z
    .string()
    .regex(TOPIC_PREFIX, 'must be topic levels without + or # or spaces, e.g. sandbox or city/lab/sandbox')
    .default('sandbox')
    .describe('First topic level(s) of every published topic.'),
};
