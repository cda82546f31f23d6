/**
 * Runs after every e2e test (a setup file of the `e2e` project in vitest.config.ts, so no test file
 * has to opt in): every page the test opened through `openCheckedPage` must have logged no console
 * error and asked no other origin for anything. Pages a test left open are closed here.
 */
import { afterEach, expect } from 'vitest';
import { takeOpenedPages } from './browser';

afterEach(async () => {
  const pages = takeOpenedPages();
  await Promise.all(pages.map(({ page }) => (page.isClosed() ? undefined : page.context().close())));
  const consoleErrors = pages.flatMap((checked) => checked.consoleErrors);
  const foreignRequests = pages.flatMap((checked) => checked.foreignRequests);
  expect(consoleErrors, 'console errors in the pages this test opened').toEqual([]);
  expect(foreignRequests, 'requests from the pages this test opened to another origin').toEqual([]);
});
