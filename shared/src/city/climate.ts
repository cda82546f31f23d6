/**
 * A city's climate: what the weather driver reads (an annual cosine through the mean, plus a fixed
 * diurnal range) and, optionally, the twelve monthly normals those four numbers summarize. The
 * engine reads only the four numbers; the monthly normals document where they come from, and the
 * importer derives the four from them (`climateFromMonthly`) when a settings file gives only months.
 */
import { z } from 'zod';

export const MonthlyNormalSchema = z
  .object({
    highC: z.number().min(-50).max(55).describe('Normal daily maximum temperature for the month, °C.'),
    lowC: z.number().min(-60).max(45).describe('Normal daily minimum temperature for the month, °C.'),
    relativeHumidityPct: z.number().min(0).max(100).optional().describe('Mean relative humidity for the month, %.'),
    windMps: z.number().min(0).max(30).optional().describe('Mean wind speed for the month, m/s.'),
    sunshinePct: z.number().min(0).max(100).optional().describe('Percent of possible sunshine for the month, %.'),
  })
  .refine((month) => month.highC >= month.lowC, { message: 'the normal high must not be below the normal low', path: ['highC'] });
export type MonthlyNormal = z.infer<typeof MonthlyNormalSchema>;

export const ClimateSchema = z
  .object({
    meanTempC: z.number().min(-30).max(40).describe('Annual mean air temperature, °C. The weather driver centres its annual cosine here.'),
    annualAmplitudeC: z
      .number()
      .min(0)
      .max(30)
      .describe(
        'Amplitude of the annual cosine, °C: about half the spread between the warmest and coldest monthly means (the importer fits it to the monthly normals).',
      ),
    coldestDayOfYear: z
      .number()
      .int()
      .min(1)
      .max(366)
      .describe('Day of year with the lowest normal temperature: the trough of the annual cosine (about 20 in the northern hemisphere).'),
    diurnalRangeC: z
      .number()
      .min(0)
      .max(25)
      .describe('Typical daily max minus min, °C; the driver swings by half of it either side of the seasonal normal.'),
    coolingDesignC: z
      .number()
      .min(0)
      .max(50)
      .optional()
      .describe('1% cooling design dry-bulb temperature, °C: air conditioners are sized for it and run flat out above it.'),
    heatingDesignC: z
      .number()
      .min(-50)
      .max(20)
      .optional()
      .describe('99% heating design dry-bulb temperature, °C: electric heating is sized for it and runs flat out below it.'),
    monthly: z
      .array(MonthlyNormalSchema)
      .length(12)
      .optional()
      .describe(
        'Monthly normals, January first (e.g. NOAA NCEI 1991–2020 U.S. Climate Normals for the city’s airport station). Documentation and importer input: the engine reads the four numbers above, which the importer derives from these months.',
      ),
    source: z.string().min(1).describe('Where the normals come from: the product, its period and the station, with a link.'),
  })
  .describe('Climate normals for the weather driver: temperature, humidity and wind follow the season and the hour from these.');
export type Climate = z.infer<typeof ClimateSchema>;

/** Day of year of the middle of each month (non-leap year). */
const MID_MONTH_DAY = [16, 45.5, 75, 105.5, 136, 166.5, 197, 228, 258.5, 289, 319.5, 350];
const DAYS_PER_YEAR = 365.2425;

const round1 = (value: number) => Math.round(value * 10) / 10;

/**
 * The four numbers the weather driver reads, fitted to twelve monthly normals: the annual mean, the
 * first harmonic of the monthly means (its amplitude and the day of its trough) and the mean daily
 * range. A least-squares fit of one cosine, so a month that is off does not set the amplitude alone.
 */
export function climateFromMonthly(
  months: readonly MonthlyNormal[],
): Pick<Climate, 'meanTempC' | 'annualAmplitudeC' | 'coldestDayOfYear' | 'diurnalRangeC'> {
  const means = months.map((m) => (m.highC + m.lowC) / 2);
  const mean = means.reduce((a, b) => a + b, 0) / means.length;
  let cos = 0;
  let sin = 0;
  means.forEach((value, i) => {
    const angle = (2 * Math.PI * (MID_MONTH_DAY[i] as number)) / DAYS_PER_YEAR;
    cos += ((value - mean) * Math.cos(angle) * 2) / means.length;
    sin += ((value - mean) * Math.sin(angle) * 2) / means.length;
  });
  // value ≈ mean + A·cos(angle − φ) peaks at φ; the driver's cosine has its trough half a year later.
  const warmestDay = ((Math.atan2(sin, cos) / (2 * Math.PI)) * DAYS_PER_YEAR + DAYS_PER_YEAR) % DAYS_PER_YEAR;
  const coldest = Math.round((warmestDay + DAYS_PER_YEAR / 2) % DAYS_PER_YEAR);
  return {
    meanTempC: round1(mean),
    annualAmplitudeC: round1(Math.hypot(cos, sin)),
    coldestDayOfYear: coldest < 1 ? coldest + 365 : coldest,
    diurnalRangeC: round1(months.reduce((sum, m) => sum + m.highC - m.lowC, 0) / months.length),
  };
}
