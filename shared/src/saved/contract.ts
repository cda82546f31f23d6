/**
 * Contract entries: saved scenarios (the store) and their share links. Writes are guarded by
 * `If-Match` with the record's ETag, so two editors cannot overwrite each other without noticing.
 */
import type { WriteRouteContract } from '../common/write-route-contract';
import {
  SavedIdParamsSchema,
  SavedListQuerySchema,
  SavedScenarioCreateSchema,
  SavedScenarioInputSchema,
  SavedScenarioListSchema,
  SavedScenarioSchema,
  ScenarioFileSchema,
  ShareParamsSchema,
} from './schemas';

/** A saved scenario as a client writes it: a 40 % EV fleet, opened on the Air page at 5 pm on a July day. */
const EXAMPLE_BODY = {
  name: 'EV share 40 %',
  notes: 'Does roadside PM2.5 drop more than the seed-to-seed noise?',
  scenario: { city: 'columbus', seed: 7, levers: { evShare: 0.4 } },
  view: { page: '/air', t: '2026-07-15T21:00:00Z', lang: 'en' },
};

const IF_MATCH =
  'Send the `ETag` of the version you edited in `If-Match`: a stale one answers 412 (someone else saved in between; the answer carries the current ETag), none answers 428.';

export const savedScenarioRoutes = {
  listSaved: {
    method: 'GET',
    path: '/api/scenarios',
    summary: 'Saved scenarios, most recently changed first, a page at a time, optionally only those whose name or notes contain `q`.',
    tags: ['scenarios'],
    query: SavedListQuerySchema,
    status: 200,
    response: SavedScenarioListSchema,
    errors: [400],
  },
  createSaved: {
    method: 'POST',
    path: '/api/scenarios',
    summary: 'Saves a scenario (or imports an exported scenario file); answers the record with its `ETag` and `Location`.',
    description: 'The body is at most 256 KiB (413 above). An exported file (`GET /api/scenarios/{id}/export`) is a valid body as it is.',
    tags: ['scenarios'],
    body: SavedScenarioCreateSchema,
    status: 201,
    response: SavedScenarioSchema,
    errors: [400, 413, 415],
    exampleBody: EXAMPLE_BODY,
  },
  getSaved: {
    method: 'GET',
    path: '/api/scenarios/:id',
    summary: 'One saved scenario, with its `ETag` (send it back in `If-Match` to change or delete it).',
    tags: ['scenarios'],
    params: SavedIdParamsSchema,
    status: 200,
    response: SavedScenarioSchema,
    errors: [400, 404],
  },
  replaceSaved: {
    method: 'PUT',
    path: '/api/scenarios/:id',
    summary: 'Replaces a saved scenario’s name, notes, scenario and view (rename, edit); its share link for the old content keeps working.',
    description: IF_MATCH,
    tags: ['scenarios'],
    params: SavedIdParamsSchema,
    body: SavedScenarioInputSchema,
    status: 200,
    response: SavedScenarioSchema,
    errors: [400, 404, 412, 413, 415, 428],
    exampleBody: { ...EXAMPLE_BODY, name: 'EV share 40 % (seed 7)' },
  },
  deleteSaved: {
    method: 'DELETE',
    path: '/api/scenarios/:id',
    summary: 'Deletes a saved scenario; its share links keep working (they are immutable).',
    description: IF_MATCH,
    tags: ['scenarios'],
    params: SavedIdParamsSchema,
    status: 204,
    errors: [400, 404, 412, 428],
  },
  exportSaved: {
    method: 'GET',
    path: '/api/scenarios/:id/export',
    summary: 'A saved scenario as a JSON file (attachment) that POST /api/scenarios imports.',
    tags: ['scenarios'],
    params: SavedIdParamsSchema,
    status: 200,
    response: ScenarioFileSchema,
    download: true,
    errors: [400, 404],
  },
  openShare: {
    method: 'GET',
    path: '/s/:slug',
    summary: 'A share link: redirects (302) to the page URL of the view it was made for, scenario and moment included.',
    tags: ['scenarios'],
    params: ShareParamsSchema,
    status: 302,
    errors: [400, 404],
  },
} as const satisfies Record<string, WriteRouteContract>;

export type SavedScenarioRoutes = typeof savedScenarioRoutes;
