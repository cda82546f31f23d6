/**
 * The Energy page in Chromium against the built server: the load map painted and clickable, every
 * chart painted with data, no console errors and nothing fetched from another origin; the live
 * clock moving the numbers; a lever changing the data; a copied link restoring the page's
 * selections; the keyboard reaching every control. Screenshots land in tests/artifacts/.
 */
import { mkdirSync } from 'node:fs';
import { DAY_MS, MINUTE_MS } from '@sandbox/shared/common/time';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useAppInBrowser } from '../support/app-in-browser';
import { pixelStats, SCREENSHOT_VIEWS } from '../support/browser';
import { repoRoot } from '../support/server';

const artifacts = `${repoRoot}tests/artifacts`;
// Colours from web/src/map: land; the darkest load colour (≥ 120,000 kW, #08306b at 50% over a
// white district: at the paused evening peak only Northland, the largest district, reaches it); the
// outline of the selected district.
const LAND = '#eef0eb';
const HEAVY_LOAD = '#8296b3';
const SELECTED = '#1b2430';
const PAUSED = 't=2026-07-15T22:00:00Z';

const app = useAppInBrowser();

beforeAll(() => {
  mkdirSync(artifacts, { recursive: true });
});

const { open } = app;

/** A cold window of the program's 110,000 meters behind a busy engine thread: over 30 s under a load of 12 on 2 cores (11 s quiet). */
const CHART_WAIT_MS = MINUTE_MS;

/** Waits until every chart of the page has drawn its data. */
async function chartsPainted(page: Page) {
  await page.getByTestId('class-load-chart').locator('.recharts-area-area').first().waitFor({ timeout: CHART_WAIT_MS });
  await page.getByTestId('meter-chart').locator('.recharts-area-area').first().waitFor({ timeout: CHART_WAIT_MS });
  await page.getByTestId('duration-chart').locator('.recharts-area-area').first().waitFor({ timeout: CHART_WAIT_MS });
  await page.getByTestId('heatmap').locator('rect').first().waitFor({ timeout: CHART_WAIT_MS });
  await page.getByTestId('district-bars').locator('button').first().waitFor({ timeout: CHART_WAIT_MS });
}

const text = (page: Page, testId: string) => page.getByTestId(testId).locator('.kpi__value').textContent();
const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

/** A point inside an area of the map painted `colour`, in page coordinates (or null). */
async function findColour(page: Page, colour: string): Promise<{ x: number; y: number } | null> {
  const canvas = page.locator('canvas.maplibregl-canvas');
  const box = await canvas.boundingBox();
  const { solidAt } = await pixelStats(page, await canvas.screenshot(), LAND, [], colour);
  return solidAt && box ? { x: box.x + solidAt.x, y: box.y + solidAt.y } : null;
}

describe('Energy page in Chromium', () => {
  it('paints the load map and every chart with data, offline and without console errors', async () => {
    const { page, consoleErrors, foreignRequests } = await open(`/energy?${PAUSED}`);
    const canvas = page.locator('canvas.maplibregl-canvas');
    await canvas.waitFor({ state: 'visible', timeout: 20_000 });
    await expect
      .poll(async () => (await pixelStats(page, await canvas.screenshot(), LAND, [HEAVY_LOAD])).found[HEAVY_LOAD], { timeout: 20_000 })
      .toBe(true);
    expect((await pixelStats(page, await canvas.screenshot(), LAND, [])).paintedShare).toBeGreaterThan(0.05);

    await chartsPainted(page);
    const width = async (testId: string) => (await page.getByTestId(testId).boundingBox())?.width ?? 0;
    const points = async (testId: string) => Number(await page.getByTestId(testId).getAttribute('data-points'));
    for (const chart of ['class-load-chart', 'meter-chart', 'duration-chart']) {
      expect(await points(chart), chart).toBeGreaterThan(10);
      expect(await points(chart), `${chart} has no more points than pixels`).toBeLessThanOrEqual(await width(chart));
    }
    expect(Number(await page.getByTestId('heatmap').getAttribute('data-cells'))).toBeGreaterThan(24 * 20);
    expect(await text(page, 'kpi-demand')).toMatch(/^[\d,.]+ (kW|MW)$/);
    expect(await text(page, 'kpi-energy')).toMatch(/^[\d,]+ M?Wh$|^[\d,]+ kWh$/);
    await page.getByRole('heading', { name: 'Smart Grid Program' }).waitFor();

    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.close();
  });

  it('selects a district by clicking the map: outlined, in the URL, and the charts follow', async () => {
    const { page, consoleErrors } = await open(`/energy?${PAUSED}`);
    await chartsPainted(page);
    await expect.poll(() => findColour(page, HEAVY_LOAD), { timeout: 20_000 }).not.toBeNull();
    const point = await findColour(page, HEAVY_LOAD);
    if (!point) throw new Error('no heavy-load district on the map');
    await page.mouse.click(point.x, point.y);
    await expect.poll(() => param(page, 'district')).toBe('northland');
    const canvas = page.locator('canvas.maplibregl-canvas');
    await expect
      .poll(async () => (await pixelStats(page, await canvas.screenshot(), LAND, [SELECTED])).found[SELECTED], { timeout: 10_000 })
      .toBe(true);
    await page.getByRole('heading', { name: 'Load by customer class · Northland' }).waitFor();
    await expect.poll(() => page.getByTestId('meter-select').inputValue()).toMatch(/^northland-/);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('follows the clock while playing: the clock advances and the numbers change', async () => {
    const { page, consoleErrors, foreignRequests } = await open('/energy?t=2026-07-15T16:00:00Z&speed=300&play=1');
    await chartsPainted(page);
    const clock = await page.locator('.clock-face').textContent();
    const demand = await text(page, 'kpi-demand');
    const to = await page.getByTestId('green-button-link').getAttribute('href');
    await expect.poll(() => page.locator('.clock-face').textContent(), { timeout: 20_000 }).not.toBe(clock);
    await expect.poll(() => text(page, 'kpi-demand'), { timeout: 20_000 }).not.toBe(demand);
    // The chart window moves with the clock (the download covers the window shown).
    await expect.poll(() => page.getByTestId('green-button-link').getAttribute('href'), { timeout: 20_000 }).not.toBe(to);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.close();
  });

  it('changes the data when a lever changes (more electric vehicles, more evening load)', async () => {
    const { page, consoleErrors } = await open(`/energy?${PAUSED}`);
    await chartsPainted(page);
    await expect.poll(() => text(page, 'kpi-energy')).not.toBe('…');
    const before = await text(page, 'kpi-energy');

    await page.getByRole('button', { name: 'Scenario' }).click();
    const slider = page.getByLabel('Electric vehicles in the fleet');
    await slider.focus();
    await page.keyboard.press('End');
    await expect.poll(() => param(page, 'evShare'), { timeout: 10_000 }).toBe('1');
    await page.keyboard.press('Escape');

    await expect.poll(() => text(page, 'kpi-energy'), { timeout: 20_000 }).not.toBe(before);
    const parse = (value: string | null) => Number((value ?? '').replace(/[^\d.]/g, ''));
    expect(parse(await text(page, 'kpi-energy'))).toBeGreaterThan(parse(before));
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('restores the district, meter, class filter and window from a copied link', { timeout: 180_000 }, async () => {
    const first = await open(`/energy?${PAUSED}`);
    await chartsPainted(first.page);
    await first.page.getByTestId('district-select').selectOption('gahanna');
    await first.page.getByLabel('Class', { exact: true }).selectOption('residential');
    await first.page.getByRole('button', { name: '3 days' }).click();
    // The picker lists Gahanna's residential meters, a page at a time, once their list has loaded.
    await expect
      .poll(async () => {
        const values = await first.page
          .getByTestId('meter-select')
          .locator('option')
          .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
        return values.length > 10 && values.every((v) => v.startsWith('gahanna-res-'));
      })
      .toBe(true);
    await expect.poll(() => first.page.locator('.meter-picker__count').textContent()).toBe('Meters 1–100 of 14,000');
    await first.page.getByRole('button', { name: 'Next 100' }).click();
    await expect.poll(() => first.page.locator('.meter-picker__count').textContent()).toBe('Meters 101–200 of 14,000');
    await expect
      .poll(() => first.page.getByTestId('meter-select').locator('option').nth(5).getAttribute('value'))
      .toBe('gahanna-res-00105');
    const meter = await first.page.getByTestId('meter-select').locator('option').nth(5).getAttribute('value');
    await first.page.getByTestId('meter-select').selectOption(meter ?? '');
    await expect.poll(() => param(first.page, 'meter')).toBe(meter);
    const link = first.page.url();
    await first.page.close();

    const { page, consoleErrors } = await open(link.replace(app.server.url, ''));
    await chartsPainted(page);
    expect(await page.getByTestId('district-select').inputValue()).toBe('gahanna');
    expect(await page.getByLabel('Class', { exact: true }).inputValue()).toBe('residential');
    expect(await page.getByTestId('meter-select').inputValue()).toBe(meter);
    expect(await page.getByRole('button', { name: '3 days' }).getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('heading', { name: `15-minute reads · ${meter}` }).waitFor();
    await page.getByRole('heading', { name: 'Load by customer class · Gahanna' }).waitFor();
    const href = (await page.getByTestId('green-button-link').getAttribute('href')) ?? '';
    const download = new URL(href, app.server.url);
    expect(download.pathname).toBe('/api/export/greenbutton.xml');
    expect(download.searchParams.get('meter')).toBe(meter);
    expect(Date.parse(download.searchParams.get('to') ?? '') - Date.parse(download.searchParams.get('from') ?? '')).toBe(3 * DAY_MS);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('downloads the meter shown as Green Button XML and CSV, for the window shown', async () => {
    const { page, consoleErrors } = await open(`/energy?${PAUSED}&meter=northland-res-00004`);
    await chartsPainted(page);
    const greenButton = await page.getByTestId('green-button-link').getAttribute('href');
    const xml = await page.request.get(`${app.server.url}${greenButton}`);
    expect(xml.status()).toBe(200);
    expect(xml.headers()['content-type']).toContain('application/atom+xml');
    expect(await xml.text()).toMatch(/<feed[\s>][\s\S]*IntervalBlock/);

    const csvLink = page.getByRole('link', { name: 'CSV (15-minute reads)' });
    const csv = await page.request.get(`${app.server.url}${await csvLink.getAttribute('href')}`);
    expect(csv.status()).toBe(200);
    const lines = (await csv.text()).trim().split(/\r?\n/);
    expect(lines[0]).toContain('meter_id');
    // A day of 15-minute reads of this one meter, as the chart shows them.
    expect(lines.slice(1).filter((line) => line.startsWith('northland-res-00004,'))).toHaveLength(96);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('lets the keyboard reach every control of the page', async () => {
    const { page, consoleErrors } = await open(`/energy?${PAUSED}`);
    await chartsPainted(page);
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    const reached = new Set<string>();
    for (let i = 0; i < 160; i++) {
      await page.keyboard.press('Tab');
      const name = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el) return '';
        const labelled = (el as HTMLInputElement).labels?.[0]?.textContent;
        const label = el.getAttribute('aria-label') ?? el.dataset.testid ?? labelled ?? el.textContent ?? '';
        return `${el.tagName.toLowerCase()}:${label.trim().slice(0, 60)}`;
      });
      reached.add(name);
    }
    const seen = [...reached].join('\n');
    for (const wanted of [
      'input:District load',
      'select:district-select',
      'button:24 h',
      'button:7 days',
      'select:Class',
      'select:Behind the meter',
      'input:Search',
      'select:meter-select',
      'button:Next 100',
      'a:green-button-link',
      'button:Show the data as a table',
      'button:Download CSV of what is shown',
      'button:What you are looking at and how it is computed',
      'button:Gahanna',
    ]) {
      expect(seen, `keyboard reaches ${wanted}`).toContain(wanted);
    }
    // A district chosen from the keyboard: the bars are toggle buttons.
    await page.getByTestId('district-bars').getByRole('button', { name: 'Gahanna' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => param(page, 'district')).toBe('gahanna');
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it.each(SCREENSHOT_VIEWS)('screenshots the page in %s at %ix%i with nothing spilling sideways', async (lang, width, height) => {
    const { page, consoleErrors } = await open(`/energy?${PAUSED}&lang=${lang}&district=gahanna`, { width, height });
    await chartsPainted(page);
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${artifacts}/energy-${lang}-${width}.png` });
    await page.locator('.energy__side').evaluate((el) => el.scrollTo(0, 900));
    await page.screenshot({ path: `${artifacts}/energy-${lang}-${width}-scrolled.png` });
    // Nothing wider than its column: no horizontal scrolling in the panel column or the page.
    const overflow = await page.evaluate(() => {
      const side = document.querySelector('.energy__side') as HTMLElement;
      return {
        side: side.scrollWidth - side.clientWidth,
        page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      };
    });
    expect(overflow).toEqual({ side: 0, page: 0 });
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
