/**
 * The AQI categories as concentration bands behind a pollutant chart, in the official colours: the
 * 2024 PM2.5 breakpoints in µg/m³ and the 8-hour ozone breakpoints in ppb (shared/metrics/aqi.ts).
 * Bands are contiguous (each from the previous row's top), so no sliver of the axis is uncoloured.
 */
import { AQI_CATEGORIES, type Breakpoint, OZONE_8H_BREAKPOINTS, PM25_BREAKPOINTS } from '@sandbox/shared/air/aqi';
import type { AqiCategoryKey, AqiPollutant } from '@sandbox/shared/air/schemas';
import type { Band } from '../../../ui/charts/time-series-chart';

const TABLES: Record<AqiPollutant, { rows: readonly Breakpoint[]; scale: number }> = {
  pm25: { rows: PM25_BREAKPOINTS, scale: 1 },
  ozone: { rows: OZONE_8H_BREAKPOINTS, scale: 1000 },
};

export function concentrationBands(pollutant: AqiPollutant, label: (category: AqiCategoryKey) => string): Band[] {
  const { rows, scale } = TABLES[pollutant];
  let from = 0;
  return rows.map((row, index) => {
    const category = AQI_CATEGORIES[index] ?? AQI_CATEGORIES[AQI_CATEGORIES.length - 1];
    const to = Math.round(row.hi * scale * 10) / 10;
    const band = { from, to, color: category?.color ?? '#999999', label: label(category?.key ?? 'hazardous') };
    from = to;
    return band;
  });
}

/**
 * Text that stays readable (WCAG AA, 4.5:1) on an official AQI colour: dark on green, yellow and orange;
 * black on the red of "Unhealthy" (#FF0000 gives white 4.0:1 and the dark ink 3.9:1, black 5.3:1);
 * white on purple and maroon.
 */
export function aqiTextColor(category: AqiCategoryKey): string {
  if (category === 'unhealthy') return '#000000';
  return category === 'good' || category === 'moderate' || category === 'usg' ? '#1b2430' : '#ffffff';
}
