/**
 * Where a trip joins and leaves a corridor direction. It enters at the corridor's start or just past
 * one of its signals (a vehicle turning in from a cross street), runs a distance drawn from an
 * exponential distribution and leaves just past the last signal it reached, having passed at least
 * one. The chance of turning off grows with the distance driven, not with the number of signals, so
 * adding signals to a corridor (85 on the Columbus corridors) does not shorten the trips.
 *
 * `routeCoverage` is the mean share of a direction's segments a trip is counted on; the demand model
 * divides a direction's volume by it to get the rate at which trips start.
 */
import type { DirectionGeom } from './network';

/** Share of trips that enter at the start of the corridor; the others enter past a signal, uniformly. */
export const START_ENTRY_PROBABILITY = 0.55;
/**
 * Mean distance driven along a corridor before turning off, m. Calibration: the first model's 15%
 * chance of leaving at each signal over its ~800 m signal spacing, about 4–5 km a trip.
 */
export const MEAN_RUN_M = 4500;
/** A vehicle entering past a signal starts this far beyond its stop bar, and leaves this far past the last one. */
export const ENTRY_OFFSET_M = 8;
export const EXIT_OFFSET_M = 10;

/** A trip's route along one direction, in the direction's legs: leg `k` is the segment that ends at signal `k`. */
export interface Route {
  /** Leg it starts on: 0 from the corridor start, `j + 1` just past signal `j`. */
  firstLeg: number;
  /** One past the last signal it passes; the number of signals means it runs to the corridor end. */
  lastLeg: number;
  /** Where it starts and where it leaves, m along the direction. */
  s0: number;
  sEnd: number;
}

/** The start position of a route beginning on leg `firstLeg`. */
export function entryS(dir: DirectionGeom, firstLeg: number): number {
  return firstLeg === 0 ? 0 : (dir.stopS[firstLeg - 1] as number) + ENTRY_OFFSET_M;
}

/** Where a route leaves the direction, m. */
export function exitS(dir: DirectionGeom, lastLeg: number): number {
  return lastLeg >= dir.stopS.length ? dir.length : (dir.stopS[lastLeg - 1] as number) + EXIT_OFFSET_M;
}

/**
 * The route of a trip from three uniform draws: where it enters, past which signal, and how far it
 * runs. With `into`, written there (a trip specification reused for every trip, trip-specs.ts).
 */
export function drawRoute(dir: DirectionGeom, uStart: number, uSignal: number, uRun: number, into?: Route): Route {
  const n = dir.stopS.length;
  let firstLeg = 0;
  if (uStart >= START_ENTRY_PROBABILITY && n > 0) firstLeg = Math.min(n - 1, Math.floor(uSignal * n)) + 1;
  const lastLeg = runFrom(dir, firstLeg, uRun);
  const route = into ?? { firstLeg: 0, lastLeg: 0, s0: 0, sEnd: 0 };
  route.firstLeg = firstLeg;
  route.lastLeg = lastLeg;
  route.s0 = entryS(dir, firstLeg);
  route.sEnd = exitS(dir, lastLeg);
  return route;
}

/** The last leg of a run entering on `firstLeg` with run draw `uRun`: past at least one signal. */
export function runFrom(dir: DirectionGeom, firstLeg: number, uRun: number): number {
  const n = dir.stopS.length;
  const reach = entryS(dir, firstLeg) - MEAN_RUN_M * Math.log(1 - uRun);
  let lastLeg = Math.min(n, firstLeg + 1);
  while (lastLeg < n && (dir.stopS[lastLeg] as number) < reach) lastLeg++;
  return lastLeg;
}

/**
 * Mean share of a direction's segments (legs 0…n) a trip is counted on, for the routes `drawRoute`
 * draws: a trip counts on a segment when it passes the segment's end (its signal, or the corridor end).
 */
export function routeCoverage(dir: DirectionGeom): number {
  const n = dir.stopS.length;
  if (n === 0) return 1;
  const counted = (firstLeg: number) => {
    if (firstLeg >= n) return 1; // past the last signal: runs to the end, one segment
    const s0 = entryS(dir, firstLeg);
    let sum = 1; // the first signal is always passed
    let pass = 1;
    for (let k = firstLeg + 1; k < n; k++) {
      pass = Math.exp(-((dir.stopS[k] as number) - s0) / MEAN_RUN_M);
      sum += pass;
    }
    return sum + pass; // the end segment counts when the last signal was passed
  };
  let mean = START_ENTRY_PROBABILITY * counted(0);
  for (let j = 0; j < n; j++) mean += ((1 - START_ENTRY_PROBABILITY) / n) * counted(j + 1);
  return mean / (n + 1);
}

/**
 * The way back along the other direction of the corridor: from where `route` left to where it started.
 * Leg `g` of one direction (the stretch between its signals g - 1 and g) is leg `n - g` of the other.
 */
export function returnRoute(dir: DirectionGeom, route: Route): Route {
  const n = dir.stopS.length;
  return { firstLeg: n - route.lastLeg, lastLeg: n - route.firstLeg, s0: dir.length - route.sEnd, sEnd: dir.length - route.s0 };
}
