/**
 * The scenarios the golden outputs are pinned for: the default one and three what-ifs that touch
 * every lever and every fault kind, all on the real Columbus city in the week of 2026-07-13.
 */
import type { ScenarioInput } from '@sandbox/shared';

const day = { from: '2026-07-15T04:00:00Z', to: '2026-07-16T04:00:00Z' };
const afternoon = { from: '2026-07-15T16:00:00Z', to: '2026-07-15T22:00:00Z' };

export const GOLDEN_SCENARIOS: Record<string, ScenarioInput> = {
  default: {},
  'heat-wave': {
    levers: {
      heatWave: { from: '2026-07-14T04:00:00Z', to: '2026-07-17T04:00:00Z', deltaC: 8 },
      demandResponse: { from: '2026-07-15T20:00:00Z', to: '2026-07-15T23:00:00Z', depth: 0.6 },
    },
  },
  'smoke-inversion-levers': {
    seed: 7,
    levers: {
      evShare: 0.4,
      evTimeOfUse: true,
      wildfireSmoke: { from: '2026-07-15T10:00:00Z', to: '2026-07-16T10:00:00Z', intensity: 0.8 },
      inversion: { from: '2026-07-15T04:00:00Z', to: '2026-07-15T14:00:00Z', intensity: 0.5 },
      signalRetiming: true,
      transitSignalPriority: true,
      connectedShare: 0.4,
      bsmRateHz: 5,
    },
  },
  faults: {
    faults: [
      { kind: 'stuck', stationId: 'linden-park-bench', metric: 'pm25', ...afternoon },
      { kind: 'drift', stationId: 'linden-park-bench', metric: 'ozone', ratePerDay: 12, ...day },
      { kind: 'dropout', stationId: 'morse-karl-roadside', ...afternoon },
      { kind: 'spike', stationId: 'cleveland-hudson-roadside', metric: 'no2', perHour: 6, magnitude: 120, ...day },
      { kind: 'clock-skew', stationId: 'goodale-park-bench', skewS: 600, ...day },
      { kind: 'meter-estimated', meterId: 'northland-res-00001', ...afternoon },
      { kind: 'meter-missing', meterId: 'northland-res-00002', ...afternoon },
      { kind: 'feeder-outage', feederId: 'northland-f1', from: '2026-07-15T18:00:00Z', to: '2026-07-15T19:00:00Z' },
      { kind: 'gps-jitter', sigmaM: 40, share: 0.5, ...day },
      { kind: 'duplicate-messages', probability: 0.2, ...day },
    ],
  },
};
