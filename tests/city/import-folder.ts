/**
 * `pnpm city import <folder>`: reads a folder of GeoJSON files and a settings file, builds the city
 * with the pure builder in shared (the server's own schemas check the result) and writes
 * data/cities/<id>/ atomically: the files are written to a temporary folder next to cities/,
 * read back and validated again, then renamed into place. A refused folder writes nothing.
 */
import { mkdir, mkdtemp, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BasemapSchema, CitySchema } from '@sandbox/shared';
import { buildCity } from '@sandbox/shared/city/import/build-city';
import { IMPORT_FILES, type ImportFile } from '@sandbox/shared/city/import/input-schemas';
import type { ImportProblem } from '@sandbox/shared/city/import/problems';
import { formatJson } from './format-json';

export type ImportOutcome = { ok: true; id: string; path: string } | { ok: false; problems: ImportProblem[] };

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** Every input file, JSON-parsed; missing files are left out, unreadable ones reported. */
export async function readImportFolder(folder: string) {
  const inputs: Partial<Record<ImportFile, unknown>> = {};
  const unreadable = new Set<ImportFile>();
  const problems: ImportProblem[] = [];
  if (!(await exists(folder))) return { found: false, inputs, unreadable, problems: [{ file: folder, message: 'folder not found' }] };
  for (const [kind, file] of Object.entries(IMPORT_FILES) as [ImportFile, string][]) {
    let text: string;
    try {
      text = await readFile(join(folder, file), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      unreadable.add(kind);
      problems.push({ file, message: `cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})` });
      continue;
    }
    try {
      inputs[kind] = JSON.parse(text);
    } catch (error) {
      unreadable.add(kind);
      problems.push({ file, message: `not valid JSON (${(error as Error).message})` });
    }
  }
  return { found: true, inputs, unreadable, problems };
}

export async function importCity(folder: string, dataDir: string, options: { replace?: boolean } = {}): Promise<ImportOutcome> {
  const read = await readImportFolder(folder);
  // No folder: say so, not that each file in it is missing.
  if (!read.found) return { ok: false, problems: read.problems };
  const built = buildCity(read.inputs, read.unreadable);
  const problems = [...read.problems, ...(built.ok ? [] : built.problems)];
  if (!built.ok || problems.length > 0) return { ok: false, problems };

  const { city, basemap } = built;
  const citiesDir = join(dataDir, 'cities');
  const target = join(citiesDir, city.id);
  if ((await exists(target)) && !options.replace) {
    return { ok: false, problems: [{ file: target, message: `city "${city.id}" already exists; pass --replace to overwrite it` }] };
  }
  await mkdir(citiesDir, { recursive: true });
  // Next to cities/, not in it: a server starting meanwhile never sees a half-written city.
  const staging = await mkdtemp(join(dataDir, '.city-import-'));
  try {
    await writeFile(join(staging, 'city.json'), formatJson(city));
    await writeFile(join(staging, 'basemap.geojson'), formatJson(basemap));
    // Read back what is on disk and check it as the server will at boot.
    CitySchema.parse(JSON.parse(await readFile(join(staging, 'city.json'), 'utf8')));
    BasemapSchema.parse(JSON.parse(await readFile(join(staging, 'basemap.geojson'), 'utf8')));
    if (await exists(target)) {
      const old = `${staging}-old`;
      await rename(target, old);
      await rename(staging, target);
      await rm(old, { recursive: true, force: true });
    } else {
      await rename(staging, target);
    }
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  return { ok: true, id: city.id, path: target };
}
