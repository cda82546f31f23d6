/**
 * Smooth vehicle motion between stream frames: each vehicle glides from where the previous frame
 * had it to where the current one has it over one frame interval (the map runs one frame behind,
 * which nobody sees at 1 Hz). New vehicles appear where they are; vanished ones are dropped.
 */
import type { VehicleColumns } from '@sandbox/shared/live/schemas';

export interface VehiclePositions {
  count: number;
  lng: Float64Array;
  lat: Float64Array;
  /** Index into the current frame's columns, for the other properties. */
  index: Int32Array;
}

/** Index of every vehicle id in a frame (cached per frame object). */
const indexCache = new WeakMap<VehicleColumns, Map<string, number>>();
function indexOf(frame: VehicleColumns): Map<string, number> {
  let index = indexCache.get(frame);
  if (!index) {
    index = new Map(frame.id.map((id, i) => [id, i]));
    indexCache.set(frame, index);
  }
  return index;
}

export function interpolateVehicles(
  previous: VehicleColumns | undefined,
  current: VehicleColumns,
  alpha: number,
  out?: VehiclePositions,
): VehiclePositions {
  const n = current.id.length;
  const result =
    out && out.lng.length >= n
      ? out
      : {
          count: 0,
          lng: new Float64Array(Math.max(n, 16)),
          lat: new Float64Array(Math.max(n, 16)),
          index: new Int32Array(Math.max(n, 16)),
        };
  const a = Math.min(1, Math.max(0, alpha));
  const before = previous ? indexOf(previous) : undefined;
  for (let i = 0; i < n; i++) {
    const j = before?.get(current.id[i] as string);
    const lng = current.lng[i] as number;
    const lat = current.lat[i] as number;
    if (previous && j !== undefined) {
      const lng0 = previous.lng[j] as number;
      const lat0 = previous.lat[j] as number;
      result.lng[i] = lng0 + (lng - lng0) * a;
      result.lat[i] = lat0 + (lat - lat0) * a;
    } else {
      result.lng[i] = lng;
      result.lat[i] = lat;
    }
    result.index[i] = i;
  }
  result.count = n;
  return result;
}
