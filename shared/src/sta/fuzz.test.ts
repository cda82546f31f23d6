/**
 * Whatever a client writes in the query options, the service answers or refuses with a 400/404 that
 * says why (a zod issue at the edge, or an ApiProblem): never another error, which the server would
 * turn into a 500. Options are built from the grammar's own pieces, so most are near-misses.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ApiProblem } from '../common/problem';
import { MINUTE_MS } from '../common/time';
import { testCity } from '../test-support/test-city';
import { StaQuerySchema } from './options';
import { answerSta } from './service';
import { testSta } from './test-backend';

const sta = testSta(testCity, Date.parse('2026-07-16T00:00:00Z'));

const PIECES = [
  'result',
  'phenomenonTime',
  'resultTime',
  'name',
  'id',
  '@iot.id',
  'properties/siteType',
  'Datastream/name',
  'Thing/name',
  'eq',
  'ne',
  'gt',
  'ge',
  'lt',
  'le',
  'and',
  'or',
  'not',
  'add',
  'mul',
  'mod',
  '(',
  ')',
  ',',
  ';',
  '/',
  '=',
  '$top=2',
  '1',
  '-2.5',
  '1e3',
  "'x'",
  "'it''s'",
  "'",
  'null',
  'true',
  '2026-07-15T18:00:00Z',
  '2026-07-15',
  '2026-13-01T00:00:00Z',
  'substringof',
  'year',
  'hour',
  'round',
  'geo.distance',
  'Datastreams',
  'Observations',
  'Thing',
  'Locations',
  'asc',
  'desc',
  '$select=name',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 9 }).map((parts) => parts.join(' '));
const PATHS = ['/Things', '/Datastreams', "/Things('air:north-park')", "/Datastreams('air:north-park:pm25UgM3')/Observations", '/Sensors'];
const OPTIONS = ['$filter', '$orderby', '$select', '$expand', '$top', '$skip', '$count'];

describe('query options from the grammar’s pieces', () => {
  const outcomes = { parsed: 0, answered: 0 };
  it(
    'are answered, or refused with a 400 or 404 that names the problem',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...PATHS),
          fc.array(fc.tuple(fc.constantFrom(...OPTIONS), text), { maxLength: 3 }),
          async (path, pairs) => {
            const raw = Object.fromEntries(pairs);
            const parsed = StaQuerySchema.safeParse({ city: testCity.id, ...raw });
            if (!parsed.success) {
              expect(parsed.error.issues[0]?.message.length).toBeGreaterThan(0);
              return;
            }
            outcomes.parsed += 1;
            try {
              await answerSta(sta.catalogue, sta.backend, {
                path,
                query: parsed.data,
                rawQuery: Object.entries(raw),
                root: sta.root,
                nowMs: Date.parse('2026-07-16T00:00:00Z'),
              });
              outcomes.answered += 1;
            } catch (error) {
              expect(error).toBeInstanceOf(ApiProblem);
              expect([400, 404]).toContain((error as ApiProblem).status);
            }
          },
        ),
        { numRuns: 300, seed: 180 },
      );
      // The pieces reach past the edge: some options parse, and some of those are answered.
      expect(outcomes.parsed).toBeGreaterThan(30);
      expect(outcomes.answered).toBeGreaterThan(10);
    },
    MINUTE_MS,
  );
});
