/**
 * Fixed-time signal control. Each intersection runs a two-phase plan (corridor main street, cross
 * street) from city.json: main green, yellow, all-red, cross green, yellow, all-red, repeating every
 * cycle from its offset. The signal-retiming lever swaps in coordinated plans: one common cycle per
 * corridor, 10% more main green, and offsets that give a green wave to the inbound direction before
 * local noon and to the outbound direction after. State at any instant is pure arithmetic.
 */
import type { SignalPlan } from '../city/schemas';
import type { Network } from './network';
import type { SignalColor, SignalState } from './schemas';

/** Plans in force: the base plans, or the retimed morning and afternoon plans. */
export interface SignalPlans {
  base: SignalPlan[];
  retimedAm: SignalPlan[];
  retimedPm: SignalPlan[];
}

/** Progression speed for green waves, as a share of the speed limit. */
const PROGRESSION_SHARE = 0.9;
const MIN_CROSS_GREEN_S = 12;

function retimedPlans(network: Network, inboundFirst: boolean): SignalPlan[] {
  const plans = network.intersections.map((ix) => ({ ...ix.plan }));
  for (const corridor of network.corridors) {
    const [d0, d1] = corridor.directions;
    const dirA = network.directions[d0];
    const dirB = network.directions[d1];
    if (!dirA || !dirB) continue;
    const dir = dirA.inbound === inboundFirst ? dirA : dirB;
    const cycle = Math.max(...dir.intersections.map((i) => network.intersections[i]?.plan.cycleS ?? 0));
    const speed = corridor.speedLimitMps * PROGRESSION_SHARE;
    dir.intersections.forEach((ixIndex, order) => {
      const base = network.intersections[ixIndex]?.plan;
      if (!base) return;
      const clearance = 2 * (base.yellowS + base.allRedS);
      const green = Math.min(Math.round(base.mainGreenS * (cycle / base.cycleS) * 1.1), cycle - clearance - MIN_CROSS_GREEN_S);
      const travel = ((dir.stopS[order] as number) - (dir.stopS[0] as number)) / speed;
      plans[ixIndex] = { ...base, cycleS: cycle, mainGreenS: green, offsetS: Math.round(travel) % cycle };
    });
  }
  return plans;
}

export function buildSignalPlans(network: Network): SignalPlans {
  return {
    base: network.intersections.map((ix) => ix.plan),
    retimedAm: retimedPlans(network, true),
    retimedPm: retimedPlans(network, false),
  };
}

/** Seconds since the start of the current cycle (main green start), 0 ≤ τ < cycle, for `tS` seconds since 1970. */
export function secondInCycle(plan: SignalPlan, tS: number): number {
  const tau = remainder(tS - plan.offsetS, plan.cycleS);
  return tau < 0 ? tau + plan.cycleS : tau;
}

/**
 * `x % y`, bit for bit, without the C call V8 makes for a float remainder (a quarter of a trip's
 * build, which asks at every signal). For a whole `y` and 4y ≤ x < 2^52, q = ⌊x / y⌋ is the
 * quotient n or n + 1 (the rounded quotient never falls below the whole number n), q·y is exact (a
 * whole number under 2^53), x − q·y is exact (Sterbenz: q·y / 2 ≤ x ≤ 2·q·y), and so is adding y
 * back when q was n + 1: the result is x − n·y exactly, as `%` gives it.
 */
export function remainder(x: number, y: number): number {
  if (x >= 4 * y && x < 2 ** 52 && y > 0 && Number.isInteger(y)) {
    const r = x - Math.floor(x / y) * y;
    return r < 0 ? r + y : r;
  }
  return x % y;
}

/** Colour of the main (corridor) movement at second `tau` of the cycle. */
export function mainColorAt(plan: SignalPlan, tau: number): SignalColor {
  if (tau < plan.mainGreenS) return 'green';
  if (tau < plan.mainGreenS + plan.yellowS) return 'yellow';
  return 'red';
}

/** Colour of the cross-street movement at second `tau` of the cycle. */
export function crossColorAt(plan: SignalPlan, tau: number): SignalColor {
  const greenStart = plan.mainGreenS + plan.yellowS + plan.allRedS;
  const yellowStart = plan.cycleS - plan.yellowS - plan.allRedS;
  if (tau >= greenStart && tau < yellowStart) return 'green';
  if (tau >= yellowStart && tau < plan.cycleS - plan.allRedS) return 'yellow';
  return 'red';
}

/** Seconds from `tau` until the colour of a movement changes. */
function remainingS(plan: SignalPlan, tau: number, movement: 'main' | 'cross'): number {
  const g = plan.mainGreenS;
  const y = plan.yellowS;
  const r = plan.allRedS;
  const c = plan.cycleS;
  const changes = movement === 'main' ? [g, g + y, c] : [g + y + r, c - y - r, c - r, c + g + y + r];
  for (const edge of changes) if (edge > tau) return edge - tau;
  return c - tau;
}

const EVENT_STATE = {
  green: 'protected-Movement-Allowed',
  yellow: 'protected-clearance',
  red: 'stop-And-Remain',
} as const;

/** The SPaT-like state of an intersection at `tS` seconds since 1970 under `plan`. */
export function signalStateOf(intersectionId: string, plan: SignalPlan, utcMs: number): SignalState {
  const tau = secondInCycle(plan, utcMs / 1000);
  const main = mainColorAt(plan, tau);
  const cross = crossColorAt(plan, tau);
  return {
    intersectionId,
    time: new Date(utcMs).toISOString(),
    cycleS: plan.cycleS,
    secondInCycle: Math.round(tau * 1000) / 1000,
    states: [
      {
        signalGroup: 2,
        movement: 'main',
        color: main,
        eventState: EVENT_STATE[main],
        minEndS: Math.round(remainingS(plan, tau, 'main') * 10) / 10,
      },
      {
        signalGroup: 4,
        movement: 'cross',
        color: cross,
        eventState: EVENT_STATE[cross],
        minEndS: Math.round(remainingS(plan, tau, 'cross') * 10) / 10,
      },
    ],
  };
}
