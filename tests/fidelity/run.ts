/**
 * `pnpm fidelity`: simulates a year of the default Columbus scenario and sets synthetic statistics
 * beside published references (shared/domain/FACTS.md), writing docs/fidelity.md. Each figure is
 * judged within ±20% of its reference or an explicit band, or the report says why not.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { createSimulation, ScenarioSchema } from '@sandbox/shared';
import { loadCity } from '../support/city';
import { formatWithBiome } from '../support/format';
import { airYear, energyYear, mobilityYear } from './stats';
import { type ClimateRow, climateRows, climateYear } from './stats-climate';

/** Every bundled city's simulated year of weather beside the normals it cites. */
function climateSection(year: number): { rows: ClimateRow[]; md: string[] } {
  const ids = readdirSync(new URL('../../data/cities', import.meta.url), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const rows: ClimateRow[] = [];
  const md: string[] = [];
  const c = (value: number) => value.toFixed(1);
  for (const id of ids) {
    const city = loadCity(id);
    const sim = createSimulation(city, ScenarioSchema.parse({ city: id }));
    const cityRows = climateRows(city, climateYear(sim, year));
    rows.push(...cityRows);
    md.push(`### ${city.name}, ${city.region}`, '');
    if (cityRows.length === 0) {
      md.push('No cited normals in tests/fidelity/stats-climate.ts for this city yet: add its references there.', '');
      continue;
    }
    md.push(
      '| Figure | Simulated (°C) | Normal (°C) | Tolerance | Source | Use | Verdict |',
      '| --- | --- | --- | --- | --- | --- | --- |',
    );
    for (const row of cityRows) {
      md.push(
        `| ${row.figure} | ${c(row.simulatedC)} | ${c(row.normalC)} | ±${row.toleranceC} | ${row.source} | ${row.use} | ${row.within ? 'within' : 'outside'} |`,
      );
    }
    md.push('');
  }
  return { rows, md };
}

interface Row {
  figure: string;
  simulated: string;
  reference: string;
  source: string;
  verdict: 'within' | 'outside' | 'see note';
  note?: string;
}

const within20 = (value: number, reference: number) => Math.abs(value - reference) <= 0.2 * Math.abs(reference);
const inBand = (value: number, lo: number, hi: number) => value >= lo && value <= hi;

function main(): void {
  const started = performance.now();
  const scenario = ScenarioSchema.parse({});
  const city = loadCity(scenario.city);
  const sim = createSimulation(city, scenario);
  const year = Number(scenario.start.slice(0, 4));
  const air = airYear(sim, year);
  const energy = energyYear(sim, year);
  const mobility = mobilityYear(sim, year);
  const ratio = mobility.peakSpeedMps / mobility.freeFlowSpeedMps;
  const pct = (days: number) => `${((days / air.days) * 100).toFixed(1)}%`;
  const worse = (air.daysByCategory.unhealthy ?? 0) + (air.daysByCategory['very-unhealthy'] ?? 0) + (air.daysByCategory.hazardous ?? 0);

  const rows: Row[] = [
    {
      figure: 'Annual mean PM2.5, all stations (µg/m³)',
      simulated: air.annualMeanPm25.toFixed(2),
      reference: '≈ 9 (typical range 8–10)',
      source: 'FACTS.md C, suggested simulator range for a mid-size US city [unverified]',
      verdict: within20(air.annualMeanPm25, 9) ? 'within' : 'outside',
    },
    {
      figure: 'Near-road PM2.5 increment, roadside − park stations (µg/m³)',
      simulated: air.nearRoadPm25.toFixed(2),
      reference: '+1.0',
      source: 'Environ. Sci. Technol. 2021, 55(5):2831, US near-road network 2013–2018 (FACTS.md C)',
      verdict: within20(air.nearRoadPm25, 1.0) ? 'within' : 'outside',
    },
    {
      figure: 'Near-road NO2 increment, roadside − park stations (ppb)',
      simulated: air.nearRoadNo2.toFixed(2),
      reference: '+6.9',
      source: 'Environ. Sci. Technol. 2021, 55(5):2831 (FACTS.md C)',
      verdict: within20(air.nearRoadNo2, 6.9) ? 'within' : 'outside',
    },
    {
      figure: 'Hour of the mean daily ozone peak, April–October (local)',
      simulated: `${air.ozonePeakHour}:00`,
      reference: '12–16 h',
      source: 'O3/NOx diurnal studies summarised in FACTS.md C',
      verdict: inBand(air.ozonePeakHour, 12, 16) ? 'within' : 'outside',
      note: 'An hour-of-day band rather than a number, so judged by the band.',
    },
    {
      figure: 'Days with USG ozone (city-wide daily AQI from max 8-h ozone)',
      simulated: String(air.usgOzoneDays),
      reference: '3 (2018); 0 (2014)',
      source: 'MORPC / Columbus Dispatch, 2018 ozone season (FACTS.md C)',
      verdict: inBand(air.usgOzoneDays, 0, 6) ? 'see note' : 'outside',
      note: 'A count of a few days varies strongly between years (0 in 2014, 3 in 2018); ±20% of 3 is not a meaningful test, so the band 0–6 is used.',
    },
    {
      figure: 'Days with USG PM2.5 (24-h mean, 2024 breakpoints)',
      simulated: String(air.usgPmDays),
      reference: '0 (2018)',
      source: 'MORPC / Columbus Dispatch (FACTS.md C)',
      verdict: air.usgPmDays <= 1 ? 'within' : 'outside',
      note: 'The default scenario has no smoke episode; the wildfire-smoke lever produces USG and worse days on purpose.',
    },
    {
      figure: 'Share of days by AQI category (good / moderate / USG / unhealthy or worse)',
      simulated: `${pct(air.daysByCategory.good ?? 0)} / ${pct(air.daysByCategory.moderate ?? 0)} / ${pct(air.daysByCategory.usg ?? 0)} / ${pct(worse)}`,
      reference: 'no sourced split in FACTS.md',
      source: '—',
      verdict: 'see note',
      note: 'Reported for teaching. Under the 2024 PM2.5 table (Good ends at 9.0 µg/m³) an area with an annual mean near 9 has many Moderate days; no retrieved source gives the Columbus split, so it is not judged.',
    },
    {
      figure: 'Mean residential consumption (kWh per meter per year, net)',
      simulated: energy.residentialKwhPerYear.toFixed(0),
      reference: '10,715',
      source: 'EIA FAQ, US average residential 2020 (FACTS.md D)',
      verdict: within20(energy.residentialKwhPerYear, 10_715) ? 'within' : 'outside',
    },
    {
      figure: 'Hour of the summer residential peak, June–August (local)',
      simulated: `${energy.summerPeakHour}:00`,
      reference: '18–21 h',
      source: 'Residential load shape, coreyramsden.com demand-profile method (FACTS.md D)',
      verdict: inBand(energy.summerPeakHour, 18, 21) ? 'within' : 'outside',
      note: 'An hour-of-day band, judged by the band.',
    },
    {
      figure: 'Arterial speed at the weekday peak (16–18 h) ÷ night speed (01–04 h)',
      simulated: `${ratio.toFixed(2)} (${(mobility.peakSpeedMps * 3.6).toFixed(1)} vs ${(mobility.freeFlowSpeedMps * 3.6).toFixed(1)} km/h)`,
      reference: '≈ 0.83 (travel time index ≈ 1.2)',
      source: 'Assumption: the TTI Urban Mobility Report puts Columbus near a travel time index of 1.2 [unverified, not in FACTS.md]',
      verdict: within20(ratio, 0.83) ? 'within' : 'outside',
      note: `Space-mean speed over arterial segments on one weekday in each month (${mobility.sampleDays} days); the night speed includes signal delay, as a probe-data "free-flow" reference does.`,
    },
  ];

  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const table = [
    '| Figure | Simulated | Reference | Source | Verdict |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r.figure} | ${r.simulated} | ${r.reference} | ${r.source} | ${r.verdict} |`),
  ];
  const notes = rows.filter((r) => r.note).map((r) => `- **${r.figure}:** ${r.note}`);
  const climate = climateSection(year);
  const md = [
    '# Fidelity report',
    '',
    `Generated by \`pnpm fidelity\` (tests/fidelity/run.ts) in ${seconds} s: a simulated calendar year ${year} of the default`,
    `Columbus scenario (seed ${scenario.seed}, default levers, no faults; ${city.stations.length} stations, ${sim.meters.count} meters,`,
    `${city.corridors.length} corridors). Synthetic statistics beside published references; "within" means within ±20% of the`,
    'reference (or inside the stated band). Do not edit by hand: run `pnpm fidelity` again.',
    '',
    ...table,
    '',
    '## Notes',
    '',
    ...notes,
    '',
    '## Climate per city',
    '',
    `A simulated calendar year ${year} of each bundled city's default scenario (seed 1), read through the hourly weather every`,
    'stream uses, beside the 1991–2020 normals its file cites. "calibrated": the driver\'s inputs were fitted to that figure, so',
    'the row checks the driver reproduces it through its day-to-day weather; "held out": not used to set anything.',
    '',
    ...climate.md,
    '## Calibration',
    '',
    'Constants tuned against these references (docs/decisions/011-engine-calibration.md): the regional PM2.5 scale,',
    'the near-road factors `K_PM` and `K_NO2` and the photochemical ozone coefficient in `shared/src/air/engine.ts`, the',
    'residential base load in `shared/src/energy/meter-classes.ts`, and the urban-street friction curve in',
    '`shared/src/mobility/demand.ts`. Other seeds give other years; the figures above are for one seed.',
    '',
  ].join('\n');
  const output = new URL('../../docs/fidelity.md', import.meta.url);
  writeFileSync(output, md);
  formatWithBiome([output]);
  console.log(table.join('\n'));
  console.log(`\nwrote docs/fidelity.md (${seconds} s)`);
  const outside = [
    ...rows.filter((r) => r.verdict === 'outside').map((r) => r.figure),
    ...climate.rows.filter((r) => !r.within).map((r) => `${r.city}: ${r.figure}`),
  ];
  console.log(climate.md.join('\n'));
  if (outside.length > 0) console.warn(`${outside.length} figure(s) outside their reference: ${outside.join('; ')}`);
}

main();
