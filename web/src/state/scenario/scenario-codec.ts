/**
 * The scenario (city, seed, levers, faults) as URL parameters, written and read here only: the
 * address bar, every API request and its cache key (api/contract-query.ts) and the live stream all
 * go through `encodeScenario` / `decodeScenario`. The names are the ones the API takes (shared's
 * scenario-query schema), so the dashboard's link and its requests describe the same data.
 */

import { CityIdSchema } from '@sandbox/shared/common/schemas';
import { scenarioAddressParams } from '@sandbox/shared/scenario/address';
import { checkScenarioQuery, scenarioFromQuery, scenarioQueryShape, scenarioToQuery } from '@sandbox/shared/scenario/query';
import { type Scenario, ScenarioSchema } from '@sandbox/shared/scenario/schemas';
import { SealedTokenSchema } from '@sandbox/shared/scenario/sealed-token';
import { z } from 'zod';

export type ScenarioParam = keyof typeof scenarioQueryShape;
export const SCENARIO_PARAMS = Object.keys(scenarioQueryShape) as ScenarioParam[];
const ScenarioParamsSchema = z.object(scenarioQueryShape).superRefine(checkScenarioQuery);

/** The scenario's parameters: only what differs from the defaults (the city always), in a stable order. */
export type ScenarioParams = Readonly<Partial<Record<ScenarioParam, string>>>;

export interface DecodedScenario {
  scenario: Scenario;
  /** Parameters that were dropped because they did not validate. */
  ignored: string[];
}

/**
 * Student mode (issue 15): a view opened with `sealed=<token>` shows a scenario the server keeps.
 * The web knows only its city; the decoded scenario is remembered here with its token, so every
 * request written from it sends the token alone (the server refuses any other scenario parameter
 * next to it) and nothing on screen can show its levers or faults.
 */
const sealedTokens = new WeakMap<Scenario, string>();

/** The sealed token the scenario was decoded with, if any. */
export const sealedTokenOf = (scenario: Scenario): string | undefined => sealedTokens.get(scenario);

/** The parameters of `scenario`, as the API takes them (and the address bar shows them); a sealed one is its token. */
export function encodeScenario(scenario: Scenario): ScenarioParams {
  const sealed = sealedTokens.get(scenario);
  return sealed ? { sealed } : scenarioToQuery(scenario);
}

/** A sealed view: the token and the city, nothing else of the scenario is read. */
function decodeSealed(search: URLSearchParams, sealed: string): DecodedScenario {
  const city = CityIdSchema.safeParse(search.get('city') ?? undefined);
  const scenario = ScenarioSchema.parse({ city: city.success ? city.data : undefined });
  sealedTokens.set(scenario, sealed);
  return { scenario, ignored: [] };
}

/** Reads the scenario from URL parameters, dropping the ones that do not validate (and listing them). */
export function decodeScenario(search: URLSearchParams): DecodedScenario {
  const sealed = SealedTokenSchema.safeParse(search.get('sealed'));
  if (sealed.success) return decodeSealed(search, sealed.data);
  const raw: Record<string, string> = {};
  for (const key of SCENARIO_PARAMS) {
    const value = search.get(key);
    if (value !== null) raw[key] = value;
  }
  const ignored: string[] = [];
  let result = ScenarioParamsSchema.safeParse(raw);
  while (!result.success) {
    // Stryker disable next-line StringLiteral: every issue of the parameter schema has a path
    const bad = new Set(result.error.issues.map((issue) => String(issue.path[0] ?? '')));
    // Stryker disable next-line ConditionalExpression,LogicalOperator,MethodExpression,ArrowFunction: defensive: every issue names a parameter that was read, so there is always one to drop
    if (bad.size === 0 || [...bad].every((key) => !(key in raw))) break;
    for (const key of bad) {
      // Stryker disable next-line ConditionalExpression: defensive: every issue names a parameter that was read
      if (key in raw) {
        ignored.push(key);
        delete raw[key];
      }
    }
    result = ScenarioParamsSchema.safeParse(raw);
  }
  const scenario = result.success ? scenarioFromQuery(result.data) : ScenarioSchema.parse({});
  return { scenario, ignored };
}

/**
 * Puts `scenario` in place of the scenario parameters of `search`; the address bar leaves out the
 * default city. The spelling is shared's `scenarioAddressParams`, which the server's share links use too.
 */
export function writeScenario(search: URLSearchParams, scenario: Scenario): void {
  // A sealed view's scenario is fixed: nothing a student does may replace it.
  if (SealedTokenSchema.safeParse(search.get('sealed')).success) return;
  for (const k of SCENARIO_PARAMS) search.delete(k);
  for (const [k, v] of scenarioAddressParams(scenario)) search.set(k, v);
}
