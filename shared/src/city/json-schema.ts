/**
 * The city file's format as JSON Schema (draft 2020-12), generated from the zod schemas the server
 * validates with, so the document cannot drift from the code. Served at `GET /api/cities/schema`
 * and written to docs/city.schema.json (`pnpm city schema`; a test fails when the file is stale).
 * Cross-reference rules (unique ids, stations in known districts, signal-plan sums) are code-only
 * refinements that JSON Schema cannot express; they are listed in the description.
 */
import { z } from 'zod';
import { CitySchema } from './schemas';

export const CITY_SCHEMA_ID = 'https://smart-city-sandbox.invalid/schemas/city.schema.json';

const CROSS_CHECKS =
  'Also checked by the server (not expressible in JSON Schema): ids are unique in each list (districts, stations, corridors, roads, intersections, feeders); every station and meter group names a known district; a district with meters has feeders; a ring ends where it starts; a signal plan leaves time for the cross street and its offset is shorter than its cycle; the time zone is a real IANA zone.';

/** The JSON Schema of `data/cities/<id>/city.json` as a plain JSON value. */
export function cityJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(CitySchema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' });
  return {
    ...generated,
    $id: CITY_SCHEMA_ID,
    title: 'Smart City Sandbox city file (data/cities/<id>/city.json)',
    description: `One simulated city: geography, sensors, corridors, meters and climate. Guide: docs/add-your-own-city.md. ${CROSS_CHECKS}`,
  };
}
