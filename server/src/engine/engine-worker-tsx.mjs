// Starts the engine thread from its TypeScript source (pnpm dev, tests): workers do not inherit the
// parent's tsx loader, so this plain module loads the worker through tsx's API. The built server
// starts dist/engine-worker.mjs instead.
import { tsImport } from 'tsx/esm/api';

await tsImport('./engine-worker.ts', import.meta.url);
