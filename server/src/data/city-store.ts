/**
 * Loads every city under DATA_DIR/cities once, at boot, validates it with the shared schemas and
 * keeps ready-to-send JSON. A bad file stops the server with a message naming the file and field:
 * serving a half-valid city would only move the failure into the browser.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import {
  BasemapSchema,
  basemapWithDistricts,
  type City,
  CitySchema,
  type CitySummary,
  notFound,
  summarizeCity,
  withMeterShare,
} from '@sandbox/shared';
import type { z } from 'zod';

export class DataError extends Error {}

export interface CityEntry {
  city: City;
  summary: CitySummary;
  /** Pre-serialized responses: the files never change while the server runs. */
  cityJson: string;
  basemapJson: string;
}

export interface CityStore {
  list(): CitySummary[];
  get(id: string): CityEntry | undefined;
}

/** The city with this id, or a 404 naming it and the known ones. */
export function requireCity(cities: CityStore, id: string): CityEntry {
  const found = cities.get(id);
  if (!found)
    throw notFound(
      `Unknown city "${id}"; known cities: ${cities
        .list()
        .map((c) => c.id)
        .join(', ')}.`,
      'city',
    );
  return found;
}

/** A zod issue's path as the file's reader would write it: `stations[1].location`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  const written = path.map((key, k) => (typeof key === 'number' ? `[${key}]` : `${k > 0 ? '.' : ''}${String(key)}`)).join('');
  return written || '(root)';
}

/** More than this many problems in one boot message is a wrong file, not a list to fix one by one. */
export const MAX_SHOWN_PROBLEMS = 20;

/**
 * One problem a line, every one up to MAX_SHOWN_PROBLEMS: the one that matters may be the last.
 * Each line names the file, so a line copied out of a log still says where to look.
 */
export function problemLines(problems: ReadonlyArray<{ file: string; field: string; message: string }>): string {
  const shown = problems.slice(0, MAX_SHOWN_PROBLEMS).map((p) => `${p.file}: field "${p.field}": ${p.message}`);
  const more = problems.length - shown.length;
  return [...shown, ...(more > 0 ? [`(and ${more} more)`] : [])].join('\n');
}

/**
 * Reads and validates one data file. Messages name it by its absolute path: DATA_DIR may be
 * relative, and the person reading the message may not know the server's working directory.
 */
export async function readValidated<T>(file: string, schema: z.ZodType<T>): Promise<T> {
  const path = resolve(file);
  const shownAs = path;
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new DataError(`${shownAs}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new DataError(`${shownAs}: not valid JSON (${(error as Error).message})`);
  }
  const result = schema.safeParse(json);
  if (!result.success) {
    throw new DataError(
      problemLines(result.error.issues.map((issue) => ({ file: shownAs, field: fieldPath(issue.path), message: issue.message }))),
    );
  }
  return result.data;
}

/** Loads the cities; `meterShare` (METER_SHARE) keeps that share of each meter group (1: every meter). */
export async function loadCityStore(dataDir: string, meterShare = 1): Promise<CityStore> {
  const citiesDir = join(dataDir, 'cities');
  let ids: string[];
  try {
    ids = (await readdir(citiesDir, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  } catch {
    throw new DataError(`${resolve(citiesDir)}: folder not found; set DATA_DIR to the project's data/ folder`);
  }
  if (ids.length === 0) throw new DataError(`${resolve(citiesDir)}: no cities found`);

  const entries = new Map<string, CityEntry>();
  for (const id of ids.sort()) {
    const cityFile = join(citiesDir, id, 'city.json');
    const basemapFile = join(citiesDir, id, 'basemap.geojson');
    const city = withMeterShare(await readValidated(cityFile, CitySchema), meterShare);
    if (city.id !== id) throw new DataError(`${resolve(cityFile)}: field "id": "${city.id}" must match its folder name "${id}"`);
    const basemap = await readValidated(basemapFile, BasemapSchema);
    entries.set(id, {
      city,
      summary: summarizeCity(city),
      cityJson: JSON.stringify(city),
      basemapJson: JSON.stringify(basemapWithDistricts(city, basemap)),
    });
  }
  const summaries = [...entries.values()].map((entry) => entry.summary);
  return { list: () => summaries, get: (id) => entries.get(id) };
}
