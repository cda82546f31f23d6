/** Which levers and faults differ from the default scenario: for the badge and the summary line. */
import { type Scenario, ScenarioSchema } from '@sandbox/shared/scenario/schemas';

export function changedLevers(scenario: Scenario): string[] {
  const defaults = ScenarioSchema.parse({ city: scenario.city }).levers;
  const changed = (Object.keys(defaults) as (keyof typeof defaults)[]).filter(
    (key) => JSON.stringify(scenario.levers[key]) !== JSON.stringify(defaults[key]),
  );
  const optional = (['heatWave', 'wildfireSmoke', 'inversion', 'demandResponse'] as const).filter(
    (key) => scenario.levers[key] !== undefined && !changed.includes(key),
  );
  return [...changed, ...optional, ...scenario.faults.map((fault) => `fault:${fault.kind}`)];
}
