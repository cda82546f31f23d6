/**
 * Every bundled city as a city staffer meets it: each page draws its map and its charts with data
 * (no error or empty panel), offline and without console errors; the header's city switcher moves the
 * view to another city and keeps the page and the clock.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CitySummary } from '@sandbox/shared/city/schemas';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useAppInBrowser } from '../support/app-in-browser';
import { pixelStats } from '../support/browser';

const DATA_CITIES = fileURLToPath(new URL('../../data/cities', import.meta.url));
const app = useAppInBrowser();
const LAND = '#eef0eb';
/** A weekday evening in July: every stream has data (the clock stays on this instant, paused). */
const MOMENT = 't=2026-07-15T22:00:00Z';
/** The pages that draw a city's data; the Lab is covered for every city by its own chart and scorecard. */
const PAGES = ['/', '/air', '/energy', '/mobility', '/data', '/lab'] as const;
const WITH_MAP = new Set<string>(['/', '/air', '/energy', '/mobility']);
/** The cities the repository bundles (the server reads the same folder). */
const CITY_IDS = readdirSync(DATA_CITIES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

async function bundledCities(): Promise<CitySummary[]> {
  const response = await fetch(`${app.server.url}/api/cities`);
  return (await response.json()) as CitySummary[];
}

/** Chart lines or areas with a drawn path (a chart without data draws none). */
const drawnSeries = (page: Page) =>
  page.evaluate(
    () =>
      Array.from(document.querySelectorAll('path.recharts-curve, path.recharts-area-area, path.recharts-rectangle')).filter(
        (path) => (path.getAttribute('d') ?? '').length > 20,
      ).length,
  );

async function expectMapPainted(page: Page, label: string) {
  const canvas = page.locator('canvas.maplibregl-canvas');
  await canvas.waitFor({ state: 'visible', timeout: 20_000 });
  await page.addStyleTag({ content: '.map-legend, .maplibregl-ctrl { visibility: hidden !important; }' });
  await expect
    .poll(async () => (await pixelStats(page, await canvas.screenshot(), LAND, [])).paintedShare, { timeout: 20_000, message: label })
    .toBeGreaterThan(0.05);
}

describe('every bundled city in Chromium', () => {
  it('is more than Columbus: the Smart City Challenge finalists the importer built are bundled', async () => {
    const cities = await bundledCities();
    expect(cities.map((city) => city.id).sort()).toEqual(CITY_IDS);
    expect(CITY_IDS).toContain('columbus');
    expect(cities.length).toBeGreaterThanOrEqual(3);
  });

  it.each(CITY_IDS.flatMap((id) => PAGES.map((path) => [id, path] as const)))(
    '%s %s draws its map and its charts with data, no error panel, no console error, no external request',
    async (id, path) => {
      const city = (await bundledCities()).find((c) => c.id === id);
      if (!city) throw new Error(`${id} is in data/cities but the server does not list it`);
      const { page, consoleErrors, foreignRequests } = await app.open(`${path}?city=${id}&${MOMENT}`);
      await expect.poll(() => drawnSeries(page), { timeout: 30_000 }).toBeGreaterThan(0);
      if (WITH_MAP.has(path)) await expectMapPainted(page, `${id} ${path}`);
      expect(await page.locator('.panel-state--error').count()).toBe(0);
      expect(await page.title()).toContain(city.name);
      expect(consoleErrors).toEqual([]);
      expect(foreignRequests).toEqual([]);
      await page.close();
    },
  );

  it('the header switcher moves to another city and keeps the page and the clock', async () => {
    const cities = await bundledCities();
    const [first, second] = cities.filter((city) => city.id !== 'columbus');
    const columbus = cities.find((city) => city.id === 'columbus');
    if (!first || !second || !columbus) throw new Error('needs Columbus and two more cities');
    const { page, consoleErrors } = await app.open(`/energy?city=${first.id}&${MOMENT}&speed=60`);
    await expect.poll(() => drawnSeries(page), { timeout: 30_000 }).toBeGreaterThan(0);
    const city = page.getByRole('combobox', { name: 'City' });
    for (const [next, param] of [
      [second, second.id],
      // The address bar leaves out the default city.
      [columbus, null],
    ] as const) {
      await city.selectOption(next.id);
      await expect.poll(() => new URL(page.url()).searchParams.get('city')).toBe(param);
      const url = new URL(page.url());
      expect(url.pathname).toBe('/energy');
      expect(url.searchParams.get('t')).toBe('2026-07-15T22:00:00Z');
      expect(url.searchParams.get('speed')).toBe('60');
      await expect.poll(() => page.locator('.brand__city').textContent()).toContain(next.name);
      await expect.poll(() => page.title()).toContain(next.name);
      await expect.poll(() => drawnSeries(page), { timeout: 30_000 }).toBeGreaterThan(0);
    }
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
