/**
 * A Lab comparison in the address bar: the baseline is the view's scenario (its usual parameters),
 * each variant one parameter (`v1`–`v3`) holding that scenario's own parameters as a query string
 * (`v1=seed%3D2%26evShare%3D0.4`), the same text the API's `v1`–`v3` take. Written and read here
 * only, through the one scenario codec, so the page, its requests and any link to it agree.
 *
 * The seam for saved scenarios: "open in Lab" links to `/lab` + `labSearch(comparison)`; "save" stores
 * `comparisonFromSearch(location.search)` (plus the clock), and a saved comparison reopens exactly.
 */
import { DEFAULT_SEEDS, LAB_DAYS, MAX_SEEDS } from '@sandbox/shared/lab/limits';
import { scenarioToQuery } from '@sandbox/shared/scenario/query';
import type { Scenario } from '@sandbox/shared/scenario/schemas';
import { decodeScenario, writeScenario } from '../scenario/scenario-codec';

export const VARIANT_PARAMS = ['v1', 'v2', 'v3'] as const;
export type VariantParam = (typeof VARIANT_PARAMS)[number];
export const MAX_LAB_VARIANTS = VARIANT_PARAMS.length;

/** Everything of a comparison besides its baseline: what a saved Lab view keeps as page parameters. */
export const LAB_COMPARISON_PARAMS = [...VARIANT_PARAMS, 'labDays', 'labSeeds'] as const;

/**
 * The comparison's own parameters (variants, days, seeds) of a URL, as a saved view's page parameters:
 * as the page reads them (a variant or a number that does not validate is dropped or takes its
 * default, as on the page), so what is saved is the comparison the person saw, and passes the
 * server's check of a Lab view's parameters (`LabViewParamsSchema`).
 */
export function labComparisonParams(search: URLSearchParams): Record<string, string> {
  const written = new URLSearchParams(labSearch(comparisonFromSearch(search)));
  return Object.fromEntries(
    LAB_COMPARISON_PARAMS.flatMap((key) => {
      const value = written.get(key);
      return value === null ? [] : [[key, value]];
    }),
  );
}

/** Window lengths the Lab offers, days (shared with the server's check of a saved Lab view). */
export { LAB_DAYS };
export type LabDays = (typeof LAB_DAYS)[number];
export const DEFAULT_LAB_SEEDS = DEFAULT_SEEDS;

export interface LabComparison {
  baseline: Scenario;
  variants: Scenario[];
  days: LabDays;
  /** Seeds of the effect-or-noise band (1: none). */
  seeds: number;
}

/**
 * A variant's parameter: its scenario's parameters (only what differs from the defaults) but the city.
 * A variant is always spelled out: a copy of a sealed baseline (student mode) is the default scenario.
 */
export function variantParam(scenario: Scenario): string {
  const { city: _city, ...own } = scenarioToQuery(scenario);
  return new URLSearchParams(own as Record<string, string>).toString();
}

/** A variant read back in the baseline's city; parameters that do not validate are dropped. */
export function variantFromParam(text: string, city: string): Scenario {
  const search = new URLSearchParams(text);
  search.set('city', city);
  search.delete('sealed');
  return decodeScenario(search).scenario;
}

/** The variants of a URL, in slot order (empty slots skipped). */
export function variantsFromSearch(search: URLSearchParams, city: string): Scenario[] {
  return VARIANT_PARAMS.flatMap((name) => {
    const text = search.get(name);
    return text === null ? [] : [variantFromParam(text, city)];
  });
}

/** Writes the variants into `search` (slots v1… in order, the rest removed). */
export function writeVariants(search: URLSearchParams, variants: readonly Scenario[]): void {
  VARIANT_PARAMS.forEach((name, i) => {
    const variant = variants[i];
    if (variant) search.set(name, variantParam(variant));
    else search.delete(name);
  });
}

const parseDays = (text: string | null): LabDays => LAB_DAYS.find((d) => String(d) === text) ?? 1;
const parseSeeds = (text: string | null): number => {
  const n = Number(text);
  return text !== null && Number.isInteger(n) && n >= 1 && n <= MAX_SEEDS ? n : DEFAULT_LAB_SEEDS;
};

/** The comparison a Lab URL describes. */
export function comparisonFromSearch(search: URLSearchParams): LabComparison {
  const baseline = decodeScenario(search).scenario;
  return {
    baseline,
    variants: variantsFromSearch(search, baseline.city),
    days: parseDays(search.get('labDays')),
    seeds: parseSeeds(search.get('labSeeds')),
  };
}

/** The query string of a Lab link for a comparison (without `?`). */
export function labSearch(comparison: LabComparison): string {
  const search = new URLSearchParams();
  writeScenario(search, comparison.baseline);
  writeVariants(search, comparison.variants);
  if (comparison.days !== 1) search.set('labDays', String(comparison.days));
  if (comparison.seeds !== DEFAULT_LAB_SEEDS) search.set('labSeeds', String(comparison.seeds));
  return search.toString();
}

export { parseDays as parseLabDays, parseSeeds as parseLabSeeds };
