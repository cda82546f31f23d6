/**
 * Climate per city: a simulated year of the weather every stream reads (the product's hourly weather,
 * `/api/weather/hourly`), set beside the 1991–2020 normals each city's file cites. The driver's four
 * inputs were fitted to some of these figures (marked "calibrated"); the others were not used to set
 * anything ("held out").
 */
import type { City, Simulation } from '@sandbox/shared';
import { climateFromMonthly } from '@sandbox/shared/city/climate';
import { DAY_MS } from '@sandbox/shared/common/time';
import { hourlyWeather } from '@sandbox/shared/weather/hourly-weather';

export interface ClimateYear {
  /** Mean of every hour's temperature, °C. */
  annualMeanC: number;
  /** Mean daily maximum and minimum over the year, °C. */
  annualHighC: number;
  annualLowC: number;
  /** Per month (January first): mean temperature, mean daily maximum, mean daily minimum, °C. */
  months: Array<{ meanC: number; highC: number; lowC: number }>;
}

const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;

/** Every local day of `year` through the simulation's hourly weather. */
export function climateYear(sim: Pick<Simulation, 'city' | 'seed' | 'weather'>, year: number): ClimateYear {
  const byMonth = Array.from({ length: 12 }, () => ({ hours: [] as number[], highs: [] as number[], lows: [] as number[] }));
  for (let day = new Date(Date.UTC(year, 0, 1)); day.getUTCFullYear() === year; day = new Date(day.getTime() + DAY_MS)) {
    const date = day.toISOString().slice(0, 10);
    const temps = hourlyWeather(sim, date).hours.map((hour) => hour.temperatureC);
    const month = byMonth[day.getUTCMonth()] as (typeof byMonth)[number];
    month.hours.push(...temps);
    month.highs.push(Math.max(...temps));
    month.lows.push(Math.min(...temps));
  }
  const all = byMonth.flatMap((m) => m.hours);
  return {
    annualMeanC: mean(all),
    annualHighC: mean(byMonth.flatMap((m) => m.highs)),
    annualLowC: mean(byMonth.flatMap((m) => m.lows)),
    months: byMonth.map((m) => ({ meanC: mean(m.hours), highC: mean(m.highs), lowC: mean(m.lows) })),
  };
}

export interface ClimateReference {
  figure: string;
  value: (year: ClimateYear) => number;
  /** The published normal, °C. */
  normalC: number;
  /** How far a single simulated year may be from a 30-year normal, °C. */
  toleranceC: number;
  source: string;
  use: 'calibrated' | 'held out';
}

const f = (fahrenheit: number) => ((fahrenheit - 32) * 5) / 9;
const JAN = 0;
const JUL = 6;
const SEP = 8;

/**
 * The normals each bundled city cites (its `climate.source`, docs/add-your-own-city.md). One year
 * of weather is one draw: a month's mean may differ from its 30-year normal by a degree or two in a
 * real year too, hence ±2 °C for a month and ±1 °C for the year.
 */
export const CLIMATE_REFERENCES: Record<string, readonly ClimateReference[]> = {
  columbus: [
    {
      figure: 'Annual mean temperature',
      value: (y) => y.annualMeanC,
      normalC: f(53.4),
      toleranceC: 1,
      source: 'NCEI Climate at a Glance, Columbus (CMH) 1991–2020 normal, 53.4 °F',
      use: 'calibrated',
    },
    {
      figure: 'September mean daily maximum',
      value: (y) => y.months[SEP]?.highC ?? Number.NaN,
      normalC: f(77.8),
      toleranceC: 2,
      source: 'NWS Wilmington monthly climate report, CMH September normal max 77.8 °F',
      use: 'held out',
    },
    {
      figure: 'September mean daily minimum',
      value: (y) => y.months[SEP]?.lowC ?? Number.NaN,
      normalC: f(56.5),
      toleranceC: 2,
      source: 'NWS Wilmington monthly climate report, CMH September normal min 56.5 °F',
      use: 'held out',
    },
  ],
  pittsburgh: [
    {
      figure: 'Annual mean temperature',
      value: (y) => y.annualMeanC,
      normalC: f(51.8),
      toleranceC: 1,
      source: 'NWS Pittsburgh annual climate report (PIT), 1991–2020 normal mean 51.8 °F',
      use: 'calibrated',
    },
    {
      figure: 'Annual mean daily maximum',
      value: (y) => y.annualHighC,
      normalC: f(61.1),
      toleranceC: 1.5,
      source: 'NWS Pittsburgh annual climate report (PIT), normal max 61.1 °F',
      use: 'calibrated',
    },
    {
      figure: 'Annual mean daily minimum',
      value: (y) => y.annualLowC,
      normalC: f(42.5),
      toleranceC: 1.5,
      source: 'NWS Pittsburgh annual climate report (PIT), normal min 42.5 °F',
      use: 'calibrated',
    },
    {
      figure: 'January mean temperature',
      value: (y) => y.months[JAN]?.meanC ?? Number.NaN,
      normalC: f(28.4),
      toleranceC: 2,
      source: 'traveltill.com climate table for Pittsburgh (secondary, period not stated), 28.4 °F',
      use: 'calibrated',
    },
    {
      figure: 'July mean temperature',
      value: (y) => y.months[JUL]?.meanC ?? Number.NaN,
      normalC: f(72.6),
      toleranceC: 2,
      source: 'traveltill.com climate table for Pittsburgh (secondary, period not stated), 72.6 °F',
      use: 'calibrated',
    },
  ],
  austin: [
    {
      figure: 'Annual mean temperature',
      value: (y) => y.annualMeanC,
      normalC: f(70),
      toleranceC: 1,
      source: 'LCRA on the NOAA 1991–2020 normals, Austin Camp Mabry, 70 °F',
      use: 'calibrated',
    },
    {
      figure: 'July mean temperature',
      value: (y) => y.months[JUL]?.meanC ?? Number.NaN,
      normalC: f(85.8),
      toleranceC: 2,
      source: 'KXAN summer 2021 recap: July normal mean 85.8 °F (Camp Mabry)',
      use: 'calibrated',
    },
    {
      figure: 'January mean daily maximum',
      value: (y) => y.months[JAN]?.highC ?? Number.NaN,
      normalC: f(62),
      toleranceC: 2.5,
      source: 'KXAN on the 1991–2020 normals: normal highs from 62 °F in mid-January',
      use: 'held out',
    },
    {
      figure: 'July mean daily maximum',
      value: (y) => y.months[JUL]?.highC ?? Number.NaN,
      normalC: f(99),
      toleranceC: 2.5,
      source: 'KXAN on the 1991–2020 normals: normal highs to 99 °F in late July',
      use: 'held out',
    },
  ],
};

export interface ClimateRow {
  city: string;
  figure: string;
  simulatedC: number;
  normalC: number;
  toleranceC: number;
  source: string;
  use: ClimateReference['use'];
  within: boolean;
}

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
/** A month of one simulated year against a 30-year normal: one draw, plus one cosine and one daily range. */
const MONTHLY_TOLERANCE_C = 2.5;

/**
 * Each month's mean daily maximum and minimum against the city's own `climate.monthly` normals.
 * "calibrated" when the driver's four numbers are exactly the fit to these months (the importer
 * derived them), "held out" when the city gives its four numbers independently of the months.
 */
export function monthlyReferences(city: City): ClimateReference[] {
  const { monthly, ...climate } = city.climate;
  if (!monthly) return [];
  const fit = climateFromMonthly(monthly);
  const fitted = (Object.keys(fit) as Array<keyof typeof fit>).every((key) => fit[key] === climate[key]);
  const source = `${city.name} \`climate.monthly\` (its \`climate.source\`)`;
  const use = fitted ? 'calibrated' : 'held out';
  const sides = [
    ['maximum', 'highC'],
    ['minimum', 'lowC'],
  ] as const;
  return monthly.flatMap((normal, i) =>
    sides.map(([label, key]) => ({
      figure: `${MONTH_NAMES[i]} mean daily ${label}`,
      value: (y: ClimateYear) => y.months[i]?.[key] ?? Number.NaN,
      normalC: normal[key],
      toleranceC: MONTHLY_TOLERANCE_C,
      source,
      use,
    })),
  );
}

/** The rows for one city (none for a city without cited references: the report says so). */
export function climateRows(city: City, year: ClimateYear): ClimateRow[] {
  return [...(CLIMATE_REFERENCES[city.id] ?? []), ...monthlyReferences(city)].map((ref) => {
    const simulatedC = ref.value(year);
    return {
      city: city.id,
      figure: ref.figure,
      simulatedC,
      normalC: ref.normalC,
      toleranceC: ref.toleranceC,
      source: ref.source,
      use: ref.use,
      within: Math.abs(simulatedC - ref.normalC) <= ref.toleranceC,
    };
  });
}
