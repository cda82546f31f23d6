/**
 * The scorecard's mobility figures from the per-minute segment flow and safety events in hour blocks
 * (flow-blocks.ts, what the Mobility page charts), read in the weekday peak periods: the travel-time
 * index, vehicle-hours of delay, and safety events per 1,000 connected-vehicle miles. An engine
 * thread sums each peak hour (`mobilityHours`, one peak period at a time); the figures are those
 * sums added up in hour order (`mobilityFigures`), wherever the hours were summed.
 */
import { HOUR_MS, MINUTE_MS } from '../common/time';
import type { FlowBlocks } from '../mobility/flow-blocks';
import type { Simulation } from '../simulation/simulation';

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

/** One peak hour's sums over the segments and minutes of its flow, and its safety events. */
export interface MobilityHour {
  hourStart: number;
  actualS: number;
  freeFlowS: number;
  metres: number;
  events: number;
}

function flowSums(sim: Simulation, cols: ReturnType<FlowBlocks['columns']>, firstMinute: number, minutes: number, hour: MobilityHour) {
  for (const seg of sim.network.segments) {
    const freeFlowS = seg.lengthM / seg.speedLimitMps;
    for (let m = firstMinute; m < firstMinute + minutes; m++) {
      const row = seg.index * cols.minutes + m;
      hour.actualS += cols.travelTimeSumS[row] as number;
      hour.freeFlowS += (cols.traversals[row] as number) * freeFlowS;
      hour.metres += (cols.volume[row] as number) * seg.lengthM;
    }
  }
}

/** The sums of each hour of `[fromMs, toMs)` (whole hours: a peak period) from the flow blocks. */
export function mobilityHours(sim: Simulation, key: string, blocks: FlowBlocks, fromMs: number, toMs: number): MobilityHour[] {
  const cols = blocks.columns(sim, key, fromMs, toMs);
  const hours: MobilityHour[] = [];
  for (let hourStart = fromMs; hourStart < toMs; hourStart += HOUR_MS) {
    const hour = { hourStart, actualS: 0, freeFlowS: 0, metres: 0, events: 0 };
    flowSums(sim, cols, (hourStart - fromMs) / MINUTE_MS, HOUR_MS / MINUTE_MS, hour);
    hour.events = blocks.events(sim, key, hourStart, hourStart + HOUR_MS).length;
    hours.push(hour);
  }
  return hours;
}

/**
 * The mobility figures of the peak hours' sums (in hour order), with the hourly index from `fromMs`
 * over `[fromMs, toMs)`; `connectedShare` is the scenario's.
 */
export function mobilityFigures(hours: readonly MobilityHour[], connectedShare: number, fromMs: number, toMs: number): MobilityFigures {
  const tti = new Float64Array(Math.round((toMs - fromMs) / HOUR_MS)).fill(Number.NaN);
  let actualS = 0;
  let freeFlowS = 0;
  let metres = 0;
  let events = 0;
  for (const hour of hours) {
    actualS += hour.actualS;
    freeFlowS += hour.freeFlowS;
    metres += hour.metres;
    events += hour.events;
    if (hour.freeFlowS > 0) tti[Math.round((hour.hourStart - fromMs) / HOUR_MS)] = hour.actualS / hour.freeFlowS;
  }
  const vehicleMiles = metres / METRES_PER_MILE;
  // Each trip is connected with the scenario's share (buses always are: a small undercount).
  const connectedMiles = vehicleMiles * connectedShare;
  return {
    travelTimeIndex: freeFlowS > 0 ? actualS / freeFlowS : null,
    delayVehH: hours.length > 0 ? (actualS - freeFlowS) / 3600 : null,
    safetyRate: connectedMiles > 0 ? events / (connectedMiles / 1000) : null,
    safetyEvents: events,
    vehicleMiles,
    connectedMiles,
    series: { travelTimeIndex: tti },
  };
}
