/**
 * The only reader of process.env. Every setting is validated once, at boot, with zod; a bad value
 * stops the server with one line naming the variable and the reason.
 */
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { minimumBudgetMb } from './engine/budget';
import { mqttSettings } from './mqtt/settings';

// Two levels up from this file is the repository root, both in src/ (dev) and in dist/ (built).
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

const HOST_NAME = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i;

/** An IPv4 address (all digits and dots: each part 0–255), an IPv6 address, or a DNS host name. */
function isHost(value: string): boolean {
  if (/^[\d.]+$/.test(value)) return z.ipv4().safeParse(value).success;
  if (value.includes(':')) return z.ipv6().safeParse(value).success;
  return HOST_NAME.test(value);
}

/**
 * A comma-separated list of web origins (`https://dashboard.city.gov, http://localhost:5173`), or `*`
 * for any; empty by default. An origin is a scheme, host and port, nothing after: a browser compares
 * it letter for letter with the page's origin, so a path or a trailing slash would never match.
 */
function originList(what: string) {
  return z
    .string()
    .optional()
    .transform((text, ctx) => {
      const items = (text ?? '')
        .split(',')
        .map((item) => item.trim())
        .filter((item) => item !== '');
      if (items.length === 1 && items[0] === '*') return ['*'];
      for (const item of items) {
        const url = URL.canParse(item) ? new URL(item) : undefined;
        if (!url || !['http:', 'https:'].includes(url.protocol) || url.origin !== item) {
          ctx.addIssue({
            code: 'custom',
            message: `must list ${what} as origins like https://dashboard.city.gov (scheme, host and port, no path), separated by commas, or be * for any; ${JSON.stringify(item)} is not one`,
          });
          return z.NEVER;
        }
      }
      return items;
    });
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const LOG_FORMATS = ['human', 'json'] as const;

export const ConfigSchema = z.object({
  PORT: z.coerce.number().int('must be a whole number').min(0).max(65_535).default(8080).describe('TCP port to listen on.'),
  HOST: z
    .string()
    .min(1)
    .refine(isHost, 'must be an IP address (e.g. 127.0.0.1, 0.0.0.0, ::) or a host name (e.g. localhost)')
    .default('localhost')
    .describe('Interface to bind; 0.0.0.0 shares the app on the local network.'),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info').describe('Minimum level of the logs.'),
  LOG_FORMAT: z
    .enum(LOG_FORMATS)
    .default('human')
    .describe(
      'human: a start-up banner and one short line per failed request (every request at LOG_LEVEL=debug); json: one JSON line per event, every request logged (for log collectors).',
    ),
  DATA_DIR: z
    .string()
    .min(1)
    .default(`${repoRoot}data`)
    .describe('Folder holding cities/<id>/city.json, basemap.geojson and policy/*.json.'),
  WEB_DIST: z
    .string()
    .min(1)
    .default(`${repoRoot}web/dist`)
    .describe('Folder of the built web app; set to an empty folder to serve the API only.'),
  STATE_DIR: z
    .string()
    .min(1)
    .default(`${repoRoot}state`)
    .describe(
      'Folder of the embedded store (sandbox.sqlite: saved scenarios, share links, workshop rooms); created if missing. Unused with DATABASE_URL.',
    ),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/\S+$/, 'must be a PostgreSQL URL, e.g. postgres://user:password@localhost:5432/sandbox')
    .optional()
    .describe('PostgreSQL connection URL; when set, the store lives there (several server instances can share it) instead of STATE_DIR.'),
  RATE_LIMIT_PER_MINUTE: z.coerce
    .number()
    .int('must be a whole number')
    .min(0)
    .default(1200)
    .describe('Requests per minute allowed per client address; 0 turns the limit off.'),
  MAX_STREAMS_PER_CLIENT: z.coerce
    .number()
    .int('must be a whole number')
    .min(1)
    .max(1000)
    .default(8)
    .describe('Live streams (/api/stream) one client address may hold open at once.'),
  ENGINE_WORKERS: z.coerce
    .number()
    .int('must be a whole number')
    .min(0)
    .max(16)
    .default(2)
    .describe('Worker threads computing answers off the event loop (plus one for live frames); 0 computes everything on the main thread.'),
  MEMORY_BUDGET_MB: z.coerce
    .number()
    .int('must be a whole number')
    .min(64)
    .max(65_536)
    .default(1024)
    .describe(
      'Megabytes the server should stay within: after its fixed cost (~140 MB plus ~40 MB a thread) and ~150 MB for answers in flight, half of the rest goes to caches (simulations, trips, blocks, frames).',
    ),
  METER_SHARE: z.coerce
    .number()
    .gt(0, 'must be more than 0')
    .max(1, 'must be at most 1 (the full program)')
    .default(1)
    .describe(
      "Share of each city's meter groups to simulate: 1 = the full program (Columbus: the gridSMART demonstration's 110,000 meters); 0.05 keeps ~5,500 for a small machine. Every total is still the sum of the meters simulated.",
    ),
  CORS_ORIGINS: originList('the pages allowed to call the API').describe(
    "Web origins whose pages may call the API and open its streams from the browser (CORS), e.g. https://dashboard.city.gov; * for any. Empty: only this server's own pages.",
  ),
  FRAME_ANCESTORS: originList('the pages allowed to embed this app').describe(
    "Web origins whose pages may show this app in an iframe (e.g. an /embed/ panel in a city dashboard); * for any. Empty: only this server's own pages.",
  ),
  ...mqttSettings,
  VITE_MAPBOX_TOKEN: z
    .string()
    .regex(/^pk\./, 'must be a public Mapbox token starting with "pk."')
    .optional()
    .describe('Set when the web app was built with a Mapbox token; lets Mapbox hosts through the content security policy.'),
});
export type Config = z.infer<typeof ConfigSchema>;

/** Settings that only make sense together: a budget too small for the threads asked would leave nothing to cache. */
const ConsistentConfigSchema = ConfigSchema.superRefine((config, ctx) => {
  const minimum = minimumBudgetMb(config.ENGINE_WORKERS);
  if (config.MEMORY_BUDGET_MB < minimum)
    ctx.addIssue({
      code: 'custom',
      path: ['MEMORY_BUDGET_MB'],
      message: `must be at least ${minimum} with ENGINE_WORKERS=${config.ENGINE_WORKERS} (the idle server, ~40 MB an engine thread and ~150 MB for answers in flight, before any cache)`,
    });
});

export class ConfigError extends Error {}

/** Settings whose values may hold a secret. */
const SECRET_SETTINGS = new Set(['DATABASE_URL', 'MQTT_URL']);

/** Reads settings from an environment; throws ConfigError naming every bad variable. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const known = Object.fromEntries(Object.keys(ConfigSchema.shape).map((key) => [key, env[key] === '' ? undefined : env[key]]));
  const result = ConsistentConfigSchema.safeParse(known);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const key = String(issue.path[0]);
    // A connection URL may hold a password: name the variable, never echo its value.
    const shown = SECRET_SETTINGS.has(key) ? '(value hidden)' : JSON.stringify(env[key]);
    return `${issue.path.join('.')}=${shown}: ${issue.message}`;
  });
  throw new ConfigError(`Invalid environment: ${problems.join('; ')}`);
}

/** `--help` text: every setting with its default, generated from the schema so it cannot drift. */
export function describeConfig(): string {
  const lines = Object.entries(ConfigSchema.shape).map(([key, schema]) => {
    const fallback = schema.parse(undefined);
    const shown = Array.isArray(fallback) ? (fallback.length ? fallback.join(',') : 'none') : fallback;
    return `  ${key.padEnd(22)} ${schema.description ?? ''}${shown === undefined ? '' : ` (default: ${shown})`}`;
  });
  return ['Environment variables:', ...lines].join('\n');
}
