/**
 * A Lab comparison saved and shared, as issue 13 asks: a baseline and an EV-share variant on the
 * Lab, saved from the Scenario panel (the comparison goes along with the view), then its share link
 * opened in a fresh browser context (no storage of the first) shows the same scorecard. And a saved
 * view of another page opens in the Lab as its baseline.
 */
import { SavedScenarioListSchema } from '@sandbox/shared';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useAppInBrowser } from '../support/app-in-browser';
import { openCheckedPage } from '../support/browser';

const app = useAppInBrowser();
const VARIANT = encodeURIComponent('evShare=0.4');

/** The scorecard's text once every variant has its verdict over the seeds. */
async function scorecard(page: Page): Promise<string | null> {
  await page.getByTestId('lab-scorecard').waitFor({ timeout: 90_000 });
  await page.getByTestId('lab-verdict-1').waitFor({ timeout: 120_000 });
  return page.getByTestId('lab-scorecard').textContent();
}

async function savedItems() {
  return SavedScenarioListSchema.parse(await (await fetch(`${app.server.url}/api/scenarios`)).json()).items;
}

describe('a Lab comparison saved and shared in Chromium', () => {
  it('saves the comparison from the Lab and its share link reopens the same scorecard in a fresh browser', {
    timeout: 300_000,
  }, async () => {
    const { page } = await app.open(`/lab?t=2026-07-15T21:30:00Z&v1=${VARIANT}&labSeeds=2`);
    const before = await scorecard(page);
    expect(before).toMatch(/\+[\d,.]+ \(\+[\d.]+%\)/);
    await page.getByRole('button', { name: /^Scenario/ }).click();
    await page.getByRole('link', { name: 'Save or open saved scenarios' }).click();
    await page.getByRole('heading', { name: 'Saved', level: 1 }).waitFor();
    expect(await page.getByLabel('Opens on').inputValue()).toBe('/lab');
    await page.getByLabel('Name').fill('EV 40 % against today');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('heading', { name: 'EV 40 % against today', level: 3 }).waitFor();
    await page.close();

    const saved = (await savedItems()).find((item) => item.name === 'EV 40 % against today');
    expect(saved?.shareUrl).toMatch(/^\/s\/[A-Za-z0-9]{8}$/);
    const fresh = await openCheckedPage(app.browser, app.server.url);
    await fresh.page.goto(`${app.server.url}${saved?.shareUrl}`);
    const url = new URL(fresh.page.url());
    expect(url.pathname).toBe('/lab');
    expect(Object.fromEntries(url.searchParams)).toEqual({ t: '2026-07-15T21:30:00Z', v1: 'evShare=0.4', labSeeds: '2' });
    expect(await scorecard(fresh.page)).toBe(before);
    await fresh.page.close();
  });

  it('opens a saved view of another page in the Lab, as the baseline to add variants to', { timeout: 120_000 }, async () => {
    const { page } = await app.open('/saved?t=2026-07-15T21:30:00Z&seed=7&from=%2Fair');
    await page.getByLabel('Name').fill('Seed 7 on Air');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const item = page.locator('li', { has: page.getByRole('heading', { name: 'Seed 7 on Air', level: 3 }) });
    await item.getByRole('button', { name: 'Open in Lab' }).click();
    await page.waitForURL(/\/lab\?/);
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ t: '2026-07-15T21:30:00Z', seed: '7' });
    await page.getByText('Add a variant to compare').waitFor({ timeout: 90_000 });
    await page.close();
  });
});
