/**
 * Build-time settings, parsed once with zod. The map runs offline on MapLibre unless a Mapbox token
 * is configured (VITE_MAPBOX_TOKEN at build time), in which case mapbox-gl is used instead.
 */
import { z } from 'zod';

const EnvSchema = z.object({
  VITE_MAPBOX_TOKEN: z
    .string()
    .regex(/^pk\.[\w.-]+$/, 'must be a public Mapbox token starting with "pk."')
    .optional()
    .catch((ctx) => {
      console.warn(`Ignoring VITE_MAPBOX_TOKEN: ${ctx.issues[0]?.message ?? 'invalid'}; using the offline map.`);
      return undefined;
    }),
});

const parsed = EnvSchema.parse({ VITE_MAPBOX_TOKEN: import.meta.env.VITE_MAPBOX_TOKEN || undefined });

export const env = {
  mapboxToken: parsed.VITE_MAPBOX_TOKEN,
  mapEngine: parsed.VITE_MAPBOX_TOKEN ? ('mapbox' as const) : ('maplibre' as const),
};
export type MapEngine = (typeof env)['mapEngine'];

/**
 * The static demo (`pnpm build:static`, Vite mode `static`): no server; the engine runs in a Web
 * Worker (api/local/) and the write features say they need the server. The two places that load the
 * worker (api/client.ts, api/live-frames.tsx) test `import.meta.env.MODE` inline instead: the bundler
 * folds that literal comparison and leaves the worker's chunks out of the server build, which it does
 * not do through an imported constant.
 */
export const STATIC_DEMO = import.meta.env.MODE === 'static';
