/**
 * The scenario (city, seed, levers, faults) lives in the URL with the same parameter names the API
 * takes, so the dashboard passes them through verbatim and a link reproduces the data exactly.
 * Parameters that do not validate are dropped (and listed, so the shell can say so).
 */
import { type Scenario, ScenarioSchema } from '@sandbox/shared/schemas/scenario';
import { checkScenarioQuery, scenarioFromQuery, scenarioQueryShape, scenarioToQuery } from '@sandbox/shared/schemas/scenario-query';
import { useCallback, useMemo } from 'react';
import { z } from 'zod';
import { useUrlParams } from '../url/use-url-params';

export const SCENARIO_PARAMS = Object.keys(scenarioQueryShape) as (keyof typeof scenarioQueryShape)[];
const ScenarioParamsSchema = z.object(scenarioQueryShape).superRefine(checkScenarioQuery);

export interface ScenarioView {
  scenario: Scenario;
  /** The scenario's query parameters as the API takes them (only what differs from the defaults). */
  query: Record<string, string>;
  /** URL parameters that were dropped because they did not validate. */
  ignored: string[];
}

/** Reads the scenario from URL parameters, dropping the ones that do not validate. */
export function scenarioFromSearch(search: URLSearchParams): ScenarioView {
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
  return { scenario, query: scenarioToQuery(scenario), ignored };
}

/** Puts `scenario` in place of the scenario parameters of `search` (only what differs from the defaults). */
export function writeScenario(search: URLSearchParams, scenario: Scenario): void {
  for (const k of SCENARIO_PARAMS) search.delete(k);
  for (const [k, v] of Object.entries(scenarioToQuery(scenario))) if (!(k === 'city' && v === 'columbus')) search.set(k, v);
}

export function useScenario() {
  const [params, update] = useUrlParams();
  const key = SCENARIO_PARAMS.map((k) => params.get(k) ?? '').join('|');
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` is the scenario part of the URL
  const view = useMemo(() => scenarioFromSearch(params), [key]);

  /** Replaces the scenario's parameters in the URL (other view state is kept). */
  const setScenario = useCallback(
    (next: Scenario) => {
      update((search) => writeScenario(search, next));
    },
    [update],
  );

  return { ...view, setScenario };
}
