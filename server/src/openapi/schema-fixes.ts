/**
 * Repairs what zod's `openapi-3.0` target gets wrong, so strict validators accept the API's real
 * answers. OpenAPI 3.0 has no `null` type and no positional arrays:
 *
 * - A nullable enum comes out as `{ enum: [...], nullable: true }`, but `nullable` does not add
 *   `null` to an `enum` (OpenAPI 3.0.3, "nullable" and the clarification in
 *   https://github.com/OAI/OpenAPI-Specification/blob/main/proposals/2019-10-31-Clarify-Nullable.md),
 *   so `null` is appended to the list.
 * - A tuple comes out as `items: { anyOf: [first, second] }` with `minItems = maxItems = 2`, which
 *   says "either schema at any position". Positions that share one schema become plain `items`;
 *   numeric positions (`[longitude, latitude]`) become one number schema spanning both ranges, the
 *   per-position meaning kept in the description.
 */
import type { OpenAPIV3 } from 'openapi-types';

type Schema = OpenAPIV3.SchemaObject;

const isSchema = (value: unknown): value is Schema => value !== null && typeof value === 'object' && !('$ref' in value);

/** The subschemas of a schema (properties, items, additionalProperties, compositions, not). */
function childSchemas(schema: Schema): Schema[] {
  const children: unknown[] = [
    ...Object.values(schema.properties ?? {}),
    'items' in schema ? schema.items : undefined,
    schema.additionalProperties,
    ...(schema.anyOf ?? []),
    ...(schema.oneOf ?? []),
    ...(schema.allOf ?? []),
    schema.not,
  ];
  return children.filter(isSchema);
}

const sameSchema = (a: Schema, b: Schema) => JSON.stringify(a) === JSON.stringify(b);

/** One schema for every position of a 3.0 tuple, or undefined when the positions differ in kind. */
function positionSchema(positions: Schema[]): Schema | undefined {
  const [first] = positions;
  if (!first) return undefined;
  if (positions.every((p) => sameSchema(p, first))) return first;
  if (!positions.every((p) => p.type === 'number' || p.type === 'integer')) return undefined;
  const minima = positions.map((p) => p.minimum);
  const maxima = positions.map((p) => p.maximum);
  return {
    type: positions.every((p) => p.type === 'integer') ? 'integer' : 'number',
    ...(minima.every((m) => m !== undefined) ? { minimum: Math.min(...(minima as number[])) } : {}),
    ...(maxima.every((m) => m !== undefined) ? { maximum: Math.max(...(maxima as number[])) } : {}),
  };
}

function fixTuple(schema: Schema & OpenAPIV3.ArraySchemaObject): void {
  const positions = isSchema(schema.items) ? schema.items.anyOf : undefined;
  if (!positions || schema.minItems !== schema.maxItems || positions.length !== schema.minItems) return;
  const merged = positionSchema(positions.filter(isSchema));
  if (!merged) return;
  const described = positions.filter(isSchema).map((p, i) => `[${i}] ${p.description ?? p.type}`);
  schema.items = merged;
  if (!sameSchema(merged, positions[0] as Schema) && !schema.description) schema.description = described.join(' ');
}

/** Fixes one schema and everything below it, in place. */
export function fixSchema(schema: Schema): Schema {
  for (const child of childSchemas(schema)) fixSchema(child);
  if (schema.nullable && Array.isArray(schema.enum) && !schema.enum.includes(null)) schema.enum.push(null);
  if (schema.type === 'array') fixTuple(schema);
  return schema;
}

const METHODS = ['get', 'post', 'put', 'delete'] as const;

/** Every schema of the document's parameters, request bodies and responses, fixed in place. */
export function fixDocumentSchemas(spec: OpenAPIV3.Document): void {
  for (const item of Object.values(spec.paths)) {
    for (const method of METHODS) {
      const operation = item?.[method];
      if (!operation) continue;
      for (const parameter of operation.parameters ?? [])
        if ('schema' in parameter && isSchema(parameter.schema)) fixSchema(parameter.schema);
      const bodies = [operation.requestBody, ...Object.values(operation.responses)];
      for (const body of bodies) {
        if (!body || !('content' in body)) continue;
        for (const media of Object.values(body.content ?? {})) if (isSchema(media.schema)) fixSchema(media.schema);
      }
    }
  }
}
