/**
 * A scenario as flat query parameters, so every REST route, the live stream, the exports and the
 * dashboard's URL share one readable encoding:
 *
 *   ?city=columbus&seed=7&evShare=0.4&heatWave=2026-07-14T00:00:00Z/2026-07-17T00:00:00Z&heatWaveDeltaC=8
 *
 * Windows use ISO 8601 interval notation (`from/to`); booleans are `true|false|1|0`; faults, which
 * have many shapes, travel as one JSON array in `faults`. Only values that differ from the defaults
 * need to appear, and `scenarioToQuery` writes only those.
 */
import { z } from 'zod';
import { boundedNumber, CityIdSchema, inTimeRange, numberParam, SeedSchema, TIME_RANGE_MESSAGE } from '../common/schemas';
import { DEFAULT_CONNECTED_SHARE, FaultSchema, type LeversInput, type Scenario, type ScenarioInput, ScenarioSchema } from './schemas';
import { SealedTokenSchema } from './sealed-token';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** `from/to` → `{ from, to }`, both ISO instants with an offset, `to` after `from`. */
export const IntervalParamSchema = z
  .string()
  .transform((text, ctx) => {
    // Stryker disable next-line StringLiteral: a default only fills a missing part, and no stand-in passes the instant pattern either
    const [from = '', to = '', extra] = text.split('/');
    if (extra !== undefined || !ISO_INSTANT.test(from) || !ISO_INSTANT.test(to)) {
      ctx.addIssue({ code: 'custom', message: 'must be an ISO 8601 interval "from/to", e.g. 2026-07-14T00:00:00Z/2026-07-17T00:00:00Z' });
      return z.NEVER;
    }
    if (!inTimeRange(Date.parse(from)) || !inTimeRange(Date.parse(to))) {
      ctx.addIssue({ code: 'custom', message: `both ends ${TIME_RANGE_MESSAGE}` });
      return z.NEVER;
    }
    if (!(Date.parse(to) > Date.parse(from))) {
      ctx.addIssue({ code: 'custom', message: 'the interval must end after it starts' });
      return z.NEVER;
    }
    return { from: new Date(Date.parse(from)).toISOString(), to: new Date(Date.parse(to)).toISOString() };
  })
  .describe('ISO 8601 interval `from/to`.');

export const BooleanParamSchema = z
  .enum(['true', 'false', '1', '0'], { error: 'must be true, false, 1 or 0' })
  .transform((value) => value === 'true' || value === '1');

// Stryker disable next-line ArrowFunction: the module then fails to load (zod refuses the schema), which Stryker's vitest runner reports as survived
const share = (what: string) => numberParam(boundedNumber(0, 1)).describe(what);

/** Faults as a JSON array (URL-encoded), each validated with the scenario's fault schema. */
export const FaultsParamSchema = z
  .string()
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'must be a JSON array of faults' });
      return z.NEVER;
    }
  })
  .pipe(z.array(FaultSchema).max(20, 'at most 20 faults'));

/** Query parameters that describe a scenario; every route that simulates accepts them. */
export const scenarioQueryShape = {
  city: CityIdSchema.default('columbus'),
  seed: SeedSchema.optional(),
  evShare: share('Share of the fleet that is electric, 0–1 (default 0.05).').optional(),
  evTimeOfUse: BooleanParamSchema.optional().describe('Overnight time-of-use EV charging.'),
  heatWave: IntervalParamSchema.optional().describe('Heat-wave window `from/to`.'),
  heatWaveDeltaC: numberParam(boundedNumber(0, 15)).optional().describe('Heat-wave plateau, °C added (default 6).'),
  smoke: IntervalParamSchema.optional().describe('Wildfire-smoke window `from/to`.'),
  smokeIntensity: share('Smoke intensity, 0–1 (default 0.6).').optional(),
  inversion: IntervalParamSchema.optional().describe('Winter-inversion window `from/to`.'),
  inversionIntensity: share('Inversion intensity, 0–1 (default 0.7).').optional(),
  demandResponse: IntervalParamSchema.optional().describe('Demand-response window `from/to`.'),
  demandResponseDepth: share('Share of homes taking part, 0–1 (default 0.5).').optional(),
  signalRetiming: BooleanParamSchema.optional().describe('Retimed, coordinated signals.'),
  transitSignalPriority: BooleanParamSchema.optional().describe('Transit signal priority for buses.'),
  connectedShare: share(`Share of the corridors' vehicles with an on-board unit, 0–1 (default ${DEFAULT_CONNECTED_SHARE}).`).optional(),
  bsmRateHz: numberParam(boundedNumber(0.1, 10)).optional().describe('BSM rate per connected vehicle, Hz (default 10).'),
  faults: FaultsParamSchema.optional().describe('Injected faults: a URL-encoded JSON array (see the Scenario schema).'),
  sealed: SealedTokenSchema.optional(),
};

const ScenarioQueryObject = z.object(scenarioQueryShape);
export type ScenarioQuery = z.output<typeof ScenarioQueryObject>;

/** Parameters that only make sense with their window. */
const NEEDS_WINDOW = [
  ['heatWaveDeltaC', 'heatWave'],
  ['smokeIntensity', 'smoke'],
  ['inversionIntensity', 'inversion'],
  ['demandResponseDepth', 'demandResponse'],
] as const;

/** Adds "parameter needs its window" issues; use in a route query schema's superRefine. */
export function checkScenarioQuery(query: Partial<ScenarioQuery>, ctx: z.RefinementCtx): void {
  for (const [detail, window] of NEEDS_WINDOW) {
    if (query[detail] !== undefined && query[window] === undefined) {
      ctx.addIssue({ code: 'custom', path: [detail], message: `needs ${window}=from/to` });
    }
  }
}

/**
 * The query schema of a route that simulates: the scenario's parameters, then the route's own (a
 * window, metrics, ids, …); unknown parameters are refused and a lever's detail needs its window.
 */
export function scenarioRouteQuery<T extends z.ZodRawShape>(shape: T) {
  return z
    .object({ ...scenarioQueryShape, ...shape })
    .strict()
    .superRefine((query, ctx) => checkScenarioQuery(query as Partial<ScenarioQuery>, ctx));
}

function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** The scenario a parsed query describes (defaults filled in by the scenario schema). */
export function scenarioFromQuery(query: Partial<ScenarioQuery>): Scenario {
  const levers: LeversInput = defined({
    evShare: query.evShare,
    evTimeOfUse: query.evTimeOfUse,
    heatWave: query.heatWave && defined({ ...query.heatWave, deltaC: query.heatWaveDeltaC }),
    wildfireSmoke: query.smoke && defined({ ...query.smoke, intensity: query.smokeIntensity }),
    inversion: query.inversion && defined({ ...query.inversion, intensity: query.inversionIntensity }),
    demandResponse: query.demandResponse && defined({ ...query.demandResponse, depth: query.demandResponseDepth }),
    signalRetiming: query.signalRetiming,
    transitSignalPriority: query.transitSignalPriority,
    connectedShare: query.connectedShare,
    bsmRateHz: query.bsmRateHz,
  });
  const input: ScenarioInput = defined({ city: query.city, seed: query.seed, levers, faults: query.faults });
  return ScenarioSchema.parse(input);
}

/** An instant in one spelling (UTC, milliseconds only when there are some), so equal scenarios get equal keys. */
const canonicalInstant = (iso: string) => new Date(Date.parse(iso)).toISOString().replace('.000Z', 'Z');
const interval = (window: { from: string; to: string }) => `${canonicalInstant(window.from)}/${canonicalInstant(window.to)}`;

/** Query parameters for a scenario, only where it differs from the defaults (stable key order). */
export function scenarioToQuery(scenario: Scenario): Record<string, string> {
  // Stryker disable next-line ObjectLiteral: no scenario default depends on the city
  const base = ScenarioSchema.parse({ city: scenario.city });
  const l = scenario.levers;
  const d = base.levers;
  const out: Record<string, string | undefined> = {
    city: scenario.city,
    seed: scenario.seed !== base.seed ? String(scenario.seed) : undefined,
    evShare: l.evShare !== d.evShare ? String(l.evShare) : undefined,
    evTimeOfUse: l.evTimeOfUse ? 'true' : undefined,
    heatWave: l.heatWave && interval(l.heatWave),
    heatWaveDeltaC: l.heatWave ? String(l.heatWave.deltaC) : undefined,
    smoke: l.wildfireSmoke && interval(l.wildfireSmoke),
    smokeIntensity: l.wildfireSmoke ? String(l.wildfireSmoke.intensity) : undefined,
    inversion: l.inversion && interval(l.inversion),
    inversionIntensity: l.inversion ? String(l.inversion.intensity) : undefined,
    demandResponse: l.demandResponse && interval(l.demandResponse),
    demandResponseDepth: l.demandResponse ? String(l.demandResponse.depth) : undefined,
    signalRetiming: l.signalRetiming ? 'true' : undefined,
    transitSignalPriority: l.transitSignalPriority ? 'true' : undefined,
    connectedShare: l.connectedShare !== d.connectedShare ? String(l.connectedShare) : undefined,
    bsmRateHz: l.bsmRateHz !== d.bsmRateHz ? String(l.bsmRateHz) : undefined,
    faults: scenario.faults.length > 0 ? JSON.stringify(scenario.faults) : undefined,
  };
  return defined(out) as Record<string, string>;
}

/** A stable key for caches: two queries meaning the same scenario give the same key. */
export function scenarioKey(scenario: Scenario): string {
  const query = scenarioToQuery(scenario);
  return Object.keys(query)
    .sort()
    .map((key) => `${key}=${query[key]}`)
    .join('&');
}
