/**
 * A stable digest of typed arrays and plain values for determinism tests: same bytes, same digest.
 */
import { combine, hashString } from '../common/rng';

/** Digests numbers (by their float64 bit pattern) and strings in order. */
export function digest(...parts: Array<ArrayLike<number> | string | number>): string {
  let h = 0x1234567;
  const view = new DataView(new ArrayBuffer(8));
  for (const part of parts) {
    if (typeof part === 'string') {
      h = combine(h, hashString(part));
    } else if (typeof part === 'number') {
      view.setFloat64(0, part);
      h = combine(combine(h, view.getUint32(0)), view.getUint32(4));
    } else {
      for (let i = 0; i < part.length; i++) {
        view.setFloat64(0, part[i] as number);
        h = combine(combine(h, view.getUint32(0)), view.getUint32(4));
      }
    }
  }
  return h.toString(16).padStart(8, '0');
}
