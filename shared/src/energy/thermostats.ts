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
 */
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

/** First cooling row of each schedule; a meter's row is its schedule's first plus its cohort. */
export const COOL_ROW_BASE: readonly number[] = COOL_OFFSETS_C.map((_, s) =>
  COOL_OFFSETS_C.slice(0, s).reduce((n, offsets) => n + offsets.length, 0),
);
export const COOL_ROWS = COOL_OFFSETS_C.reduce((n, offsets) => n + offsets.length, 0);

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
