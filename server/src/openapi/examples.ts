/**
 * Abridges a real answer into a readable example that still validates against its schema: long
 * arrays are cut to their first items, but never below the schema's `minItems` (a polygon ring
 * keeps four positions, a centre line two). Unions (`oneOf`/`anyOf`, e.g. GeoJSON geometries) are
 * followed into the branch the value belongs to.
 */
import type { OpenAPIV3 } from 'openapi-types';

type Schema = OpenAPIV3.SchemaObject;

const asSchema = (value: unknown): Schema => (value !== null && typeof value === 'object' && !('$ref' in value) ? (value as Schema) : {});

function typeMatches(value: unknown, type: Schema['type']): boolean {
  if (type === undefined) return true;
  if (type === 'array') return Array.isArray(value);
  if (type === 'object') return value !== null && typeof value === 'object' && !Array.isArray(value);
  if (type === 'integer') return Number.isInteger(value);
  return typeof value === type;
}

/** A cheap check that a value is of a schema's kind: type, enum, and the enums and keys of an object's properties. */
function looksLike(value: unknown, schema: Schema): boolean {
  if (value === null) return schema.nullable === true || (schema.enum?.includes(null) ?? false);
  if (schema.enum && !schema.enum.includes(value)) return false;
  if (!typeMatches(value, schema.type)) return false;
  if (schema.type !== 'object' || typeof value !== 'object') return true;
  const record = value as Record<string, unknown>;
  if (!(schema.required ?? []).every((key) => key in record)) return false;
  return Object.entries(schema.properties ?? {}).every(([key, property]) => {
    const allowed = asSchema(property).enum;
    return !(key in record) || !allowed || allowed.includes(record[key]);
  });
}

/** The branch of a union the value belongs to (the schema itself when it is no union). */
function branchFor(value: unknown, schema: Schema): Schema {
  const branches = (schema.oneOf ?? schema.anyOf ?? []).map(asSchema);
  if (branches.length === 0) return schema;
  const branch = branches.find((candidate) => looksLike(value, branchFor(value, candidate)));
  return branch ? branchFor(value, branch) : schema;
}

/** Keeps examples readable: long arrays are cut to their first `keep` items, or to `minItems` if more. */
export function abridge(value: unknown, schema: Schema = {}, keep = 3): unknown {
  const own = branchFor(value, schema);
  if (Array.isArray(value)) {
    const items = asSchema('items' in own ? own.items : undefined);
    return value.slice(0, Math.max(keep, own.minItems ?? 0)).map((item) => abridge(item, items, keep));
  }
  if (value && typeof value === 'object') {
    const extra = asSchema(own.additionalProperties);
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, abridge(v, asSchema(own.properties?.[k] ?? extra), keep)]));
  }
  return value;
}
