import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useAppInBrowser } from '../support/app-in-browser';
import { type CheckedPage, mixColour, openCheckedPage, pixelStats } from '../support/browser';

// Colours from web/src/map (palette.ts, data-layers.ts). Each live layer is checked by colours that
// only it paints on this page, and the map without its live layers must show none of them.
const LAND = '#eef0eb';
/** Stations: official AQI colours, which they take once live data arrives (site-type colours before). */
const STATION_COLOURS = ['#00e400', '#ffff00'];
/** Speeds: the free-flow end of the ramp (the corridors layer, which shares the blue, is off here). */
const SPEED_COLOURS = ['#0072b2', mixColour('#0072b2', '#56b4e9', 0.5), '#56b4e9'];
/** District load: a solid patch of the darkest load colour (#08306b at 50% over a white district). */
const HEAVY_LOAD = '#8296b3';
const PEAK = 't=2026-07-15T21:30:00Z';

const app = useAppInBrowser();

async function open(url: string, viewport?: { width: number; height: number }): Promise<CheckedPage> {
  const checked = await openCheckedPage(app.browser, app.server.url, viewport);
  await checked.page.goto(`${app.server.url}${url}`);
  return checked;
}

/** The map canvas, waited for, with the legend and controls hidden so only the map is measured. */
async function mapCanvas(page: Page) {
  const canvas = page.locator('canvas.maplibregl-canvas');
  await canvas.waitFor({ state: 'visible', timeout: 20_000 });
  await page.addStyleTag({ content: '.map-legend, .maplibregl-ctrl { visibility: hidden !important; }' });
  return canvas;
}

/** Painted pixels of the vehicle overlay canvas (read in the page). */
const vehiclePixels = (page: Page) =>
  page.evaluate(`(() => {
    const canvas = document.querySelector('canvas.vehicle-overlay');
    if (!canvas || canvas.width === 0) return 0;
    const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
    let painted = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i] > 0) painted++;
    return painted;
  })()`) as Promise<number>;

const someFound = (found: Record<string, boolean | undefined>, colours: string[]) => colours.some((colour) => found[colour]);

describe('Overview page in Chromium', () => {
  it('paints every live layer in colours only it uses, offline and without console errors', async () => {
    const { page, consoleErrors, foreignRequests } = await open(`/?${PEAK}`);
    const canvas = await mapCanvas(page);
    const live = [...STATION_COLOURS, ...SPEED_COLOURS];
    await expect
      .poll(
        async () => {
          const stats = await pixelStats(page, await canvas.screenshot(), LAND, live, HEAVY_LOAD);
          return someFound(stats.found, STATION_COLOURS) && someFound(stats.found, SPEED_COLOURS) && stats.solidAt !== null;
        },
        { timeout: 20_000 },
      )
      .toBe(true);
    expect((await pixelStats(page, await canvas.screenshot(), LAND, [])).paintedShare).toBeGreaterThan(0.05);
    await expect.poll(() => vehiclePixels(page), { timeout: 20_000 }).toBeGreaterThan(200);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.close();

    // The same map with every live layer switched off: the basemap paints none of those colours.
    const bare = await open(`/?${PEAK}&layers=`);
    const bareCanvas = await mapCanvas(bare.page);
    await expect
      .poll(async () => (await pixelStats(bare.page, await bareCanvas.screenshot(), LAND, [])).paintedShare)
      .toBeGreaterThan(0.02);
    const stats = await pixelStats(bare.page, await bareCanvas.screenshot(), LAND, live, HEAVY_LOAD);
    expect(Object.entries(stats.found).filter(([, found]) => found)).toEqual([]);
    expect(stats.solidAt).toBeNull();
    expect(await vehiclePixels(bare.page)).toBe(0);
    await bare.page.close();
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
