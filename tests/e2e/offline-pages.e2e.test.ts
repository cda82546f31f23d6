/**
 * A projector is often offline. A page whose code cannot be fetched says so in the page's place
 * (the header, navigation and clock stay) with a Retry that works once the network is back, and
 * never React Router's developer screen; after the shell has been idle every page's code is already
 * here, so a page never opened before still opens offline (decision 220).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useAppInBrowser } from '../support/app-in-browser';
import { openCheckedPage } from '../support/browser';

const app = useAppInBrowser();
const LAB = '/lab?v1=evShare%3D0.4&v2=signalRetiming%3Dtrue';

async function openSaved(page: Page, language: 'en' | 'ko') {
  await page.getByRole('button', { name: language === 'en' ? /^Scenario/ : /^시나리오/ }).click();
  await page
    .getByRole('link', { name: language === 'en' ? 'Save or open saved scenarios' : /저장/ })
    .first()
    .click();
}

describe('pages offline', () => {
  it('a page whose code cannot be fetched keeps the shell, says the server cannot be reached, and Retry loads it', async () => {
    // The Saved page's chunk (script and stylesheet) cannot come: blocked from the start, so the idle
    // preload cannot have fetched it either.
    const { page, consoleErrors } = await openCheckedPage(app.browser, app.server.url);
    const blockSaved = (route: { abort: (code: string) => Promise<void> }) => route.abort('internetdisconnected');
    await page.route(/\/assets\/saved-page-[^/]*\.(js|css)$/, blockSaved);
    await page.goto(`${app.server.url}${LAB}`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.context().setOffline(true);
    await openSaved(page, 'en');
    const error = page.getByTestId('page-error');
    await error.waitFor();
    expect(await error.getByRole('heading').textContent()).toBe('This page could not be loaded');
    expect(await error.textContent()).toContain('The server cannot be reached');
    expect(await page.getByText('Hey developer').count()).toBe(0);
    // The shell is still there: navigation, clock, header.
    await page.getByRole('navigation').getByRole('link', { name: 'Lab' }).waitFor();
    await page.getByTestId('sim-clock').waitFor();
    // A page already loaded opens again offline.
    await page.getByRole('navigation').getByRole('link', { name: 'Lab' }).click();
    await expect.poll(() => page.getByTestId('page-error').count()).toBe(0);
    await page.goBack();
    await error.waitFor();
    // The network is back: Retry (a reload: the view is in the address) brings the page, with its styles.
    await page.unroute(/\/assets\/saved-page-[^/]*\.(js|css)$/, blockSaved);
    await page.context().setOffline(false);
    await error.getByRole('button', { name: 'Retry' }).click();
    await expect.poll(() => page.getByTestId('page-error').count(), { timeout: 15_000 }).toBe(0);
    await expect.poll(() => new URL(page.url()).pathname).toBe('/saved');
    await expect
      .poll(() => page.evaluate(() => Array.from(document.styleSheets).some((sheet) => /saved-page-/.test(sheet.href ?? ''))))
      .toBe(true);
    // The failed fetches while offline are the browser's own reports, not the app's errors.
    consoleErrors.splice(0);
  });

  it('after the shell has been idle, a page never opened opens offline (in Korean too)', async () => {
    const { page, consoleErrors } = await app.open(`${LAB}&lang=ko`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    // The idle preload fetches the Saved page's script and stylesheet (the page never opened); the live
    // stream keeps the network busy, so wait for those two, not for an idle network.
    await Promise.all([
      page.waitForResponse(/\/assets\/saved-page-[^/]*\.js$/, { timeout: 30_000 }),
      page.waitForResponse(/\/assets\/saved-page-[^/]*\.css$/, { timeout: 30_000 }),
    ]);
    await page.context().setOffline(true);
    await openSaved(page, 'ko');
    await expect.poll(() => new URL(page.url()).pathname).toBe('/saved');
    await expect.poll(() => page.locator('.page-loading').count(), { timeout: 10_000 }).toBe(0);
    expect(await page.getByTestId('page-error').count()).toBe(0);
    consoleErrors.splice(0);
  });
});
