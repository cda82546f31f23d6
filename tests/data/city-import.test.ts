/**
 * The importer (tests/city/import-folder.ts): the template folder builds a city that passes the
 * engine's property suite, as the engine test city does; each kind of bad input is refused with
 * problems naming file, feature and field, and nothing is written.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BasemapSchema, CitySchema } from '@sandbox/shared';
import type { ImportProblem } from '@sandbox/shared/city/import/problems';
import { describeEngineProperties } from '@sandbox/shared/test-support/engine-properties';
import { afterAll, describe, expect, it } from 'vitest';
import { importCity } from '../city/import-folder';

const template = fileURLToPath(new URL('../../data/templates/city-template/', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'city-import-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let n = 0;
/** A fresh copy of the template folder with `edit` applied, and an empty data dir. */
interface EditableFeature {
  properties: Record<string, unknown>;
  geometry: { coordinates: unknown[] };
}
interface EditableFile {
  features: EditableFeature[];
  [key: string]: unknown;
}
/** Feature `i` of a file being edited (a missing one fails the test at once). */
function featureOf(file: EditableFile, i: number): EditableFeature {
  const found = file.features[i];
  if (!found) throw new Error(`no feature ${i}`);
  return found;
}
interface FolderFiles {
  read: (file: string) => EditableFile;
  write: (file: string, value: unknown) => void;
  writeText: (file: string, text: string) => void;
  remove: (file: string) => void;
}
function folderWith(edit: (files: FolderFiles) => void) {
  const folder = join(scratch, `in-${++n}`);
  const dataDir = join(scratch, `data-${n}`);
  cpSync(template, folder, { recursive: true });
  edit({
    read: (file) => JSON.parse(readFileSync(join(folder, file), 'utf8')),
    write: (file, value) => writeFileSync(join(folder, file), JSON.stringify(value)),
    writeText: (file, text) => writeFileSync(join(folder, file), text),
    remove: (file) => rmSync(join(folder, file)),
  });
  return { folder, dataDir };
}

const built = await importCity(template, join(scratch, 'good'));
const importedCity = CitySchema.parse(JSON.parse(readFileSync(join(scratch, 'good/cities/template-city/city.json'), 'utf8')));

describe('a good folder (data/templates/city-template)', () => {
  it('builds data/cities/<id>/ with a city and a basemap the server’s schemas accept, and nothing else', () => {
    expect(built).toEqual({ ok: true, id: 'template-city', path: join(scratch, 'good/cities/template-city') });
    expect(readdirSync(join(scratch, 'good'))).toEqual(['cities']);
    expect(readdirSync(join(scratch, 'good/cities/template-city')).sort()).toEqual(['basemap.geojson', 'city.json']);
    BasemapSchema.parse(JSON.parse(readFileSync(join(scratch, 'good/cities/template-city/basemap.geojson'), 'utf8')));
  });

  it('derives meters and feeders from households and jobs, stations’ districts from their position, intersections in path order', () => {
    const count = (district: string, meterClass: string) =>
      importedCity.meters.find((m) => m.districtId === district && m.meterClass === meterClass)?.count;
    // Riverside: 5,000 households × 4% = 200; 2,000 jobs ÷ 8 × 4% = 10 business meters, none industrial.
    expect([count('riverside', 'residential'), count('riverside', 'commercial'), count('riverside', 'industrial')]).toEqual([
      200,
      10,
      undefined,
    ]);
    // Northgate: 3,000 × 5% = 150; 4,000 ÷ 8 × 5% = 25 business meters, 2.5% (1) industrial.
    expect([count('northgate', 'residential'), count('northgate', 'commercial'), count('northgate', 'industrial')]).toEqual([150, 24, 1]);
    expect(importedCity.districts.map((d) => [d.id, d.households, d.jobs, d.feeders.length])).toEqual([
      ['old-town', 6000, 12000, 0],
      ['riverside', 5000, 2000, 1],
      ['northgate', 3000, 4000, 1],
    ]);
    expect(importedCity.stations.map((s) => s.districtId)).toEqual(['old-town', 'riverside', 'northgate']);
    expect(importedCity.corridors[0]?.intersections.map((i) => i.id)).toEqual(['main-1st', 'main-center', 'main-north']);
    expect(importedCity.corridors[0]?.intersections[2]?.signal).toEqual({
      cycleS: 120,
      mainGreenS: 60,
      yellowS: 4,
      allRedS: 2,
      offsetS: 50,
    });
    // Fitted to the twelve monthly normals (mean of the monthly means, first harmonic, mean daily range).
    expect(importedCity.climate).toMatchObject({ meanTempC: 12, annualAmplitudeC: 12.7, coldestDayOfYear: 18, diurnalRangeC: 10.2 });
  });

  it('refuses to overwrite an existing city unless asked to replace it', async () => {
    const again = await importCity(template, join(scratch, 'good'));
    expect(again.ok).toBe(false);
    expect(again.ok ? [] : again.problems.map((p) => p.message)).toEqual([expect.stringContaining('already exists; pass --replace')]);
    expect(await importCity(template, join(scratch, 'good'), { replace: true })).toMatchObject({ ok: true });
    expect(readdirSync(join(scratch, 'good'))).toEqual(['cities']);
  });
});

describe('the imported city under the engine’s property suite', () => {
  describeEngineProperties(importedCity, { split: 'main-st-roadside', roadside: 'main-st-roadside', cost: 'northgate-park' });
});

type Edit = Parameters<typeof folderWith>[0];
const refusals: Array<[string, Edit, Omit<Partial<ImportProblem>, 'message'> & { message: RegExp }]> = [
  ['a missing file', ({ remove }) => remove('stations.geojson'), { file: 'stations.geojson', message: /file not found/ }],
  [
    'invalid geometry (a ring that does not close)',
    ({ read, write }) => {
      const districts = read('districts.geojson');
      (featureOf(districts, 1).geometry.coordinates[0] as unknown[]).pop();
      write('districts.geojson', districts);
    },
    { file: 'districts.geojson', feature: 1, field: 'geometry.coordinates.0', message: /ring must end where it starts/ },
  ],
  [
    'a point outside the city',
    ({ read, write }) => {
      const stations = read('stations.geojson');
      featureOf(stations, 2).geometry.coordinates = [-82.5, 40.0];
      write('stations.geojson', stations);
    },
    { file: 'stations.geojson', feature: 2, field: 'geometry.coordinates', message: /outside the city bounds/ },
  ],
  [
    'a corridor without intersections',
    ({ read, write }) => {
      const corridors = read('corridors.geojson');
      corridors.features = corridors.features.filter((f) => f.properties.corridor !== 'freight-rd');
      write('corridors.geojson', corridors);
    },
    { file: 'corridors.geojson', feature: 4, field: 'intersections', message: /"freight-rd" has no signalized intersections/ },
  ],
  [
    'an unknown time zone',
    ({ read, write }) => write('settings.json', { ...read('settings.json'), timezone: 'America/Columbus' }),
    { file: 'settings.json', field: 'timezone', message: /IANA time zone/ },
  ],
  [
    'a city id the API address of the format takes',
    ({ read, write }) => write('settings.json', { ...read('settings.json'), id: 'schema' }),
    { file: 'settings.json', field: 'id', message: /taken by GET \/api\/cities\/schema/ },
  ],
  [
    'negative households',
    ({ read, write }) => {
      const districts = read('districts.geojson');
      featureOf(districts, 0).properties.households = -5;
      write('districts.geojson', districts);
    },
    { file: 'districts.geojson', feature: 0, field: 'properties.households', message: /expected number to be >=0/ },
  ],
  [
    'a duplicate id',
    ({ read, write }) => {
      const stations = read('stations.geojson');
      featureOf(stations, 2).properties.id = 'main-st-roadside';
      write('stations.geojson', stations);
    },
    {
      file: 'stations.geojson',
      feature: 2,
      field: 'properties.id',
      message: /duplicate id "main-st-roadside" \(first used by feature 0\)/,
    },
  ],
  [
    'a junction off its corridor',
    ({ read, write }) => {
      const corridors = read('corridors.geojson');
      featureOf(corridors, 2).geometry.coordinates = [-83.01, 40.005];
      write('corridors.geojson', corridors);
    },
    { file: 'corridors.geojson', feature: 2, field: 'geometry.coordinates', message: /lies 8\d\d m from the path of corridor "main-st"/ },
  ],
  [
    'a file that is not JSON',
    ({ writeText }) => writeText('corridors.geojson', '{"type": "FeatureCollection", '),
    { file: 'corridors.geojson', message: /not valid JSON/ },
  ],
];

describe('bad input is refused, naming file, feature and field, and nothing is written', () => {
  it.each(refusals)('%s', async (_, edit, expected) => {
    const { folder, dataDir } = folderWith(edit);
    const outcome = await importCity(folder, dataDir);
    expect(outcome.ok).toBe(false);
    const problems = outcome.ok ? [] : outcome.problems;
    const { message, ...where } = expected;
    expect(problems).toContainEqual({ ...where, message: expect.stringMatching(message) });
    expect(() => readdirSync(dataDir)).toThrow(/ENOENT/);
  });

  it('collects every problem of a folder at once', async () => {
    const { folder, dataDir } = folderWith(({ read, write }) => {
      write('settings.json', { ...read('settings.json'), timezone: 'Mars/Olympus' });
      const districts = read('districts.geojson');
      featureOf(districts, 0).properties.households = -1;
      featureOf(districts, 2).properties.jobs = 'many';
      write('districts.geojson', districts);
      const stations = read('stations.geojson');
      featureOf(stations, 0).properties.siteType = 'rooftop';
      write('stations.geojson', stations);
    });
    const outcome = await importCity(folder, dataDir);
    const where = outcome.ok ? [] : outcome.problems.map(({ file, feature, field }) => [file, feature, field]);
    expect(where).toEqual(
      expect.arrayContaining([
        ['settings.json', undefined, 'timezone'],
        ['districts.geojson', 0, 'properties.households'],
        ['districts.geojson', 2, 'properties.jobs'],
        ['stations.geojson', 0, 'properties.siteType'],
      ]),
    );
  });
});
