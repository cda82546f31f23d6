/**
 * The Scenario Lab in Chromium against the built server: a baseline and an EV-share variant built in
 * the page, the scorecard's differences and the seeds' verdicts, the overlaid chart with both lines
 * on shared axes, the same numbers again from the copied link in a fresh page; the map pair (both
 * maps painted, one view, side by side or a swipe from the keyboard); and screenshots in English and
 * Korean at 1366×768 and 1920×1080, the map pair at 1440×900 (tests/artifacts/, for a person to look at).
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useAppInBrowser } from '../support/app-in-browser';
import { pixelStats, SCREENSHOT_VIEWS } from '../support/browser';
import { repoRoot } from '../support/server';

const artifacts = `${repoRoot}tests/artifacts`;
const PAUSED = 't=2026-07-15T21:30:00Z';
// Three seeds keep the band quick on a busy laptop; the page's default is five.
const EV_VARIANT = `v1=${encodeURIComponent('evShare=0.4')}&labSeeds=3`;
// The map pair needs no band: one seed.
const MAP_VARIANT = `v1=${encodeURIComponent('evShare=0.4')}&labSeeds=1`;
// Colours from web/src/map: land, and the official AQI colour of "moderate" (the stations at 5:30 pm).
const LAND = '#eef0eb';
/** 5:30 pm on the hot 15 July (decision 014's weather): nine of the ten benches read Unhealthy for Sensitive Groups. */
const AQI_USG = '#ff7e00';

const app = useAppInBrowser();

beforeAll(() => {
  mkdirSync(artifacts, { recursive: true });
});

/** The text of a figure's row in the scorecard: its unit, the baseline, then each variant. */
async function figureCells(page: Page, name: string): Promise<string[]> {
  const row = page.getByTestId('lab-scorecard').locator('tr', { has: page.getByRole('button', { name }) });
  return row.locator('td').allTextContents();
}

/** Waits for the scorecard, the band over the seeds and both chart lines. */
async function labReady(page: Page, lines: number) {
  await page.getByTestId('lab-scorecard').waitFor({ timeout: 90_000 });
  await page.getByTestId('lab-verdict-1').waitFor({ timeout: 120_000 });
  await expect.poll(() => page.getByTestId('lab-chart').locator('.recharts-line-curve').count(), { timeout: 30_000 }).toBe(lines);
}

describe('Scenario Lab in Chromium', () => {
  it('builds a baseline and an EV-share variant, shows the differences, the verdicts and the overlaid chart, and a link reopens the same numbers', {
    timeout: 240_000,
  }, async () => {
    const { page } = await app.open(`/lab?${PAUSED}&labSeeds=3`);
    await page.getByText('Add a variant to compare').waitFor({ timeout: 90_000 });
    await page.getByRole('button', { name: 'Add a variant' }).click();
    const evShare = page.getByTestId('lab-variant-1').getByLabel('EV share (%)');
    await evShare.fill('40');
    await expect.poll(() => new URL(page.url()).searchParams.get('v1')).toBe('evShare=0.4');
    await labReady(page, 2);

    // More chargers: more energy from the grid, more CO2, a verdict over the seeds.
    const energy = await figureCells(page, 'About Energy from the grid');
    expect(energy[2]).toMatch(/\+[\d,.]+ \(\+[\d.]+%\)/);
    const co2 = await figureCells(page, 'About Grid CO₂');
    expect(co2[2]).toMatch(/\+[\d,.]+ \(\+[\d.]+%\)/);
    await expect
      .poll(async () => (await figureCells(page, 'About Energy from the grid'))[2], { timeout: 120_000 })
      .toMatch(/· (Effect|Noise)$/);
    // The signals do not see the fleet's fuel: the corridor's time index is the same trips.
    expect((await figureCells(page, 'About Corridor travel-time index'))[2]).toMatch(/±0\.00 \(±0\.0%\)/);
    expect(await page.getByTestId('lab-verdict-1').textContent()).toMatch(/Variant 1 · EV share 40%(Effect|Noise) \d+ \/ \d+/);

    // The chart: both scenarios on one pair of axes (one value axis), the metric can change.
    const chart = page.getByTestId('lab-chart');
    expect(await chart.locator('.recharts-yAxis').count()).toBe(1);
    await page.getByRole('combobox', { name: 'Metric' }).selectOption('pm25');
    await expect.poll(() => new URL(page.url()).searchParams.get('labMetric')).toBe('pm25');

    // Why it changed, from the keyboard: the figure's button, then Enter.
    await page.getByRole('button', { name: 'About City peak load' }).focus();
    await page.keyboard.press('Enter');
    expect(await page.getByTestId('lab-why').textContent()).toMatch(/EV share → More homes and depots get chargers/);

    // The copied link in a fresh page gives the same numbers (the server's cache or not, the engine is deterministic).
    const link = page.url();
    const first = await page.getByTestId('lab-scorecard').textContent();
    const fresh = await app.open(link.slice(app.server.url.length));
    await labReady(fresh.page, 2);
    await expect.poll(() => fresh.page.getByTestId('lab-scorecard').textContent(), { timeout: 90_000 }).toBe(first);
  });

  it.each(SCREENSHOT_VIEWS)(
    'screenshots the Lab in %s at %ix%i with nothing spilling sideways',
    { timeout: 240_000 },
    async (lang, width, height) => {
      const { page } = await app.open(`/lab?${PAUSED}&lang=${lang}&${EV_VARIANT}&labFigure=energy`, { width, height });
      await labReady(page, 2);
      await page.waitForTimeout(500);
      await page.screenshot({ path: `${artifacts}/lab-${lang}-${width}.png` });
      await page.locator('.lab__main').evaluate((el) => el.scrollTo(0, el.scrollHeight));
      await page.screenshot({ path: `${artifacts}/lab-${lang}-${width}-scrolled.png` });
      await page.locator('.lab__side').evaluate((el) => el.scrollTo(0, el.scrollHeight));
      await page.screenshot({ path: `${artifacts}/lab-${lang}-${width}-side.png` });
      const overflow = await page.evaluate(() => ({
        side:
          (document.querySelector('.lab__side') as HTMLElement).scrollWidth -
          (document.querySelector('.lab__side') as HTMLElement).clientWidth,
        page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      }));
      expect(overflow).toEqual({ side: 0, page: 0 });
    },
  );

  it('draws the baseline’s and the variant’s map at the same instant on one view, side by side or as a swipe from the keyboard', {
    timeout: 240_000,
  }, async () => {
    const { page } = await app.open(`/lab?${PAUSED}&${MAP_VARIANT}`, { width: 1440, height: 900 });
    const { stage, canvases } = await mapPairPainted(page);
    // The instant's figures under the maps: EV chargers add demand at 5:30 pm, the traffic is the same.
    const figures = page.getByTestId('lab-map-figures');
    expect(await figures.locator('[data-figure="cityLoad"] dd').textContent()).toMatch(/kW\+[\d,]+$/);
    expect(await figures.locator('[data-figure="meanSpeed"] dd').textContent()).toMatch(/±0$/);

    // One view: the zoom button of the variant's map zooms both, a drag on the baseline's pans both.
    const start = await mapViews(page);
    expect(new Set(start).size).toBe(1);
    await page.getByTestId('lab-map-variant').getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(async () => (await mapViews(page))[0] !== start[0], { timeout: 10_000 }).toBe(true);
    await expect.poll(async () => new Set(await mapViews(page)).size, { timeout: 10_000 }).toBe(1);
    const zoomed = await mapViews(page);
    expect(zoomOf(zoomed[0])).toBeCloseTo(zoomOf(start[0]) + 1, 1);
    const box = await canvases.nth(0).boundingBox();
    if (!box) throw new Error('the baseline map has no box');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 120, box.y + box.height / 2 + 60, { steps: 8 });
    await page.mouse.up();
    await expect.poll(async () => (await mapViews(page))[1] !== zoomed[1], { timeout: 10_000 }).toBe(true);
    await expect.poll(async () => new Set(await mapViews(page)).size, { timeout: 10_000 }).toBe(1);

    // Swipe from the keyboard: the layout button, then the slider; still the same two maps, on top of each other.
    await page.getByRole('button', { name: 'Swipe', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => stage.getAttribute('data-mode')).toBe('swipe');
    expect(new URL(page.url()).searchParams.get('labMap')).toBe('swipe');
    const slider = page.getByRole('slider', { name: 'Swipe: baseline on the left of the line, variant on the right' });
    await slider.focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowLeft');
    expect(await slider.getAttribute('aria-valuetext')).toBe('Baseline 45%, variant 55%');
    expect(await page.getByTestId('lab-map-variant').evaluate((el) => getComputedStyle(el).clipPath)).toBe('inset(0px 0px 0px 45%)');
    expect(await page.locator('canvas.maplibregl-canvas').count()).toBe(2);
    const [first, second] = await Promise.all([canvases.nth(0).boundingBox(), canvases.nth(1).boundingBox()]);
    expect(second).toEqual(first);
    // The keyboard zooms the map it is on (MapLibre's + key); the other follows.
    const before = await mapViews(page);
    await canvases.nth(1).focus();
    await page.keyboard.press('Equal');
    await expect.poll(async () => zoomOf((await mapViews(page))[0]), { timeout: 10_000 }).toBeGreaterThan(zoomOf(before[0]) + 0.5);
    await expect.poll(async () => new Set(await mapViews(page)).size, { timeout: 10_000 }).toBe(1);
  });

  it.each(['en', 'ko'] as const)(
    'screenshots the map pair in %s at 1440×900, side by side and as a swipe',
    { timeout: 240_000 },
    async (lang) => {
      const { page } = await app.open(`/lab?${PAUSED}&lang=${lang}&${MAP_VARIANT}`, { width: 1440, height: 900 });
      await mapPairPainted(page);
      await page.locator('.lab-map-pair').evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await page.screenshot({ path: `${artifacts}/lab-map-pair-${lang}-1440.png` });
      await page.getByRole('button', { name: lang === 'en' ? 'Swipe' : '스와이프', exact: true }).click();
      await expect.poll(() => page.getByTestId('lab-map-stage').getAttribute('data-mode')).toBe('swipe');
      await page.waitForTimeout(500);
      await page.screenshot({ path: `${artifacts}/lab-map-pair-${lang}-1440-swipe.png` });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBe(0);
    },
  );

  it.each(['en', 'ko'] as const)(
    'fits three variants on a projector in presenter mode in %s (1280×720 and 1920×1080): every column shown, names whole, fields as large as their labels',
    { timeout: 240_000 },
    async (lang) => {
      const variants = ['evShare=0.4', 'signalRetiming=true', 'evTimeOfUse=true'].map((v, i) => `v${i + 1}=${encodeURIComponent(v)}`);
      const path = `/lab?${PAUSED}&lang=${lang}&labSeeds=2&presenter=1&${variants.join('&')}`;
      const { page } = await app.open(path, { width: 1280, height: 720 });
      for (const [width, height] of [
        [1280, 720],
        [1920, 1080],
      ] as const) {
        await page.setViewportSize({ width, height });
        await page.getByTestId('lab-verdict-3').waitFor({ timeout: 180_000 });
        // The band's line is the widest in a cell: measure once it is in.
        await expect
          .poll(() => page.locator('.lab-table__band:not(.lab-table__band--pending)').count(), { timeout: 45_000 })
          .toBeGreaterThan(0);
        const layout = await page.evaluate(() => {
          const box = document.querySelector<HTMLElement>('[data-testid="lab-scorecard"]');
          const heads = Array.from(document.querySelectorAll('.lab-table thead th'), (th) => th.getBoundingClientRect().right);
          const names = Array.from(document.querySelectorAll<HTMLElement>('.lab-table__figure'), (name) => {
            const lineHeight =
              Number.parseFloat(getComputedStyle(name).lineHeight) || Number.parseFloat(getComputedStyle(name).fontSize) * 1.5;
            return { text: name.textContent ?? '', lines: Math.round(name.getBoundingClientRect().height / lineHeight) };
          });
          const fieldSize = (selector: string) =>
            Array.from(document.querySelectorAll<HTMLElement>(selector), (el) => Number.parseFloat(getComputedStyle(el).fontSize));
          return {
            hidden: (box?.scrollWidth ?? 0) - (box?.clientWidth ?? 0),
            rightmost: Math.max(...heads),
            names,
            labels: fieldSize('.lab__side .lab-field label'),
            fields: fieldSize('.lab__side .lab-field :is(input, select)'),
          };
        });
        expect(layout.hidden, `${width}: the scorecard hides ${layout.hidden} px`).toBeLessThanOrEqual(0);
        expect(layout.rightmost).toBeLessThanOrEqual(width);
        // No figure's name runs over three lines (Korean broke "회랑/통행/시간/지수" one syllable pair a line).
        const tall = layout.names.filter((name) => name.lines > 2);
        expect(tall, JSON.stringify(tall)).toEqual([]);
        expect(layout.fields.length).toBeGreaterThan(3);
        expect(Math.min(...layout.fields)).toBeGreaterThanOrEqual(Math.min(...layout.labels));
        await page.screenshot({ path: `${artifacts}/lab-presenter-${lang}-${width}x${height}-3v.png` });
      }
    },
  );
});

/** The map pair scrolled into view with both maps drawn: land, and stations in their AQI colour. */
async function mapPairPainted(page: Page) {
  const stage = page.getByTestId('lab-map-stage');
  await stage.waitFor({ timeout: 90_000 });
  await stage.scrollIntoViewIfNeeded();
  const canvases = stage.locator('canvas.maplibregl-canvas');
  await expect.poll(() => canvases.count(), { timeout: 45_000 }).toBe(2);
  for (const i of [0, 1]) {
    await expect
      .poll(async () => (await pixelStats(page, await canvases.nth(i).screenshot(), LAND, [AQI_USG])).found[AQI_USG], {
        timeout: 30_000,
      })
      .toBe(true);
    expect((await pixelStats(page, await canvases.nth(i).screenshot(), LAND, [])).paintedShare).toBeGreaterThan(0.05);
  }
  return { stage, canvases };
}

/** Each map's view (`lng,lat,zoom`, written by the map sync after every move), baseline first. */
const mapViews = (page: Page) =>
  page
    .getByTestId('lab-map-stage')
    .locator('[data-view]')
    .evaluateAll((elements) => elements.map((el) => (el as HTMLElement).dataset.view ?? ''));

const zoomOf = (view: string | undefined) => Number(view?.split(',')[2]);
