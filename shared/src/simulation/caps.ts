/**
 * Every window cap of the API, in one table keyed by route: how long a window a route answers (413
 * beyond it, the message naming the cap) and the window it answers when `from`/`to` are absent
 * (ending now). Chart routes build their whole answer at once, so their caps bound the answer;
 * exports stream chunk by chunk with bounded memory, so theirs are far higher and bound the CPU one
 * request can take. Where the cost grows with the selection, a budget of entity-steps (station-minutes)
 * is shared by the entities asked (charts), or the rows (entities × steps) are counted before
 * anything is generated (exports).
 */
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../common/time';
import type { RouteName } from '../contract';

export interface WindowCap {
  /** The window when `from`/`to` are absent: this span, ending now. */
  defaultSpanMs: number;
  /** The longest window, days (a chart route with `budget` has it per request instead). */
  maxDays?: number;
  /** Charts: entity-steps per request; the entities asked share them (1 station: a longer window than 10). */
  budget?: { max: number; unit: string; stepMs: number };
  /** Exports: the most rows (entities × steps) one download may have. */
  rows?: { max: number; unit: string };
}

export const CAPS = {
  airReadings: { defaultSpanMs: DAY_MS, budget: { max: 500_000, unit: 'station-minutes', stepMs: MINUTE_MS } },
  /** A year of one station's hourly NowCast, or five weeks of ten stations. */
  airHourly: { defaultSpanMs: DAY_MS, budget: { max: 8_784, unit: 'station-hours', stepMs: HOUR_MS } },
  /** A year of one station's daily AQI, or 40 days of ten stations (local days: the window is dates). */
  airDaily: { defaultSpanMs: 30 * DAY_MS, budget: { max: 400, unit: 'station-days', stepMs: DAY_MS } },
  energyReadings: { defaultSpanMs: DAY_MS, maxDays: 366 },
  energySummary: { defaultSpanMs: DAY_MS, maxDays: 31 },
  mobilitySegments: { defaultSpanMs: DAY_MS, maxDays: 7 },
  mobilityCorridorFlow: { defaultSpanMs: DAY_MS, maxDays: 7 },
  mobilityEvents: { defaultSpanMs: DAY_MS, maxDays: 7 },
  /** A week of every stream per scenario (the Lab also caps the engine work of its seeds and variants, lab/cost.ts). */
  labScorecard: { defaultSpanMs: DAY_MS, maxDays: 7 },
  exportAir: { defaultSpanMs: DAY_MS, maxDays: 366, rows: { max: 1_000_000, unit: 'station-minutes' } },
  exportAirHourly: { defaultSpanMs: DAY_MS, maxDays: 366, rows: { max: 200_000, unit: 'station-hours' } },
  exportMeters: { defaultSpanMs: DAY_MS, maxDays: 366, rows: { max: 20_000_000, unit: 'meter-intervals' } },
  exportLoad: { defaultSpanMs: DAY_MS, maxDays: 366, rows: { max: 2_000_000, unit: 'group-intervals' } },
  /** Trips cost ~1 s per simulated day. */
  exportSegments: { defaultSpanMs: DAY_MS, maxDays: 31, rows: { max: 5_000_000, unit: 'segment-minutes' } },
  exportEvents: { defaultSpanMs: DAY_MS, maxDays: 31 },
  /** 10 Hz messages: a full day is ~60 million, so the default window is a minute. */
  exportBsm: { defaultSpanMs: MINUTE_MS, maxDays: 1 },
  exportTruth: { defaultSpanMs: DAY_MS, maxDays: 366 },
  exportGreenButton: { defaultSpanMs: DAY_MS, maxDays: 366 },
} as const satisfies Partial<Record<RouteName, WindowCap>>;

export type CappedRoute = keyof typeof CAPS;
