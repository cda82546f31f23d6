/**
 * One scenario's scorecard over a whole-hour window, composed from its parts' answers (parts.ts): the
 * air figures of the window, the city load of each day, the sums of each weekday peak hour, all from
 * the services' cached pipelines (the same numbers the pages show). Composing is a few loops over
 * hours and intervals: the server does it on its main thread with the answers of its engine threads,
 * the service (tests, the web app's mocks) with answers it computed itself; both get the same bits.
 */
import { scenarioFromQuery } from '../scenario/query';
import type { Scenario } from '../scenario/schemas';
import { line, orNull } from './lines';
import type { RunParts } from './parts';
import { peakHours } from './peak-hours';
import type { LabPlan } from './plan';
import type { ScenarioScorecard } from './schemas';
import type { AirPart } from './scorecard-air';
import { type EnergyStretch, energyFigures } from './scorecard-energy';
import { type MobilityHour, mobilityFigures } from './scorecard-mobility';

/** What each kind of part answers. */
export interface PartAnswers {
  air: AirPart;
  energy: EnergyStretch;
  mobility: MobilityHour[];
}

/** A run's parts' answers, in the order of its `RunParts`. */
export interface RunAnswers {
  air: AirPart;
  energy: readonly EnergyStretch[];
  mobility: readonly MobilityHour[][];
}

export function scenarioScorecard(
  scenario: Scenario,
  timeZone: string,
  fromMs: number,
  toMs: number,
  answers: RunAnswers,
): ScenarioScorecard {
  const peaks = peakHours(timeZone, fromMs, toMs);
  const { air } = answers;
  const energy = energyFigures(answers.energy);
  const mobility = mobilityFigures(answers.mobility.flat(), scenario.levers.connectedShare, fromMs, toMs);
  return {
    seed: scenario.seed,
    values: {
      pm25Exposure: { value: air.pm25Exposure },
      aqiOver100Hours: { value: air.aqiOver100Hours },
      ozone8hMax: { value: air.ozone8hMax },
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
      pm25: air.series.pm25,
      aqi: air.series.aqi,
      ozone: air.series.ozone,
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

/** A run's scorecard from its parts (`parts`) and the answers of a list of parts (`answers[i]` answers part i). */
export function runScorecard(
  scenario: Scenario,
  timeZone: string,
  fromMs: number,
  toMs: number,
  parts: RunParts,
  answers: readonly unknown[],
): ScenarioScorecard {
  return scenarioScorecard(scenario, timeZone, fromMs, toMs, {
    air: answers[parts.air] as AirPart,
    energy: parts.energy.map((i) => answers[i] as EnergyStretch),
    mobility: parts.mobility.map((i) => answers[i] as MobilityHour[]),
  });
}

/** The scorecard of every run of a plan from the answers of its parts (`answers[i]` answers `plan.parts[i]`). */
export function runScorecards(plan: LabPlan, answers: readonly unknown[]): ScenarioScorecard[] {
  return plan.runs.map((run, r) =>
    runScorecard(scenarioFromQuery(run), plan.timezone, plan.fromMs, plan.toMs, plan.runParts[r] as RunParts, answers),
  );
}
