/**
 * The position error of a vehicle's GPS receiver. Real error is not drawn afresh for every fix: it
 * wanders, correlated over tens of seconds to a minute (multipath, satellite geometry, atmosphere),
 * which stationary receivers show as a strong autocorrelation that a white-noise model misses and a
 * first-order Gauss–Markov (Ornstein–Uhlenbeck) process fits (Sensors 2020, 20(21), 6050,
 * https://doi.org/10.3390/s20216050; a Garmin receiver's error autocorrelation bends near one minute,
 * http://www.erols.com/dlwilson/gpscorr.htm). So the speed a receiver derives from two fixes 100 ms
 * apart is close to the true speed, while each fix is off by a metre or two.
 *
 * Here each axis is a smooth random curve: Gaussian values on a lattice every `GPS_CORRELATION_S`,
 * blended with a quintic ease and rescaled to constant variance. It drifts like a Gauss–Markov
 * process with that correlation time, but any instant is a pure function of (key, time) — random
 * access, so a window split anywhere gives the same fixes (an exact Gauss–Markov recursion would need
 * the whole history).
 */
import { gaussianFast } from '../common/rng';
import type { BsmColumns } from './bsm';

/** Standard deviation of the error on each axis, m (the BSM's accuracy ellipse: semi-major 2 m, semi-minor 1.5 m). */
export const GPS_SIGMA_M = 1.5;
/** Correlation time of the error, s. */
export const GPS_CORRELATION_S = 30;

/** The error at `tS` (s since 1970) on one axis of the receiver keyed `key`, in units of `GPS_SIGMA_M`. */
export function gpsDrift(key: number, tS: number): number {
  const x = tS / GPS_CORRELATION_S;
  const i = Math.floor(x);
  const f = x - i;
  const w = f * f * f * (f * (f * 6 - 15) + 10);
  const a = gaussianFast(key, i);
  const b = gaussianFast(key, i + 1);
  return ((1 - w) * a + w * b) / Math.sqrt((1 - w) * (1 - w) + w * w);
}

const M_PER_DEG_LAT = 111_320;

/**
 * How far the speed a receiver derives from two consecutive fixes of a vehicle (distance over the
 * interval) is from the speed the vehicle reports (the mean of the two messages' speeds), m/s, for
 * every consecutive pair in the columns, in increasing order. Fixes are rounded to 1e-7 degrees.
 */
export function derivedSpeedErrors(cols: BsmColumns): number[] {
  const errors: number[] = [];
  for (let i = 1; i < cols.count; i++) {
    if (cols.trip[i] !== cols.trip[i - 1]) continue;
    const dt = ((cols.timeMs[i] as number) - (cols.timeMs[i - 1] as number)) / 1000;
    const lat = ((cols.latE7[i] as number) + (cols.latE7[i - 1] as number)) / 2e7;
    const north = (((cols.latE7[i] as number) - (cols.latE7[i - 1] as number)) / 1e7) * M_PER_DEG_LAT;
    const east = (((cols.lngE7[i] as number) - (cols.lngE7[i - 1] as number)) / 1e7) * M_PER_DEG_LAT * Math.cos((lat * Math.PI) / 180);
    const reported = ((cols.speedMps[i] as number) + (cols.speedMps[i - 1] as number)) / 2;
    errors.push(Math.abs(Math.hypot(north, east) / dt - reported));
  }
  return errors.sort((a, b) => a - b);
}
