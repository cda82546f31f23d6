/**
 * Energy figures, from the year of the stratified meter sample (collect/energy-year.ts).
 * Calibrated: the residential base load and the cooling lag (decision 011), and the program's scale
 * (meters, feeders), which the city file was built to (decision 110). Held out: the shape of demand
 * (load factor, peak-to-average), what PV exports and what home charging draws.
 */
import type { MeterPopulation } from '@sandbox/shared';
import { argMax } from '../collect/air-year';
import { meanOf, peakToAverage } from '../collect/energy-year';
import type { FidelityStatistic } from '../context';
import { SOURCES } from './sources';

const RESIDENTIAL = 0;

/** The program's scale as the population has it. */
const PROGRAM_COUNTS = {
  'meter-count': (meters: MeterPopulation) => meters.count,
  'residential-meter-count': (meters: MeterPopulation) => meters.classCode.filter((c) => c === RESIDENTIAL).length,
  'feeder-count': (meters: MeterPopulation) => meters.feederIds.length,
};

export const ENERGY_FIGURES: FidelityStatistic[] = [
  {
    id: 'residential-kwh-per-year',
    area: 'energy',
    name: 'Mean residential consumption, net',
    unit: 'kWh per meter per year',
    how: 'Annual net kWh (import − export, missing intervals skipped) of each sampled residential meter, averaged.',
    decimals: 0,
    sources: [SOURCES.eiaResidential],
    kind: 'calibrated',
    reference: 10_715,
    tuned: 'residential `baseKw` (shared/src/energy/meter-classes.ts)',
    compute: (ctx) => meanOf(ctx.energy().residentialKwh),
  },
  {
    id: 'summer-residential-peak-hour',
    area: 'energy',
    name: 'Hour of the summer residential peak, June–August',
    unit: 'h, local',
    how: 'Residential net kWh by local hour over June–August; the hour with the most.',
    decimals: 0,
    sources: [SOURCES.loadShape],
    kind: 'calibrated',
    reference: 19.5,
    referenceText: '18–21 h (centre 19.5)',
    tuned: 'the 2-hour cooling lag and occupancy weighting (shared/src/energy/engine.ts)',
    compute: (ctx) => argMax(ctx.energy().summerByHour),
  },
  {
    id: 'residential-load-factor',
    area: 'energy',
    name: 'Residential customer load factor',
    unit: 'ratio',
    how: 'For each sampled residential meter without PV: mean hourly import ÷ its highest hourly import of the year; averaged over meters.',
    decimals: 2,
    sources: [SOURCES.loadFactor],
    kind: 'held-out',
    band: [0.16, 0.34],
    bandWhy:
      'A DOE figure puts a residential customer’s annual load factor at 33–34%; the author’s own home ran at 16%: the band spans the two.',
    compute: (ctx) => meanOf(ctx.energy().loadFactors),
  },
  {
    id: 'residential-coincidence-factor',
    area: 'energy',
    name: 'Residential coincidence factor (coincident peak ÷ sum of the homes’ own peaks)',
    unit: 'ratio',
    how: 'The sampled residential meters without PV (about 2,000 homes): the highest hour of their summed hourly import over the year ÷ the sum of each home’s own highest hour.',
    decimals: 2,
    sources: [SOURCES.diversityFactor, SOURCES.coincidenceResidential],
    kind: 'held-out',
    band: [Number.NEGATIVE_INFINITY, 0.8],
    bandWhy:
      'A group of many homes peaks well below the sum of their own peaks: residential diversity factors of about 2.0 or more (coincidence 0.5 or less) in one source, coincidence factors of 0.60–0.80 for residential neighbourhoods in another; both put it at most 0.80. Both are secondary; no primary US load-research value was found (decision 014).',
    compute: (ctx) => ctx.energy().residentialCoincidence,
  },
  {
    id: 'city-peak-to-average',
    area: 'energy',
    name: 'City load, peak hour ÷ mean hour',
    unit: 'ratio',
    how: 'Hourly net load of all meters (class sums of the sample weighted by their stride) over the year; the highest hour divided by the mean hour.',
    decimals: 2,
    sources: [SOURCES.peakToAverage, SOURCES.peakToAverageEia],
    kind: 'held-out',
    band: [1.5, 1.9],
    bandWhy:
      'New England’s system peak-to-average ratio rose from about 1.5 to 1.9 (the secondary source; EIA’s own figures are 1.52 in 1993 and 1.78 in 2012); a summer-peaking Midwest city load belongs in the same range. A whole system with large industry, not a residential-heavy distribution area: no sourced band for such an area was found (decision 014).',
    compute: (ctx) => peakToAverage(ctx.energy().cityHourly),
  },
  {
    id: 'pv-export-share',
    area: 'energy',
    name: 'Share of residential PV generation exported',
    unit: 'share',
    how: 'Residential meters with PV (every k-th, at most 500): kWh exported (negative net intervals) ÷ kWh generated, the generation being what the same meters draw more in a simulation with the city’s PV shares at 0.',
    decimals: 2,
    sources: [SOURCES.pvSelfConsumption, SOURCES.pvExport1982, SOURCES.pvSelfConsumption3kw],
    kind: 'held-out',
    band: [0.5, 0.75],
    bandWhy:
      'Without a battery a home self-consumes typically 25–40% of its PV (60–75% exported); small systems sell back 50% or more; a 3 kW system exports about 70%.',
    compute: (ctx) => ctx.energy().pvExportedKwh / ctx.energy().pvGeneratedKwh,
  },
  {
    id: 'ev-home-charging-kwh',
    area: 'energy',
    name: 'Home EV charging per EV household',
    unit: 'kWh per year',
    how: 'Residential meters with a charger (every k-th, at most 500): annual net kWh minus the same meters’ with the EV-share lever at 0 (which only removes chargers); averaged.',
    decimals: 0,
    sources: [SOURCES.evRecs, SOURCES.evCalifornia],
    kind: 'held-out',
    band: [1059, 2363],
    bandWhy:
      'RECS 2020 gives 2,363 kWh a year of home charging per EV household nationally; in California an EV adds 2.9 kWh a day (1,059 a year).',
    compute: (ctx) => meanOf(ctx.energy().evHomeKwh),
  },
  ...(
    [
      ['meter-count', 'Meters in the default Columbus population', 'meters', 110_000, 'about 110,000', SOURCES.gridSmartMeters],
      [
        'residential-meter-count',
        'Residential meters in the default population',
        'meters',
        100_000,
        '100,000 residential',
        SOURCES.gridSmartMeters,
      ],
      [
        'feeder-count',
        'Distribution circuits (feeders)',
        'feeders',
        70,
        'about 70 (58 at 13 kV, 12 at 34.5 kV)',
        SOURCES.gridSmartCircuits,
      ],
    ] as const
  ).map(
    ([id, name, unit, reference, referenceText, source]): FidelityStatistic => ({
      id,
      area: 'energy',
      name,
      unit,
      how: 'Counted in the population the default city’s simulation builds.',
      decimals: 0,
      sources: [source],
      kind: 'calibrated',
      reference,
      referenceText,
      tuned: 'the meter groups and feeders of data/cities/columbus/city.json, set from the gridSMART demonstration (decision 110)',
      compute: (ctx) => PROGRAM_COUNTS[id](ctx.sim.meters),
    }),
  ),
];
