/** The built server and Chromium for an e2e file: started before its tests, stopped after. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { type CheckedPage, launchBrowser, openCheckedPage } from './browser';
import { type RunningServer, startServer } from './server';

export interface AppInBrowser {
  server: RunningServer;
  browser: Browser;
  /** A new page (console errors and foreign requests recorded) at `path` of the app. */
  open(path: string, viewport?: { width: number; height: number }): Promise<CheckedPage>;
}

export function useAppInBrowser(env: Record<string, string> = { RATE_LIMIT_PER_MINUTE: '0' }): AppInBrowser {
  const app = {
    async open(path: string, viewport?: { width: number; height: number }) {
      const checked = await openCheckedPage(app.browser, app.server.url, viewport);
      await checked.page.goto(`${app.server.url}${path}`);
      return checked;
    },
  } as AppInBrowser;
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
