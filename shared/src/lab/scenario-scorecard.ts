/**
 * One scenario's scorecard over a whole-hour window: the air, energy and mobility figures from the
 * service's cached pipelines (the same numbers the pages show), with their hourly lines.
 */
import type { AirHours } from '../air/air-hours';
import type { FlowBlocks } from '../mobility/flow-blocks';
import type { Simulation } from '../simulation/simulation';
import { peakHours } from './peak-hours';
import type { ScenarioScorecard } from './schemas';
import { airFigures } from './scorecard-air';
import { energyFigures } from './scorecard-energy';
import { mobilityFigures } from './scorecard-mobility';

/** Where a scorecard's numbers come from: the scenario and the pipelines that cache its series. */
export interface ScorecardSources {
  sim: Simulation;
  key: string;
  /** The scenario's mobility scenario (plan.ts `mobilityScenario`) and its key: where its flow comes from. */
  mobility: { sim: Simulation; key: string };
  /** The same scenario with EV share 0, when it has EVs (the EV charging at the peak is the difference). */
  withoutEv: Simulation | undefined;
  airHours: AirHours;
  flowBlocks: FlowBlocks;
}

const orNull = (x: number | null) => (x !== null && Number.isFinite(x) ? x : null);
/** Hourly values as JSON: NaN as null, three decimals (the lines are drawn, not summed). */
const line = (values: Float64Array) => Array.from(values, (x) => (Number.isFinite(x) ? Math.round(x * 1000) / 1000 : null));

export function scenarioScorecard(src: ScorecardSources, fromMs: number, toMs: number): ScenarioScorecard {
  const { sim, key } = src;
  const peaks = peakHours(sim.timeZone, fromMs, toMs);
  const air = airFigures(sim, key, src.airHours, fromMs, toMs);
  const energy = energyFigures(sim, src.withoutEv, fromMs, toMs);
  const mobility = mobilityFigures(src.mobility.sim, src.mobility.key, src.flowBlocks, peaks, fromMs, toMs);
  return {
    seed: sim.seed,
    values: {
      pm25Exposure: { value: orNull(air.pm25Exposure) },
      aqiOver100Hours: { value: air.aqiOver100Hours },
      ozone8hMax: { value: orNull(air.ozone8hMax) },
      peakLoad:
        energy.peakAtMs === null ? { value: null } : { value: orNull(energy.peakLoadKw), at: new Date(energy.peakAtMs).toISOString() },
      energy: { value: energy.energyMwh },
      pvExported: { value: energy.pvExportedMwh },
      evAtPeak: { value: orNull(energy.evAtPeakKw) },
      gridCo2: { value: energy.gridCo2T },
      travelTimeIndex: { value: orNull(mobility.travelTimeIndex) },
      delay: { value: orNull(mobility.delayVehH) },
      safetyRate: { value: orNull(mobility.safetyRate) },
    },
    series: {
      pm25: line(air.series.pm25),
      aqi: line(air.series.aqi),
      ozone: line(air.series.ozone),
      load: line(energy.series.load),
      pvExport: line(energy.series.pvExport),
      travelTimeIndex: line(mobility.series.travelTimeIndex),
    },
    counts: {
      peakHours: peaks.length,
      safetyEvents: mobility.safetyEvents,
      connectedMiles: mobility.connectedMiles,
      vehicleMiles: mobility.vehicleMiles,
    },
  };
}
