/**
 * Homes do not all keep the same thermostat. Each residential meter belongs to one of a few cooling
 * cohorts, each with its own cooling set point; the window computes each cohort's cooling drive once
 * (window.ts) and a meter reads its cohort's row, so the diversity costs no work per meter and read.
 *
 * The cohorts are the cooling set points of NREL ResStock's housing characteristic "Cooling Setpoint"
 * (project_national, from EIA RECS), for climate zone 5A (Columbus), single-family detached, central
 * AC, owner (1,665 RECS homes): 60, 62, 65, 67, 68, 70, 72, 75, 76, 78 and 80 °F with the shares below.
 * Their mean is 72.0 °F (22.2 °C), the class's own set point (22 °C) within rounding, so each cohort's
 * set point is the class's plus its difference from that mean: the class's mean set point is
 * unchanged, only its spread (SD 2.0 °C) is new. Not tuned to any figure. Other classes keep one set point.
 *
 * Cooling runs harder when people are in, and a household's day runs early or late by its schedule
 * shift (population.ts, −4…4 quarter hours), so its cooling follows the same shifted occupancy as its
 * base load: each cohort has one row per shift.
 */
import { PARAMS } from './meter-classes';
import { SCHEDULES } from './schedules';

const SETPOINTS_F = [60, 62, 65, 67, 68, 70, 72, 75, 76, 78, 80];
const SHARES = [0.0106777, 0.00655666, 0.0294877, 0.0191323, 0.131973, 0.201094, 0.254637, 0.188875, 0.0742111, 0.0661861, 0.0171687];
const TOTAL = SHARES.reduce((a, b) => a + b, 0);
const MEAN_F = SETPOINTS_F.reduce((sum, f, i) => sum + f * (SHARES[i] as number), 0) / TOTAL;

/** Cooling set point of each residential cohort relative to the class's, °C. */
export const RESIDENTIAL_COOL_OFFSETS_C: readonly number[] = SETPOINTS_F.map((f) => (f - MEAN_F) / 1.8);

/** Offsets of each schedule's cohorts: the residential schedule has the RECS cohorts, the others one at 0. */
export const COOL_OFFSETS_C: readonly (readonly number[])[] = SCHEDULES.map((s) =>
  s.meterClass === 'residential' ? RESIDENTIAL_COOL_OFFSETS_C : [0],
);

/** Schedule shifts, −4…4 quarter hours (population.ts). */
const SHIFTS = 9;
const MAX_SHIFT = 4;

/** First cohort of each schedule; a meter's cooling row is (its schedule's first + its cohort) × SHIFTS + its shift + 4. */
export const COOL_ROW_BASE: readonly number[] = COOL_OFFSETS_C.map((_, s) =>
  COOL_OFFSETS_C.slice(0, s).reduce((n, offsets) => n + offsets.length, 0),
);
export const COOL_ROWS = SHIFTS * COOL_OFFSETS_C.reduce((n, offsets) => n + offsets.length, 0);

/** The cooling row of a meter (schedule, cohort, shift), counted in rows of the window's tables. */
export const coolRowIndex = (schedule: number, cohort: number, shift: number): number =>
  ((COOL_ROW_BASE[schedule] as number) + cohort) * SHIFTS + shift + MAX_SHIFT;

/**
 * Fills the window's cooling drives, °C × occupancy, for every schedule, cohort and shift from the
 * schedules' shapes (`shape`, [schedule × width + k]), the lagged outdoor temperature and the
 * demand-response flag of each interval. The occupancy of a shifted row is read `shift` intervals
 * away, clamped at the table's ends: reads reach at most 4 intervals into the 8-interval margin, so
 * the clamped entries are never read.
 */
export function fillCooling(
  shape: Float64Array,
  lagged: Float64Array,
  dr: Uint8Array,
  width: number,
  cool: Float64Array,
  coolDr: Float64Array,
): void {
  COOL_OFFSETS_C.forEach((offsets, c) => {
    const p = PARAMS[(SCHEDULES[c] as (typeof SCHEDULES)[number]).meterClass];
    offsets.forEach((offset, cohort) => {
      const setpoint = p.coolSetpointC + offset;
      for (let shift = -MAX_SHIFT; shift <= MAX_SHIFT; shift++) {
        const row = coolRowIndex(c, cohort, shift) * width;
        for (let k = 0; k < width; k++) {
          const occupancyShape = shape[c * width + Math.min(width - 1, Math.max(0, k + shift))] as number;
          // Cooling runs harder when people are in (the schedule's shape stands in for occupancy).
          const occupancy = 0.4 + (0.6 * Math.min(occupancyShape, 1.1)) / 1.1;
          const t = lagged[k] as number;
          cool[row + k] = Math.max(0, t - setpoint) * occupancy;
          coolDr[row + k] = Math.max(0, t - setpoint - 4 * (dr[k] as number)) * occupancy;
        }
      }
    });
  });
}

/** The cooling cohort of a meter on schedule `schedule`, from a uniform draw `u` of its own. */
export function coolCohortOf(schedule: number, u: number): number {
  if ((COOL_OFFSETS_C[schedule] as readonly number[]).length === 1) return 0;
  let acc = 0;
  for (let i = 0; i < SHARES.length; i++) {
    acc += (SHARES[i] as number) / TOTAL;
    if (u < acc) return i;
  }
  return SHARES.length - 1;
}
