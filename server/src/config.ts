/**
 * The only reader of process.env. Every setting is validated once, at boot, with zod; a bad value
 * stops the server with one line naming the variable and the reason.
 */
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { minimumBudgetMb } from './engine/budget';

// Two levels up from this file is the repository root, both in src/ (dev) and in dist/ (built).
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

const HOST_NAME = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i;

/** An IPv4 address (all digits and dots: each part 0–255), an IPv6 address, or a DNS host name. */
function isHost(value: string): boolean {
  if (/^[\d.]+$/.test(value)) return z.ipv4().safeParse(value).success;
  if (value.includes(':')) return z.ipv6().safeParse(value).success;
  return HOST_NAME.test(value);
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export const ConfigSchema = z.object({
  PORT: z.coerce.number().int('must be a whole number').min(0).max(65_535).default(8080).describe('TCP port to listen on.'),
  HOST: z
    .string()
    .min(1)
    .refine(isHost, 'must be an IP address (e.g. 127.0.0.1, 0.0.0.0, ::) or a host name (e.g. localhost)')
    .default('localhost')
    .describe('Interface to bind; 0.0.0.0 shares the app on the local network.'),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info').describe('Minimum level of the structured logs.'),
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
      'Megabytes the server should stay within: after its fixed cost (~110 MB plus ~30 MB a thread), 40 % goes to caches (simulations, trips, blocks, frames).',
    ),
  METER_SHARE: z.coerce
    .number()
    .gt(0, 'must be more than 0')
    .max(1, 'must be at most 1 (the full program)')
    .default(1)
    .describe(
      "Share of each city's meter groups to simulate: 1 = the full program (Columbus: the gridSMART demonstration's 110,000 meters); 0.05 keeps ~5,500 for a small machine. Every total is still the sum of the meters simulated.",
    ),
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
      message: `must be at least ${minimum} with ENGINE_WORKERS=${config.ENGINE_WORKERS} (each engine thread costs ~30 MB before it caches anything)`,
    });
});

export class ConfigError extends Error {}

/** Settings whose values may hold a secret. */
const SECRET_SETTINGS = new Set(['DATABASE_URL']);

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
    return `  ${key.padEnd(22)} ${schema.description ?? ''}${fallback === undefined ? '' : ` (default: ${fallback})`}`;
  });
  return ['Environment variables:', ...lines].join('\n');
}
