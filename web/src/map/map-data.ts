/**
 * What the map shows besides the basemap, as plain data the pages hand over: AQI per station,
 * load per district, speed per road segment, signal colours, vehicles and recent safety events.
 * Layer groups can be switched on and off (and the choice lives in the URL).
 */

import type { VehicleColumns } from '@sandbox/shared/live/schemas';
import type { SafetyEvent, Segment, SignalColor } from '@sandbox/shared/mobility/schemas';

export const LAYER_GROUPS = ['stations', 'districts', 'corridors', 'speeds', 'signals', 'vehicles', 'events'] as const;
export type LayerGroup = (typeof LAYER_GROUPS)[number];

export interface VehicleFrames {
  current: VehicleColumns;
  previous: VehicleColumns | undefined;
  /** performance.now() when `current` arrived, and the wall interval between frames. */
  receivedAt: number;
  intervalMs: number;
}

export interface MapData {
  stationAqi?: Record<string, { aqi: number | null; color: string | null }>;
  /** The station a page has selected: drawn with a heavy dark ring. */
  selectedStation?: string;
  /** Net demand per district, kW. */
  districtLoadKw?: Record<string, number>;
  /** The district a page has selected: drawn with a heavy outline. */
  selectedDistrict?: string | null;
  /** The directional segments (geometry) and each one's speed as a share of its limit. */
  network?: readonly Segment[];
  segmentSpeedRatio?: Record<string, number | null>;
  signals?: Record<string, SignalColor>;
  vehicles?: VehicleFrames;
  events?: readonly SafetyEvent[];
}
