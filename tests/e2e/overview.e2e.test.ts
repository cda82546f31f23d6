import { describe, expect, it } from 'vitest';
import { useAppInBrowser } from '../support/app-in-browser';
import { type CheckedPage, openCheckedPage, pixelStats } from '../support/browser';

// Colours from web/src/map/palette.ts: land background, and the AQI "moderate"/"good" colours the
// stations take once live data arrives.
const LAND = '#eef0eb';
const AQI_MODERATE = '#ffff00';

const app = useAppInBrowser();

async function open(url: string, viewport?: { width: number; height: number }): Promise<CheckedPage> {
  const checked = await openCheckedPage(app.browser, app.server.url, viewport);
  await checked.page.goto(`${app.server.url}${url}`);
  return checked;
}

describe('Overview page in Chromium', () => {
  it('paints the offline map with live layers, offline and without console errors', async () => {
    const { page, consoleErrors, foreignRequests } = await open('/?t=2026-07-15T21:30:00Z');
    const canvas = page.locator('canvas.maplibregl-canvas');
    await canvas.waitFor({ state: 'visible', timeout: 20_000 });
    await expect
      .poll(async () => (await pixelStats(page, await canvas.screenshot(), LAND, [AQI_MODERATE])).found[AQI_MODERATE], { timeout: 20_000 })
      .toBe(true);
    const stats = await pixelStats(page, await canvas.screenshot(), LAND, []);
    expect(stats.paintedShare).toBeGreaterThan(0.05);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.close();
  });

  it('shows the four KPI tiles with sparklines', async () => {
    const { page, consoleErrors } = await open('/?t=2026-07-15T21:30:00Z');
    for (const id of ['kpi-aqi', 'kpi-load', 'kpi-speed', 'kpi-events']) {
      const tile = page.getByTestId(id);
      await expect.poll(() => tile.locator('.kpi__value').textContent()).toMatch(/\d/);
      await expect.poll(async () => Number(await tile.locator('.sparkline').getAttribute('data-points'))).toBeGreaterThan(1);
    }
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('charts 24 hourly temperatures for the clock’s day, and 23 on the spring DST change', async () => {
    const { page, consoleErrors, foreignRequests } = await open('/?t=2026-07-15T16:00:00Z');
    const chart = page.getByTestId('temperature-chart');
    await chart.locator('.recharts-line-dot').first().waitFor();
    expect(await chart.locator('.recharts-line-dot').count()).toBe(24);
    await page.getByLabel('Next day').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('t')).toBe('2026-07-16T16:00:00Z');
    await page.goto(`${app.server.url}/?t=2026-03-08T17:00:00Z`);
    await expect.poll(() => chart.locator('.recharts-line-dot').count(), { timeout: 15_000 }).toBe(23);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.close();
  });

  it('ignores malformed link parameters and says which', async () => {
    const { page, consoleErrors } = await open('/?evShare=7&seed=abc');
    await page.getByText(/Ignored link parameters that are not valid: .*evShare/).waitFor();
    await page.getByTestId('temperature-chart').locator('.recharts-line-dot').first().waitFor();
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('serves client routes from index.html and shows the navigation', async () => {
    const { page, consoleErrors, foreignRequests } = await open('/data?t=2026-07-15T16:00:00Z');
    await page.getByRole('heading', { name: 'Data', level: 1 }).waitFor();
    await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Overview' }).click();
    await page.getByRole('heading', { name: 'Temperature' }).waitFor();
    expect(new URL(page.url()).searchParams.get('t')).toBe('2026-07-15T16:00:00Z');
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.close();
  });
});
