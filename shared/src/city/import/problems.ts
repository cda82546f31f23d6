/**
 * What the importer reports: every problem of a folder at once, each naming its file, the index of
 * the feature at fault (0-based, as in the file's `features` array) and the field inside it.
 */
import type { z } from 'zod';
import { FeatureCollectionSchema, IMPORT_FILES, type ImportFile } from './input-schemas';

export interface ImportProblem {
  file: string;
  /** Index in the file's `features` array. */
  feature?: number;
  /** Dotted path inside the feature (or the settings file), e.g. `properties.households`. */
  field?: string;
  message: string;
}

/** `districts.geojson, feature 2, field "properties.households": Too small: expected number to be >=0`. */
export function formatProblem({ file, feature, field, message }: ImportProblem): string {
  const where = [file, feature === undefined ? undefined : `feature ${feature}`, field ? `field "${field}"` : undefined];
  return `${where.filter(Boolean).join(', ')}: ${message}`;
}

export function issuesToProblems(file: string, error: z.ZodError, feature?: number): ImportProblem[] {
  return error.issues.map((issue) => ({
    file,
    ...(feature === undefined ? {} : { feature }),
    field: issue.path.join('.') || '(root)',
    message: issue.message,
  }));
}

/** Collects problems while a city is built. */
export class ProblemList {
  readonly items: ImportProblem[] = [];

  add(problem: ImportProblem): void {
    this.items.push(problem);
  }

  /** Parses `value` with `schema`; on failure records every issue and returns undefined. */
  parse<T>(schema: z.ZodType<T>, value: unknown, file: string, feature?: number): T | undefined {
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    this.items.push(...issuesToProblems(file, result.error, feature));
    return undefined;
  }

  /** Records a problem for every id already seen in the list (at the repeated feature). */
  uniqueIds(file: string, items: ReadonlyArray<{ index: number; id: string }>): void {
    const seen = new Map<string, number>();
    for (const { index, id } of items) {
      const first = seen.get(id);
      if (first === undefined) seen.set(id, index);
      else this.add({ file, feature: index, field: 'properties.id', message: `duplicate id "${id}" (first used by feature ${first})` });
    }
  }

  /** The features of a file of places (each with an id, unique in the file), as `features` gives them. */
  places<T extends { properties: { id: string } }>(
    kind: ImportFile,
    collection: unknown,
    schema: z.ZodType<T>,
  ): Array<{ index: number; feature: T }> {
    const features = this.features(kind, collection, schema);
    this.uniqueIds(
      IMPORT_FILES[kind],
      features.map(({ index, feature }) => ({ index, id: feature.properties.id })),
    );
    return features;
  }

  /** The features of a GeoJSON file, each parsed with `schema`, with their index in the file. */
  features<T>(kind: ImportFile, collection: unknown, schema: z.ZodType<T>): Array<{ index: number; feature: T }> {
    const file = IMPORT_FILES[kind];
    const parsed = this.parse(FeatureCollectionSchema, collection, file);
    if (!parsed) return [];
    return parsed.features.flatMap((raw, index) => {
      const feature = this.parse(schema, raw, file, index);
      return feature === undefined ? [] : [{ index, feature }];
    });
  }
}
