/**
 * Saving a what-if and sharing it, as a facilitator would: set a lever on the Air page, save the
 * view from the Scenario panel, then open its share link in a fresh browser (no shared storage)
 * and see the same page, moment, scenario and numbers.
 */
import { SavedScenarioListSchema } from '@sandbox/shared';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useAppInBrowser } from '../support/app-in-browser';
import { openCheckedPage } from '../support/browser';

const app = useAppInBrowser();

const aqi = async (page: Page) => {
  await page.getByTestId('aqi-now').waitFor({ timeout: 15_000 });
  return page.getByTestId('aqi-now').getAttribute('data-aqi');
};

describe('saved scenarios in Chromium', () => {
  it('saves the view from the Scenario panel and reopens it from the share link in a fresh browser', async () => {
    const { page } = await app.open('/air?t=2026-07-15T21:30:00Z&seed=7&evShare=0.4&smoke=2026-07-15T12:00:00Z/2026-07-16T00:00:00Z');
    const before = await aqi(page);
    await page.getByRole('button', { name: /^Scenario/ }).click();
    await page.getByRole('link', { name: 'Save or open saved scenarios' }).click();
    await page.getByRole('heading', { name: 'Saved', level: 1 }).waitFor();
    expect(await page.getByLabel('Opens on').inputValue()).toBe('/air');
    await page.getByLabel('Name').fill('Smoke with 40 % EVs');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('heading', { name: 'Smoke with 40 % EVs', level: 3 }).waitFor();
    expect(await page.getByRole('status').textContent()).toContain('Saved “Smoke with 40 % EVs”.');
    await page.close();

    const list = SavedScenarioListSchema.parse(await (await fetch(`${app.server.url}/api/scenarios`)).json());
    const saved = list.items.find((item) => item.name === 'Smoke with 40 % EVs');
    expect(saved?.shareUrl).toMatch(/^\/s\/[A-Za-z0-9]{8}$/);

    // Browser.newPage opens a new context: no cookies, storage or cache of the first one.
    const fresh = await openCheckedPage(app.browser, app.server.url);
    await fresh.page.goto(`${app.server.url}${saved?.shareUrl}`);
    const url = new URL(fresh.page.url());
    expect(url.pathname).toBe('/air');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      t: '2026-07-15T21:30:00Z',
      seed: '7',
      evShare: '0.4',
      smoke: '2026-07-15T12:00:00Z/2026-07-16T00:00:00Z',
      smokeIntensity: '0.6',
    });
    expect(await aqi(fresh.page)).toBe(before);
    await fresh.page.close();
  });
});
