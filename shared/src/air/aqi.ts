/**
 * The US EPA Air Quality Index, breakpoints valid from 2024-05-06 (40 CFR 58 App. G as revised,
 * 89 FR 16202; technical assistance document EPA-454/B-24-002). Concentrations are truncated before
 * interpolation (PM2.5 to 0.1 µg/m³, ozone to 0.001 ppm), the index is rounded to an integer, and the
 * reported AQI is the larger of the sub-indices. See shared/domain/FACTS.md section B.
 */
import type { Aqi, AqiCategoryKey, AqiPollutant } from './schemas';

/** One row of a breakpoint table: concentration [lo, hi] maps linearly to index [iLo, iHi]. */
export interface Breakpoint {
  lo: number;
  hi: number;
  iLo: number;
  iHi: number;
}

export interface AqiCategory {
  key: AqiCategoryKey;
  label: string;
  /** Lowest AQI of the category. */
  min: number;
  /** Highest AQI of the category. */
  max: number;
  /** Official colour (TAD 2024 Table 2). */
  color: string;
  message: string;
}

/** The six categories with their official colours and short health messages (English). */
export const AQI_CATEGORIES: readonly AqiCategory[] = [
  {
    key: 'good',
    label: 'Good',
    min: 0,
    max: 50,
    color: '#00E400',
    message: 'Air quality is satisfactory, and air pollution poses little or no risk.',
  },
  {
    key: 'moderate',
    label: 'Moderate',
    min: 51,
    max: 100,
    color: '#FFFF00',
    message: 'Air quality is acceptable; a very small number of unusually sensitive people may be affected.',
  },
  {
    key: 'usg',
    label: 'Unhealthy for Sensitive Groups',
    min: 101,
    max: 150,
    color: '#FF7E00',
    message:
      'Sensitive groups may feel health effects and should cut back on long or heavy outdoor exertion; most people are not affected.',
  },
  {
    key: 'unhealthy',
    label: 'Unhealthy',
    min: 151,
    max: 200,
    color: '#FF0000',
    message: 'Anyone may begin to feel health effects; sensitive groups should avoid long or heavy outdoor exertion.',
  },
  {
    key: 'very-unhealthy',
    label: 'Very Unhealthy',
    min: 201,
    max: 300,
    color: '#8F3F97',
    message: 'Health alert: the risk of health effects is increased for everyone; sensitive groups should avoid outdoor activity.',
  },
  {
    key: 'hazardous',
    label: 'Hazardous',
    min: 301,
    max: 500,
    color: '#7E0023',
    message: 'Health warning of emergency conditions: everyone is likely to be affected and should stay indoors.',
  },
];

/**
 * A breakpoint table from the tops of its concentration bands, as contiguous as the published one:
 * each band starts one reporting step (10^-decimals, the precision concentrations are truncated to)
 * above the previous top, and the n-th band maps to the index range of the n-th AQI category,
 * counting from `firstCategory`.
 */
function breakpoints(bottom: number, decimals: number, tops: readonly number[], firstCategory = 0): Breakpoint[] {
  return tops.map((hi, n) => {
    const previousTop = tops[n - 1];
    const lo = previousTop === undefined ? bottom : Number((previousTop + 10 ** -decimals).toFixed(decimals));
    const category = AQI_CATEGORIES[firstCategory + n] as AqiCategory;
    return { lo, hi, iLo: category.min, iHi: category.max };
  });
}

/** PM2.5 24-hour, µg/m³ (2024 table; the Hazardous row is a single 225.5–325.4 → 301–500 segment). */
export const PM25_BREAKPOINTS: readonly Breakpoint[] = breakpoints(0.0, 1, [9.0, 35.4, 55.4, 125.4, 225.4, 325.4]);

/** Ozone 8-hour, ppm. Not defined above 0.200 ppm (AQI 301+ comes from 1-hour ozone). */
export const OZONE_8H_BREAKPOINTS: readonly Breakpoint[] = breakpoints(0.0, 3, [0.054, 0.07, 0.085, 0.105, 0.2]);

/** Ozone 1-hour, ppm. Defined only from 0.125 ppm (AQI 101, the third category) up. */
export const OZONE_1H_BREAKPOINTS: readonly Breakpoint[] = breakpoints(0.125, 3, [0.164, 0.204, 0.404, 0.604], 2);

export const AQI_MAX = 500;

/** Truncates (not rounds) to `decimals` places, robust to binary fractions such as 35.5. */
export function truncateTo(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  return Math.floor(value * scale + 1e-7) / scale;
}

/**
 * Linear interpolation in a breakpoint table (Eq. 1 of Appendix G), rounded to an integer.
 * Returns `null` below the first row, and `AQI_MAX` above the last row ("beyond the AQI": report 500).
 */
export function indexFromBreakpoints(table: readonly Breakpoint[], concentration: number): number | null {
  const first = table[0];
  if (!first || concentration < first.lo) return null;
  for (const bp of table) {
    if (concentration <= bp.hi) {
      // Stryker disable next-line EqualityOperator: at the row start the interpolation gives iLo as well
      if (concentration < bp.lo) return bp.iLo; // only reachable with untruncated input inside a gap
      return Math.round(((bp.iHi - bp.iLo) / (bp.hi - bp.lo)) * (concentration - bp.lo) + bp.iLo);
    }
  }
  return AQI_MAX;
}

/** PM2.5 AQI from a 24-hour (or NowCast) concentration in µg/m³; negative values count as 0. */
export function pm25Aqi(ugM3: number): number {
  const c = truncateTo(Math.max(0, ugM3), 1);
  return indexFromBreakpoints(PM25_BREAKPOINTS, c) ?? 0;
}

/**
 * Ozone AQI from an 8-hour average in ppb, and optionally a 1-hour value in ppb. The 1-hour index
 * counts only where it is defined (≥ 0.125 ppm); the larger index is reported. Above 0.200 ppm the
 * 8-hour value defines no index: the 1-hour value is used if given, else 300 is reported.
 */
export function ozoneAqi(ppb8h: number, ppb1h?: number): number {
  const c8 = truncateTo(Math.max(0, ppb8h) / 1000, 3);
  let index = c8 > 0.2 ? 300 : (indexFromBreakpoints(OZONE_8H_BREAKPOINTS, c8) ?? 0);
  if (ppb1h !== undefined && Number.isFinite(ppb1h)) {
    const i1 = indexFromBreakpoints(OZONE_1H_BREAKPOINTS, truncateTo(Math.max(0, ppb1h) / 1000, 3));
    if (i1 !== null) index = c8 > 0.2 ? i1 : Math.max(index, i1);
  }
  return index;
}

/** The category of an AQI value (values above 500 are "beyond the AQI" and read as Hazardous). */
export function aqiCategory(aqi: number): AqiCategory {
  for (const category of AQI_CATEGORIES) if (aqi <= category.max) return category;
  return AQI_CATEGORIES[AQI_CATEGORIES.length - 1] as AqiCategory;
}

/** An AQI value with its category key, label, colour and message, as the API serves it. */
export function aqiReport(aqi: number): Aqi {
  const category = aqiCategory(aqi);
  return {
    aqi: Math.min(AQI_MAX, Math.max(0, Math.round(aqi))),
    category: category.key,
    label: category.label,
    color: category.color,
    message: category.message,
  };
}

/** The reported AQI of several sub-indices: the maximum, and the pollutant that set it. */
export function combinedAqi(subIndices: Partial<Record<AqiPollutant, number | null>>): { aqi: number; mainPollutant: AqiPollutant } | null {
  let best: { aqi: number; mainPollutant: AqiPollutant } | null = null;
  for (const [pollutant, value] of Object.entries(subIndices) as Array<[AqiPollutant, number | null | undefined]>) {
    if (value === null || value === undefined) continue;
    if (!best || value > best.aqi) best = { aqi: value, mainPollutant: pollutant };
  }
  return best;
}
