/**
 * Operating schedules: the hourly load shape a meter follows. The first three are the classes' own
 * (schedule index = class code); commercial buildings with other operating hours get one of the
 * later ones (population.ts draws it).
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
];

/** The schedule of a meter of class `classCode` with key `key` (for now, the class's own). */
export function scheduleOf(classCode: number, _key: number): number {
  return classCode;
}
