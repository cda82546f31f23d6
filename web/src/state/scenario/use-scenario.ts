/**
 * The scenario of the view, read from the address bar (parameters that do not validate are dropped
 * and listed, so the shell can say so) and written back to it, through the one codec.
 */
import type { Scenario } from '@sandbox/shared/scenario/schemas';
import { useCallback, useMemo } from 'react';
import { useUrlParams } from '../url/use-url-params';
import { decodeScenario, SCENARIO_PARAMS, writeScenario } from './scenario-codec';

export function useScenario() {
  const [params, update] = useUrlParams();
  const key = SCENARIO_PARAMS.map((k) => params.get(k) ?? '').join('|');
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` is the scenario part of the URL
  const view = useMemo(() => decodeScenario(params), [key]);

  /** Replaces the scenario's parameters in the URL (other view state is kept). */
  const setScenario = useCallback(
    (next: Scenario) => {
      update((search) => writeScenario(search, next));
    },
    [update],
  );

  return { ...view, setScenario };
}
