import { z } from 'zod';

export const HealthSchema = z.object({
  status: z.literal('ok'),
  version: z.string().describe('Server version (package.json).'),
  uptimeS: z.number().min(0).describe('Seconds since the server started.'),
});
export type Health = z.infer<typeof HealthSchema>;
