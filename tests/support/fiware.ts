/**
 * Validates NGSI-LD normalized entities against the FIWARE Smart Data Models' JSON Schemas in
 * `fixtures/fiware/`, offline: the shared schemas are registered under the URLs the models `$ref`
 * them by. The schemas describe the key-value form, so an entity is checked after unwrapping each
 * attribute's `value` (the way the models' README says to check the normalized form).
 */
import { readFileSync } from 'node:fs';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

const dir = new URL('../fixtures/fiware/', import.meta.url);
const read = (file: string) => JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as Record<string, unknown>;

export const FIWARE_TYPES = ['AirQualityObserved', 'TrafficFlowObserved', 'Vehicle', 'ACMeasurement'] as const;
export type FiwareType = (typeof FIWARE_TYPES)[number];

/** Key-value form of a normalized entity: each Property/GeoProperty replaced by its value. */
export function keyValues(entity: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, attribute] of Object.entries(entity)) {
    if (name === '@context') continue;
    const typed = attribute as { type?: unknown; value?: unknown } | null;
    const wrapped = name !== 'id' && name !== 'type' && typeof typed === 'object' && typed !== null && 'value' in typed;
    out[name] = wrapped ? typed.value : attribute;
  }
  return out;
}

/** One validator per model, compiled once. */
export function fiwareValidators(): Record<FiwareType, ValidateFunction> {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  const environment = read('Environment-schema.json');
  ajv.addSchema(read('common-schema.json'));
  ajv.addSchema(environment);
  // AirQualityObserved also refers to the Environment definitions by their raw GitHub URL.
  ajv.addSchema({
    ...environment,
    $id: 'https://raw.githubusercontent.com/smart-data-models/dataModel.Environment/master/Environment-schema.json',
  });
  return Object.fromEntries(FIWARE_TYPES.map((type) => [type, ajv.compile(read(`${type}.schema.json`))])) as Record<
    FiwareType,
    ValidateFunction
  >;
}
