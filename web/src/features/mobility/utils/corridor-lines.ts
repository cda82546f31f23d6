/**
 * Corridor flow (m/s, s, vehicles/h from the API) → chart lines in the units people read: km/h,
 * minutes, vehicles per hour; one line per direction plus a dashed reference (the speed limit, or
 * the free-flow travel time at the limit with every light green).
 */

import type { Series } from '@sandbox/shared/common/query';
import type { CorridorDirection, CorridorFlow, CorridorMetricKey } from '@sandbox/shared/mobility/api-schemas';
import type { Direction } from '@sandbox/shared/mobility/schemas';
import { okabeIto } from '../../../map/palette';
import type { ChartLine } from '../../../ui/charts/series-rows';

export const MPS_TO_KMH = 3.6;
export const KMH_TO_MPH = 1 / 1.609344;

/** Display scale per metric: km/h, minutes, vehicles/h. */
export const DISPLAY_SCALE: Record<CorridorMetricKey, number> = { speedMps: MPS_TO_KMH, travelTimeS: 1 / 60, volumeVph: 1 };

/** Direction colours: the first direction of a corridor (north/east) blue, the other orange. */
export const DIRECTION_COLOURS: Record<Direction, string> = {
  nb: okabeIto.blue,
  eb: okabeIto.blue,
  sb: okabeIto.orange,
  wb: okabeIto.orange,
};
export const REFERENCE_COLOUR = '#5b6472';

const scaled = (series: Series, factor: number): Series => ({
  ...series,
  value: series.value.map((v) => (v === null ? null : v * factor)),
});

const constant = (like: Series, value: number, metric: string): Series => ({
  ...like,
  id: 'reference',
  metric,
  value: like.time.map(() => value),
});

export interface CorridorLineLabels {
  direction: (direction: Direction) => string;
  reference: string;
}

export function corridorLines(flow: CorridorFlow, metric: CorridorMetricKey, labels: CorridorLineLabels): ChartLine[] {
  const factor = DISPLAY_SCALE[metric];
  const lines: ChartLine[] = flow.directions.flatMap((direction) => {
    const series = flow.series.find((s) => s.id === direction.id && s.metric === metric);
    return series
      ? [
          {
            key: direction.id,
            label: labels.direction(direction.direction),
            color: DIRECTION_COLOURS[direction.direction],
            series: scaled(series, factor),
          },
        ]
      : [];
  });
  const first = lines[0];
  const reference = referenceValue(flow.directions[0], metric);
  if (first && reference !== null) {
    lines.push({
      key: 'reference',
      label: labels.reference,
      color: REFERENCE_COLOUR,
      dashed: true,
      series: constant(first.series, reference * factor, metric),
    });
  }
  return lines;
}

/** The reference of a metric in API units: the speed limit, or the free-flow travel time; none for volume. */
export function referenceValue(direction: CorridorDirection | undefined, metric: CorridorMetricKey): number | null {
  if (!direction) return null;
  if (metric === 'speedMps') return direction.speedLimitMps;
  if (metric === 'travelTimeS') return direction.freeFlowTravelTimeS;
  return null;
}

/** The latest non-null value of a series (the bucket that just closed), or null. */
export function latestValue(series: Series | undefined): number | null {
  if (!series) return null;
  for (let i = series.value.length - 1; i >= 0; i--) {
    const v = series.value[i];
    if (v !== null && v !== undefined) return v;
  }
  return null;
}
