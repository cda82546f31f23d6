/**
 * The report's "Climate per city" section: every bundled city's simulated year of weather beside the
 * normals it cites (stats-climate.ts). Reported, not judged by `--check`: the rows' tolerances are in
 * °C for one simulated year against a 30-year normal, outside the framework's ±10% and source bands.
 */
import { readdirSync } from 'node:fs';
import { createSimulation, ScenarioSchema } from '@sandbox/shared';
import { loadCity } from '../support/city';
import { type ClimateRow, climateRows, climateYear } from './stats-climate';

export interface ClimateSection {
  rows: ClimateRow[];
  md: string[];
}

export function climateSection(year: number): ClimateSection {
  const ids = readdirSync(new URL('../../data/cities', import.meta.url), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const rows: ClimateRow[] = [];
  const md: string[] = [
    '## Climate per city',
    '',
    `A simulated calendar year ${year} of each bundled city's default scenario (seed 1), read through the hourly weather every`,
    'stream uses, beside the 1991–2020 normals its file cites. "calibrated": the driver\'s inputs were fitted to that figure, so',
    'the row checks the driver reproduces it through its day-to-day weather; "held out": not used to set anything. These rows',
    'are reported, not judged by `--check` (their tolerances are in °C for one year against a 30-year normal).',
    '',
  ];
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
