/** The built server and Chromium for an e2e file: started before its tests, stopped after. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser';
import { type RunningServer, startServer } from './server';

export interface AppInBrowser {
  server: RunningServer;
  browser: Browser;
}

export function useAppInBrowser(env: Record<string, string> = { RATE_LIMIT_PER_MINUTE: '0' }): AppInBrowser {
  const app = {} as AppInBrowser;
  beforeAll(async () => {
    app.server = await startServer(env);
    app.browser = await launchBrowser();
  });
  afterAll(async () => {
    await app.browser?.close();
    await app.server?.stop();
  });
  return app;
}
