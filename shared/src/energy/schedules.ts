/**
 * Operating schedules: the hourly load shape a meter follows. The first three are the classes' own
 * (schedule index = class code). Commercial buildings do not all keep office hours: in CBECS 2003
 * (EIA Annual Energy Review 2011, Table 2.11, electricity by principal building activity, trillion
 * Btu of 3,559) inpatient health care (178), lodging (235), food sales (208, of which 119 is
 * refrigeration) and public order and safety (57) run around the clock, 19% of commercial
 * electricity, and food service (217, 6%) keeps restaurant hours. A commercial meter is drawn into
 * those schedules with those shares (population.ts), so the class's energy splits as CBECS's does.
 */
import type { MeterClass } from '../city/schemas';
import { SHAPES } from './meter-classes';

export interface Schedule {
  /** The class whose parameters (base load, HVAC) the schedule's meters use. */
  meterClass: MeterClass;
  /** Relative hourly load, local clock: [weekday, weekend/holiday]. */
  shapes: readonly [readonly number[], readonly number[]];
}

export const SCHEDULES: readonly Schedule[] = [
  { meterClass: 'residential', shapes: SHAPES.residential },
  { meterClass: 'commercial', shapes: SHAPES.commercial },
  { meterClass: 'industrial', shapes: SHAPES.industrial },
  // Open around the clock: occupancy, lighting and refrigeration do not follow office hours
  // [assumption: a flat shape; hospitals and hotels vary by day less than offices do].
  { meterClass: 'commercial', shapes: [new Array(24).fill(1), new Array(24).fill(1)] },
  // Restaurant lighting and receptacle schedule, % of maximum load by hour from midnight: Washington
  // State Energy Code, WAC 51-11C Table B103(7) (the ASHRAE 90.1 default schedules; first value where
  // it gives two). Weekend = the mean of its Saturday and Sunday columns.
  {
    meterClass: 'commercial',
    shapes: [
      [15, 15, 15, 15, 15, 20, 35, 35, 55, 55, 85, 85, 85, 85, 85, 85, 85, 85, 85, 85, 85, 85, 45, 30],
      [20, 15, 15, 15, 15, 15, 30, 30, 50, 50, 70, 70, 70, 70, 70, 70, 65, 70, 70, 70, 70, 70, 45, 30],
    ],
  },
];

const COMMERCIAL = 1;
const ROUND_THE_CLOCK = 3;
const RESTAURANT = 4;
/** Shares of commercial electricity (CBECS 2003, above): around the clock 678 / 3,559, restaurants 217 / 3,559. */
const ROUND_THE_CLOCK_SHARE = 678 / 3559;
const RESTAURANT_SHARE = 217 / 3559;

/** The schedule of a meter of class `classCode`, from a uniform draw `u` of its own. */
export function scheduleOf(classCode: number, u: number): number {
  if (classCode !== COMMERCIAL) return classCode;
  if (u < ROUND_THE_CLOCK_SHARE) return ROUND_THE_CLOCK;
  return u < ROUND_THE_CLOCK_SHARE + RESTAURANT_SHARE ? RESTAURANT : COMMERCIAL;
}
