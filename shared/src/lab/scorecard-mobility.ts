/**
 * The scorecard's mobility figures from the per-minute segment flow and safety events in hour blocks
 * (flow-blocks.ts, what the Mobility page charts), read in the weekday peak periods: the travel-time
 * index, vehicle-hours of delay, and safety events per 1,000 connected-vehicle miles.
 */
import { HOUR_MS, MINUTE_MS } from '../common/time';
import type { FlowBlocks } from '../mobility/flow-blocks';
import type { Simulation } from '../simulation/simulation';
import { hourSpansOf } from './peak-hours';

const METRES_PER_MILE = 1609.344;

export interface MobilityFigures {
  travelTimeIndex: number | null;
  delayVehH: number | null;
  safetyRate: number | null;
  safetyEvents: number;
  vehicleMiles: number;
  connectedMiles: number;
  /** Travel-time index of each peak hour, NaN elsewhere (from the window's start). */
  series: { travelTimeIndex: Float64Array };
}

/** Sums over the segments and minutes of one set of flow columns. */
interface FlowSums {
  actualS: number;
  freeFlowS: number;
  metres: number;
}

function flowSums(sim: Simulation, cols: ReturnType<FlowBlocks['columns']>, firstMinute: number, minutes: number): FlowSums {
  const sums = { actualS: 0, freeFlowS: 0, metres: 0 };
  for (const seg of sim.network.segments) {
    const freeFlowS = seg.lengthM / seg.speedLimitMps;
    for (let m = firstMinute; m < firstMinute + minutes; m++) {
      const row = seg.index * cols.minutes + m;
      sums.actualS += cols.travelTimeSumS[row] as number;
      sums.freeFlowS += (cols.traversals[row] as number) * freeFlowS;
      sums.metres += (cols.volume[row] as number) * seg.lengthM;
    }
  }
  return sums;
}

/** The mobility figures over `peakHours` (hour starts in the window), with the hourly index from `fromMs`. */
export function mobilityFigures(
  sim: Simulation,
  key: string,
  blocks: FlowBlocks,
  peakHours: readonly number[],
  fromMs: number,
  toMs: number,
): MobilityFigures {
  const tti = new Float64Array(Math.round((toMs - fromMs) / HOUR_MS)).fill(Number.NaN);
  const total: FlowSums = { actualS: 0, freeFlowS: 0, metres: 0 };
  let events = 0;
  for (const span of hourSpansOf(peakHours)) {
    const cols = blocks.columns(sim, key, span.fromMs, span.toMs);
    for (let hourStart = span.fromMs; hourStart < span.toMs; hourStart += HOUR_MS) {
      const hour = flowSums(sim, cols, (hourStart - span.fromMs) / MINUTE_MS, HOUR_MS / MINUTE_MS);
      total.actualS += hour.actualS;
      total.freeFlowS += hour.freeFlowS;
      total.metres += hour.metres;
      if (hour.freeFlowS > 0) tti[Math.round((hourStart - fromMs) / HOUR_MS)] = hour.actualS / hour.freeFlowS;
    }
    events += blocks.events(sim, key, span.fromMs, span.toMs).length;
  }
  const vehicleMiles = total.metres / METRES_PER_MILE;
  // Each trip is connected with the scenario's share (buses always are: a small undercount).
  const connectedMiles = vehicleMiles * sim.levers.connectedShare;
  return {
    travelTimeIndex: total.freeFlowS > 0 ? total.actualS / total.freeFlowS : null,
    delayVehH: peakHours.length > 0 ? (total.actualS - total.freeFlowS) / 3600 : null,
    safetyRate: connectedMiles > 0 ? events / (connectedMiles / 1000) : null,
    safetyEvents: events,
    vehicleMiles,
    connectedMiles,
    series: { travelTimeIndex: tti },
  };
}
