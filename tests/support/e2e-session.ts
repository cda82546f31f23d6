/**
 * The built server and one Chromium for an e2e file: started before its tests (with the screenshot
 * folder, tests/artifacts/, made), stopped after them. Read `session.server` and `session.browser`
 * inside tests.
 */
import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser';
import { type RunningServer, repoRoot, startServer } from './server';

export const artifacts = `${repoRoot}tests/artifacts`;

export interface E2eSession {
  server: RunningServer;
  browser: Browser;
}

export function e2eSession(): E2eSession {
  const session = {} as E2eSession;
  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    session.server = await startServer();
    session.browser = await launchBrowser();
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.stop();
  });
  return session;
}
