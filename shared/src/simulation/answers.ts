/** What the services' answers share: ISO instants, the instant a query names, the series envelope. */
import type { Resolution, ResolvedWindow } from '../common/query';
import type { Simulation } from './simulation';

export const iso = (ms: number) => new Date(ms).toISOString();

/** The instant a query names, or `nowMs` floored to the second. */
export const instantOf = (at: string | undefined, nowMs: number) => (at ? Date.parse(at) : Math.floor(nowMs / 1000) * 1000);

/** What every series answer starts with: the city, the seed and the resolved window. */
export const envelope = <R extends Resolution>(sim: Simulation, { fromMs, toMs }: ResolvedWindow, resolution: R) => ({
  city: sim.city.id,
  seed: sim.seed,
  from: iso(fromMs),
  to: iso(toMs),
  resolution,
});
