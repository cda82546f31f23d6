/** Contract entries: the Scenario Lab (a baseline and variants compared on one scorecard). */

import type { RouteContract } from '../common/route-contract';
import { LabScorecardQuerySchema, LabScorecardSchema } from './schemas';

export const labRoutes = {
  labScorecard: {
    method: 'GET',
    path: '/api/lab/scorecard',
    summary:
      'Scorecards of a baseline scenario and up to three variants over one window (at most 7 days), their differences, and over N seeds whether each difference is an effect or seed-to-seed noise.',
    tags: ['lab'],
    query: LabScorecardQuerySchema,
    response: LabScorecardSchema,
    example: {
      query: { city: 'columbus', v1: 'evShare=0.4', from: '2026-07-15T16:00:00Z', to: '2026-07-16T00:00:00Z', seeds: 2 },
    },
  },
} as const satisfies Record<string, RouteContract>;
