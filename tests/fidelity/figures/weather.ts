/**
 * Weather figures, from the city weather's hourly temperature over the year. Calibrated: the annual
 * mean and the degree days, which the climate normals in city.json (`meanTempC`, `annualAmplitudeC`,
 * `diurnalRangeC`) were set from, and the 99.6% heating design temperature, which the winter spread
 * of the weather systems was set from (`SYNOPTIC_SD_WINTER_C`, shared/src/weather/engine.ts). Held
 * out: the annual extremes and the hot days, judged by the spread ASHRAE gives.
 */
import { degreeDays } from '../collect/weather-year';
import type { FidelityStatistic } from '../context';
import { SOURCES } from './sources';

const CITY_CLIMATE = 'the climate normals in data/cities/columbus/city.json (`climate`)';
const f2c = (f: number) => ((f - 32) * 5) / 9;

export const WEATHER_FIGURES: FidelityStatistic[] = [
  {
    id: 'annual-mean-temperature',
    area: 'weather',
    name: 'Annual mean temperature',
    unit: '°C',
    how: 'Mean of the city weather’s hourly temperatures over the calendar year.',
    decimals: 1,
    sources: [SOURCES.glisaColumbus],
    kind: 'calibrated',
    reference: 11.7,
    referenceText: '53.1 °F = 11.7 (1981–2010)',
    tuned: CITY_CLIMATE,
    compute: (ctx) => ctx.weather().tempC.reduce((s, t) => s + t, 0) / ctx.weather().tempC.length,
  },
  ...(
    [
      ['heating', 5400, '5,200–5,600 (centre 5,400) [unverified]', '65 °F minus the day’s (max + min) / 2'],
      ['cooling', 1000, '~1,000 [unverified]', 'the day’s (max + min) / 2 minus 65 °F'],
    ] as const
  ).map(
    ([kind, reference, referenceText, difference]): FidelityStatistic => ({
      id: `${kind}-degree-days`,
      area: 'weather',
      name: `${kind === 'heating' ? 'Heating' : 'Cooling'} degree days, base 65 °F`,
      unit: '°F·day',
      how: `Sum over local days of ${difference}, where positive.`,
      decimals: 0,
      sources: [SOURCES.degreeDays],
      kind: 'calibrated',
      reference,
      referenceText,
      tuned: CITY_CLIMATE,
      compute: (ctx) => degreeDays(ctx.weather(), kind),
    }),
  ),
  {
    id: 'heating-design-temperature',
    area: 'weather',
    name: '99.6% heating design temperature',
    unit: '°C',
    how: 'The hourly temperature that 99.6% of the hours of 30 simulated years (ending with the default year) stay above: the 0.4th percentile, pooled, as ASHRAE computes it.',
    decimals: 1,
    sources: [SOURCES.ashraeColumbus],
    kind: 'calibrated',
    reference: -17.4,
    tuned: 'the winter spread of the weather systems, `SYNOPTIC_SD_WINTER_C` (shared/src/weather/engine.ts)',
    compute: (ctx) => {
      const hours = ctx.climatology();
      return hours[Math.floor(0.004 * (hours.length - 1))] as number;
    },
  },
  {
    id: 'annual-max-temperature',
    area: 'weather',
    name: 'Highest hourly temperature of the year',
    unit: '°C',
    how: 'Maximum of the hourly temperatures over the year.',
    decimals: 1,
    sources: [SOURCES.ashraeColumbus],
    kind: 'held-out',
    band: [31.7, 37.3],
    bandWhy:
      'ASHRAE gives the mean annual extreme maximum, 34.5 °C, with a standard deviation of 1.4 °C across years: the band is ±2 standard deviations.',
    compute: (ctx) => Math.max(...ctx.weather().tempC),
  },
  {
    id: 'annual-min-temperature',
    area: 'weather',
    name: 'Lowest hourly temperature of the year',
    unit: '°C',
    how: 'Minimum of the hourly temperatures over the year.',
    decimals: 1,
    sources: [SOURCES.ashraeColumbus],
    kind: 'held-out',
    band: [-28.7, -13.1],
    bandWhy:
      'ASHRAE gives the mean annual extreme minimum, −20.9 °C, with a standard deviation of 3.9 °C across years: the band is ±2 standard deviations.',
    compute: (ctx) => Math.min(...ctx.weather().tempC),
  },
  {
    id: 'days-at-or-above-90f',
    area: 'weather',
    name: 'Days reaching 90 °F (32.2 °C)',
    unit: 'days',
    how: 'Local days whose highest hourly temperature is at least 90 °F.',
    decimals: 0,
    sources: [SOURCES.hotDays],
    kind: 'held-out',
    band: [1, 49],
    bandWhy: 'Columbus, 1879–2016: 20 such days in an average year, 1 in the fewest (1992), 49 in the most (1955).',
    compute: (ctx) => ctx.weather().dailyMaxC.filter((t) => t >= f2c(90)).length,
  },
];
