import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CheckedPage, launchBrowser, openCheckedPage, pixelStats } from '../support/browser';
import { type RunningServer, startServer } from '../support/server';

// Colours from web/src/map/palette.ts: land background, corridor blue, roadside station vermillion.
const LAND = '#eef0eb';
const CORRIDOR = '#0072b2';
const ROADSIDE = '#d55e00';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function openOverview(url: string, viewport?: { width: number; height: number }): Promise<CheckedPage> {
  const checked = await openCheckedPage(browser, server.url, viewport);
  await checked.page.goto(`${server.url}${url}`);
  return checked;
}

describe('Overview page in Chromium', () => {
  it('paints the offline map with corridors and stations, offline and without console errors', async () => {
    const { page, consoleErrors, foreignRequests } = await openOverview('/?date=2026-07-15');
    const canvas = page.locator('canvas.maplibregl-canvas');
    await canvas.waitFor({ state: 'visible', timeout: 20_000 });
    // The map fires `idle` once every layer is drawn; the legend appears with the data.
    await page.getByRole('heading', { name: 'On the map' }).waitFor();
    await expect
      .poll(async () => (await pixelStats(page, await canvas.screenshot(), LAND, [CORRIDOR])).found[CORRIDOR], { timeout: 20_000 })
      .toBe(true);

    const stats = await pixelStats(page, await canvas.screenshot(), LAND, [CORRIDOR, ROADSIDE]);
    expect(stats.paintedShare).toBeGreaterThan(0.05);
    expect(stats.found).toEqual({ [CORRIDOR]: true, [ROADSIDE]: true });
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.close();
  });

  it('charts 24 hourly temperatures for the chosen day, and 23 on the spring DST change', async () => {
    const { page, consoleErrors, foreignRequests } = await openOverview('/?date=2026-07-15');
    const chart = page.getByTestId('temperature-chart');
    await chart.locator('.recharts-line-dot').first().waitFor();
    expect(await chart.locator('.recharts-line-dot').count()).toBe(24);
    await expect.poll(() => page.getByText(/Low .* at .*High/).textContent()).toMatch(/°C/);

    await page.getByLabel('Next day').click();
    await expect.poll(() => page.url()).toContain('date=2026-07-16');

    await page.goto(`${server.url}/?date=2026-03-08`);
    await expect.poll(() => chart.locator('.recharts-line-dot').count()).toBe(23);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.close();
  });

  it('ignores a malformed date in a link and says so', async () => {
    const { page, consoleErrors } = await openOverview('/?date=not-a-date');
    await page.getByText('is not a valid YYYY-MM-DD date').waitFor();
    await page.getByTestId('temperature-chart').locator('.recharts-line-dot').first().waitFor();
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('serves client routes from index.html and shows the navigation', async () => {
    const { page, consoleErrors, foreignRequests } = await openOverview('/mobility');
    await page.getByRole('heading', { name: 'Mobility', level: 1 }).waitFor();
    await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Overview' }).click();
    await page.getByRole('heading', { name: 'Temperature' }).waitFor();
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.close();
  });
});
