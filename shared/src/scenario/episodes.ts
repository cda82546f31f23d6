/**
 * A scenario's episodes: the windows of its heat wave, wildfire smoke, inversion and demand-response
 * levers. Charts shade them and the Lab lists them, so a reader sees when the what-if was acting.
 */
import type { Scenario } from './schemas';

export const EPISODE_KINDS = ['heatWave', 'wildfireSmoke', 'inversion', 'demandResponse'] as const;
export type EpisodeKind = (typeof EPISODE_KINDS)[number];

export interface EpisodeWindow {
  kind: EpisodeKind;
  from: string;
  to: string;
}

/** The scenario's episode windows, in EPISODE_KINDS order (levers that are off have none). */
export function scenarioEpisodes(scenario: Scenario): EpisodeWindow[] {
  return EPISODE_KINDS.flatMap((kind) => {
    const window = scenario.levers[kind];
    return window ? [{ kind, from: window.from, to: window.to }] : [];
  });
}
