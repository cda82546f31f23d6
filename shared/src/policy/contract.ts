/** Contract entries: The policy context and the US outline its map draws. */
import { UsOutlineSchema } from '../common/geo-schemas';
import type { RouteContract } from '../common/route-contract';
import { PolicyQuerySchema, PolicySchema } from './schemas';

export const policyRoutes = {
  policy: {
    method: 'GET',
    path: '/api/policy',
    summary: 'The policy context in one language: timeline, the eight agencies, programs with figures, and sources.',
    tags: ['policy'],
    query: PolicyQuerySchema,
    response: PolicySchema,
    example: { query: { lang: 'ko' } },
  },
  usStates: {
    method: 'GET',
    path: '/api/geo/us-states',
    summary: 'Outline of the contiguous United States and its state borders (US Census Bureau, 1:10,000,000), for the policy map.',
    tags: ['policy'],
    response: UsOutlineSchema,
    example: {},
  },
} as const satisfies Record<string, RouteContract>;
