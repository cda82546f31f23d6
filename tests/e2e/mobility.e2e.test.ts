/**
 * The Mobility page in Chromium against the built server: the map paints speeds, signals and
 * vehicles; the charts have data and never more points than pixels; the page follows the playing
 * clock; a lever changes what it shows; a copied URL reopens the same selections; the keyboard
 * reaches its controls. Screenshots land in tests/artifacts/ (git-ignored) for a person to look at.
 */
import { mkdirSync } from 'node:fs';
import { MINUTE_MS } from '@sandbox/shared/common/time';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useAppInBrowser } from '../support/app-in-browser';
import { type CheckedPage, openCheckedPage, pixelStats } from '../support/browser';
import { repoRoot } from '../support/server';

// From web/src/map: land, free-flow blue and the "about 75%" sky blue of the speed ramp, signal heads.
const LAND = '#eef0eb';
const SPEED_COLOURS = ['#0072b2', '#56b4e9'];
/**
 * Colours only the live layers paint here (checked against the corridors alone below): signal green
 * and red, and two stops of the speed ramp, sky blue (75% of the limit) and orange (50%). Free-flow
 * blue is the corridors layer's colour too, vermillion the hard-braking rings', and the basemap's
 * anti-aliased edges come close to signal yellow and to the olive between sky blue and orange.
 */
const SIGNAL_COLOURS = ['#1a9850', '#d73027'];
const SPEED_ONLY_COLOURS = ['#56b4e9', '#e69f00'];
const PEAK = 't=2026-07-15T21:30:00Z';
const artifacts = `${repoRoot}tests/artifacts`;

const app = useAppInBrowser();
beforeAll(() => mkdirSync(artifacts, { recursive: true }));

async function open(query: string, viewport?: { width: number; height: number }): Promise<CheckedPage> {
  const checked = await openCheckedPage(app.browser, app.server.url, viewport);
  await checked.page.goto(`${app.server.url}/mobility?${query}`);
  await checked.page.locator('canvas.maplibregl-canvas').waitFor({ state: 'visible', timeout: 30_000 });
  return checked;
}

/** Painted pixels of the vehicle canvas and a cheap fingerprint of them (read in the page). */
function vehiclePixels(page: Page): Promise<{ painted: number; hash: number }> {
  return page.evaluate(`(() => {
    const canvas = document.querySelector('canvas.vehicle-overlay');
    if (!canvas || canvas.width === 0) return { painted: 0, hash: 0 };
    const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
    let painted = 0, hash = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i] > 0) { painted++; hash = (hash * 31 + i) % 1000000007; }
    return { painted, hash };
  })()`);
}

const corridor = (page: Page, name: string) => page.getByRole('group', { name: 'Corridor' }).getByRole('button', { name, exact: true });
const span = (page: Page, name: string) => page.getByRole('group', { name: 'Charts show' }).getByRole('button', { name, exact: true });
/** A point (page px) at the middle of a drawn vehicle dot, found on the vehicle canvas. */
async function aVehicle(page: Page): Promise<{ x: number; y: number } | null> {
  const spot = (await page.evaluate(`(() => {
    const canvas = document.querySelector('canvas.vehicle-overlay');
    const { data, width, height } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
    const opaque = (x, y) => data[(y * width + x) * 4 + 3] > 250;
    for (let y = 3; y < height - 3; y++)
      for (let x = 330; x < width - 3; x++)
        if (opaque(x, y) && opaque(x - 2, y) && opaque(x + 2, y) && opaque(x, y - 2) && opaque(x, y + 2)) return [x, y];
    return null;
  })()`)) as [number, number] | null;
  const box = await page.locator('canvas.vehicle-overlay').boundingBox();
  return spot && box ? { x: box.x + spot[0], y: box.y + spot[1] } : null;
}

/** Hides the legend (its swatches show every layer's colours) and the map controls, so only the map is measured. */
const hideOverlays = (page: Page) => page.addStyleTag({ content: '.map-legend, .maplibregl-ctrl { visibility: hidden !important; }' });

/** Waits until the map shows the basemap and the speed colours of the corridors. */
async function mapPainted(page: Page) {
  const canvas = page.locator('canvas.maplibregl-canvas');
  await expect
    .poll(
      async () => {
        const stats = await pixelStats(page, await canvas.screenshot(), LAND, SPEED_COLOURS);
        return stats.paintedShare > 0.05 && Object.values(stats.found).some(Boolean);
      },
      { timeout: 30_000 },
    )
    .toBe(true);
}

const simMs = async (page: Page) => Number(await page.getByTestId('sim-clock').getAttribute('data-sim-ms'));
const signalsText = (page: Page) => page.locator('.signal-table tbody').textContent();

async function chartsHaveData(page: Page) {
  for (const metric of ['speedMps', 'travelTimeS', 'volumeVph']) {
    const chart = page.getByTestId(`chart-${metric}`);
    await expect.poll(async () => Number(await chart.getAttribute('data-points')), { timeout: 20_000 }).toBeGreaterThan(10);
    const width = (await chart.boundingBox())?.width ?? 0;
    expect(Number(await chart.getAttribute('data-points'))).toBeLessThanOrEqual(width);
    expect(await chart.locator('.recharts-line-curve').count()).toBeGreaterThanOrEqual(2);
  }
  // One bar an hour since local midnight.
  await expect
    .poll(async () => Number(await page.getByTestId('chart-events').getAttribute('data-points')), { timeout: 20_000 })
    .toBeGreaterThan(5);
  expect(await page.getByTestId('chart-events').locator('.recharts-bar-rectangle').count()).toBeGreaterThan(5);
}

describe('Mobility page in Chromium', () => {
  it('paints speeds, signals and vehicles on the map and charts with data, offline and without console errors', async () => {
    const { page, consoleErrors, foreignRequests } = await open(PEAK);
    const canvas = page.locator('canvas.maplibregl-canvas');
    await mapPainted(page);
    await hideOverlays(page);
    // Speeds and signals by colours only they paint (the corridors layer under them is blue and white).
    const live = [...SPEED_ONLY_COLOURS, ...SIGNAL_COLOURS];
    await expect
      .poll(async () => {
        const { found } = await pixelStats(page, await canvas.screenshot(), LAND, live);
        return [SPEED_ONLY_COLOURS.some((c) => found[c]), SIGNAL_COLOURS.some((c) => found[c])];
      })
      .toEqual([true, true]);
    expect((await pixelStats(page, await canvas.screenshot(), LAND, [])).paintedShare).toBeGreaterThan(0.05);
    await expect.poll(async () => (await vehiclePixels(page)).painted, { timeout: 20_000 }).toBeGreaterThan(500);
    const vehicle = await aVehicle(page);
    expect(vehicle).not.toBeNull();
    await page.mouse.move(vehicle?.x ?? 0, vehicle?.y ?? 0);
    await expect.poll(() => page.locator('.map-hover-card').textContent()).toMatch(/^Vehiclev-[0-9a-f]{8}\d+ km\/h · (car|truck|bus)$/);
    await chartsHaveData(page);
    await expect.poll(() => page.getByTestId('kpi-vehicles').locator('.kpi__value').textContent()).toMatch(/^\d[\d,]*$/);
    expect(await page.getByRole('heading', { name: 'Smart Columbus' }).count()).toBe(1);
    // The BSM table links to the full feed of its minute: the export answers with J2735 records.
    const feed = await page.getByRole('link', { name: 'this minute as NDJSON' }).getAttribute('href');
    const lines = (await (await fetch(`${app.server.url}${feed}`)).text()).trim().split('\n');
    expect(lines.length).toBeGreaterThan(1000);
    expect(JSON.parse(lines[0] ?? '{}').coreData.speed).toBeTypeOf('number');
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.close();

    // The corridors alone (no live layer): none of the speed-only or signal colours, no vehicles.
    const bare = await open(`${PEAK}&layers=corridors`);
    const bareCanvas = bare.page.locator('canvas.maplibregl-canvas');
    await hideOverlays(bare.page);
    await expect
      .poll(async () => (await pixelStats(bare.page, await bareCanvas.screenshot(), LAND, ['#0072b2'])).found['#0072b2'], {
        timeout: 30_000,
      })
      .toBe(true);
    const { found } = await pixelStats(bare.page, await bareCanvas.screenshot(), LAND, live);
    expect(Object.entries(found).filter(([, seen]) => seen)).toEqual([]);
    expect((await vehiclePixels(bare.page)).painted).toBe(0);
    await bare.page.close();
  });

  it('follows the playing clock: vehicles move, signals change, the clock advances', async () => {
    const { page, consoleErrors, foreignRequests } = await open('t=2026-07-15T21:00:00Z&speed=60&play=1');
    await expect.poll(async () => (await vehiclePixels(page)).painted, { timeout: 20_000 }).toBeGreaterThan(500);
    await expect.poll(() => signalsText(page), { timeout: 20_000 }).toMatch(/\d+ s/);
    const start = await simMs(page);
    const before = await vehiclePixels(page);
    const signals = await signalsText(page);
    await page.waitForTimeout(3_000);
    expect((await simMs(page)) - start).toBeGreaterThan(2 * MINUTE_MS);
    await expect.poll(async () => (await vehiclePixels(page)).hash, { timeout: 10_000 }).not.toBe(before.hash);
    await expect.poll(() => signalsText(page), { timeout: 10_000 }).not.toBe(signals);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.close();
  });

  it('a lever changes the data: signal retiming changes the signal states and the travel times', async () => {
    const { page, consoleErrors } = await open(PEAK);
    await expect.poll(() => signalsText(page), { timeout: 20_000 }).toMatch(/\d+ s/);
    const travel = page.getByRole('region', { name: 'Travel time, end to end' });
    await travel.getByRole('button', { name: 'Show the data as a table' }).click();
    await expect.poll(() => travel.locator('tbody tr').count(), { timeout: 20_000 }).toBeGreaterThan(10);
    const signals = await signalsText(page);
    const times = await travel.locator('tbody').textContent();
    await page.getByRole('button', { name: /Scenario/ }).click();
    await page.getByRole('checkbox', { name: 'Signal retiming' }).click();
    await page.keyboard.press('Escape');
    await expect.poll(() => new URL(page.url()).searchParams.get('signalRetiming')).toBe('true');
    await expect.poll(() => signalsText(page), { timeout: 20_000 }).not.toBe(signals);
    await expect.poll(() => travel.locator('tbody').textContent(), { timeout: 20_000 }).not.toBe(times);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('a copied URL reopens the same corridor, span, intersection, message and layers', async () => {
    const { page, consoleErrors } = await open(PEAK);
    await corridor(page, 'Morse Rd').click();
    await span(page, 'Last 24 h').click();
    const signals = page.getByRole('region', { name: 'Signal phase and timing' });
    await signals.getByRole('button', { name: 'Cleveland Ave', exact: true }).click();
    await page.getByTestId('spat-detail').waitFor();
    // The switch is controlled by the URL, which the router updates in a transition: poll, not uncheck().
    await page.getByRole('checkbox', { name: 'Vehicles' }).click();
    await expect.poll(() => page.getByRole('checkbox', { name: 'Vehicles' }).isChecked()).toBe(false);
    const bsm = page.getByRole('region', { name: 'Basic Safety Messages' });
    const message = bsm.getByRole('button', { name: /^[0-9A-F]{8}$/ }).nth(1);
    const id = (await message.textContent()) ?? '';
    await message.click();
    await expect.poll(() => new URL(page.url()).searchParams.get('bsm')).toBe(id);
    const url = page.url();

    const again = await open(new URL(url).search.slice(1));
    const p = again.page;
    expect(new URL(p.url()).search).toBe(new URL(url).search);
    await expect.poll(() => corridor(p, 'Morse Rd').getAttribute('aria-pressed'), { timeout: 20_000 }).toBe('true');
    await expect.poll(() => span(p, 'Last 24 h').getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => p.getByTestId('spat-detail').textContent(), { timeout: 20_000 }).toContain('SPaT at Morse Rd & Cleveland Ave');
    expect(await p.getByRole('checkbox', { name: 'Vehicles' }).isChecked()).toBe(false);
    await expect.poll(() => p.getByTestId('bsm-detail').textContent(), { timeout: 20_000 }).toContain(`Message ${id}`);
    expect((await vehiclePixels(p)).painted).toBe(0);
    expect(consoleErrors).toEqual([]);
    expect(again.consoleErrors).toEqual([]);
    await page.close();
    await p.close();
  });

  it('the keyboard alone reaches the page’s controls', async () => {
    const { page, consoleErrors } = await open(PEAK);
    await page
      .getByRole('region', { name: 'Basic Safety Messages' })
      .getByRole('button', { name: /^[0-9A-F]{8}$/ })
      .first()
      .waitFor({ timeout: 20_000 });
    await page.locator('.brand').click();
    const reached = new Set<string>();
    for (let i = 0; i < 160; i++) {
      await page.keyboard.press('Tab');
      reached.add(
        await page.evaluate(`(() => {
          const el = document.activeElement;
          if (!el) return '';
          const label = el.labels && el.labels[0] ? el.labels[0].textContent : '';
          return (el.getAttribute('aria-label') || label || el.textContent || '').trim();
        })()`),
      );
    }
    const wanted = [
      'Connected-vehicle corridors',
      'Vehicles',
      'High St',
      'Alum Creek Dr',
      'Last 24 h',
      'Show the data as a table',
      'Download CSV of what is shown',
      'What you are looking at and how it is computed',
      '5th Ave',
      'Morse Rd',
      'this minute as NDJSON',
    ];
    for (const name of wanted)
      expect(
        [...reached].some((r) => r.startsWith(name)),
        `${name} in ${[...reached].join(' | ')}`,
      ).toBe(true);
    expect(
      [...reached].some((r) => /^[0-9A-F]{8}$/.test(r)),
      'a BSM record',
    ).toBe(true);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it.each([
    ['en', 1366, 768, PEAK],
    ['en', 1920, 1080, 't=2026-07-15T16:00:00Z&speed=60&play=1'],
    ['ko', 1366, 768, 't=2026-07-15T16:00:00Z&speed=60&play=1'],
    ['ko', 1920, 1080, PEAK],
  ] as const)('screenshots the page in %s at %ix%i with nothing cut off', async (lang, width, height, clock) => {
    const { page, consoleErrors, foreignRequests } = await open(`${clock}&lang=${lang}`, { width, height });
    await chartsHaveData(page);
    await mapPainted(page);
    // Nothing wider than the column it sits in (the tables scroll inside their own boxes).
    const overflow = await page.evaluate(`(() => {
      const side = document.querySelector('.mobility__side');
      return side ? side.scrollWidth - side.clientWidth : -1;
    })()`);
    expect(overflow).toBe(0);
    await page.screenshot({ path: `${artifacts}/mobility-${lang}-${width}.png` });
    await page.locator('.mobility__side').evaluate((el) => el.scrollTo(0, el.scrollHeight / 2));
    await page.screenshot({ path: `${artifacts}/mobility-${lang}-${width}-panels.png` });
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.close();
  });
});
