/** Contract entries: The live clock: one snapshot, or a Server-Sent Events stream of frames. */

import type { RouteContract } from '../common/route-contract';
import { SnapshotQuerySchema, StreamFrameSchema, StreamQuerySchema } from './schemas';

export const liveRoutes = {
  snapshot: {
    method: 'GET',
    path: '/api/snapshot',
    summary:
      'One frame of the live stream at an instant (for a paused or stepped clock): readings, AQI, load, vehicles, signals and the last minute of safety events.',
    tags: ['stream'],
    query: SnapshotQuerySchema,
    response: StreamFrameSchema,
    example: { query: { city: 'columbus', at: '2026-07-15T21:30:00Z', topics: 'air,energy' } },
  },
  stream: {
    method: 'GET',
    path: '/api/stream',
    summary:
      'Live Server-Sent Events: `frame` events (this schema) at each client\u2019s own sim speed, heartbeats, and `close` on shutdown or after `frames` frames. Resumes after `Last-Event-ID`.',
    tags: ['stream'],
    kind: 'sse',
    query: StreamQuerySchema,
    response: StreamFrameSchema,
    example: { query: { city: 'columbus', topics: 'air,energy', start: '2026-07-15T12:00:00Z', speed: 60 } },
  },
} as const satisfies Record<string, RouteContract>;
