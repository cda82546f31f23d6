import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// In development Vite serves the app on :5173 and forwards /api to the server in watch mode.
const apiTarget = process.env.SANDBOX_API ?? 'http://localhost:8080';

// `vite build --mode static` (pnpm build:static) writes the static demo: no server, the engine in a
// Web Worker, relative asset paths so the folder runs from any path of any static host
// (docs/decisions/200-static-demo.md).
export default defineConfig(({ mode }) => {
  const staticDemo = mode === 'static';
  return {
    plugins: [react()],
    base: staticDemo ? './' : '/',
    server: {
      port: 5173,
      // Share links (/s/<slug>) redirect on the server; the pattern keeps /src/… with Vite.
      proxy: { '/api': { target: apiTarget, changeOrigin: false }, '^/s/[A-Za-z0-9]+$': { target: apiTarget, changeOrigin: false } },
    },
    worker: { format: 'es' as const },
    build: {
      target: 'es2022',
      sourcemap: !staticDemo,
      ...(staticDemo ? { outDir: '../dist-static', emptyOutDir: true } : {}),
      // The map engines are large, lazy chunks by design (docs/decisions/001-map-engine.md); Mapbox GL's
      // (1.9 MB, never downloaded without a token) is the largest.
      chunkSizeWarningLimit: 2000,
    },
  };
});
