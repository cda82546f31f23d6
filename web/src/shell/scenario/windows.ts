/**
 * Default episode and fault windows, placed around the current sim time so that flipping a lever
 * shows at once: episodes ramp in over a few hours (the engine's EPISODE_RAMP_MS), so they start
 * well before "now" and the plateau covers it.
 */
import { HOUR_MS as HOUR } from '@sandbox/shared/common/time';

export type EpisodeLever = 'heatWave' | 'wildfireSmoke' | 'inversion' | 'demandResponse';

const SPANS: Record<EpisodeLever, [number, number]> = {
  heatWave: [-24, 48],
  wildfireSmoke: [-12, 36],
  inversion: [-12, 12],
  demandResponse: [-3, 3],
};

export function defaultWindow(lever: EpisodeLever | 'fault', simMs: number): { from: string; to: string } {
  const hour = Math.floor(simMs / HOUR) * HOUR;
  const [before, after] = lever === 'fault' ? [-1, 3] : SPANS[lever];
  return { from: new Date(hour + before * HOUR).toISOString(), to: new Date(hour + after * HOUR).toISOString() };
}
