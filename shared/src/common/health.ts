import { z } from 'zod';

export const HealthSchema = z.object({
  status: z.literal('ok'),
  version: z.string().describe('Server version (package.json).'),
  uptimeS: z.number().min(0).describe('Seconds since the server started.'),
  streams: z.number().int().min(0).describe('Live streams (/api/stream) open now.'),
  connections: z.number().int().min(0).describe('Open HTTP connections, this one included.'),
  rssMb: z.number().min(0).describe('Resident memory of the server process, MB.'),
});
export type Health = z.infer<typeof HealthSchema>;

/** Readiness: this instance can serve the store's routes (its database answers). 503 otherwise. */
export const ReadySchema = z.object({
  status: z.literal('ready'),
  store: z
    .enum(['sqlite', 'postgres'])
    .describe('The store this instance uses: SQLite (a file under STATE_DIR) or PostgreSQL (DATABASE_URL).'),
});
export type Ready = z.infer<typeof ReadySchema>;
