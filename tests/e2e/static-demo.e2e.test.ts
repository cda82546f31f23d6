/**
 * The static demo (`pnpm build:static` → dist-static/, built by `pnpm build`) in Chromium, served by a
 * plain file server (tests/support/static-server.ts: no server, no fallback, no /api): every page draws
 * with data from the engine worker, offline and with no console errors (the e2e guard checks each page
 * opened), the live clock streams frames, the pages that keep records say they need the server in
 * English and Korean, and the folder runs from a sub-path as a static host or a USB stick gives it.
 */
import { mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MINUTE_MS } from '@sandbox/shared/common/time';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openCheckedPage } from '../support/browser';
import { type StaticServer, serveStatic, staticDemoDir } from '../support/static-server';

const PEAK = 't=2026-07-15T21:30:00Z';

let files: StaticServer;
let browser: Browser;
beforeAll(async () => {
  files = await serveStatic();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await files?.stop();
});

/** Opens `#<route>` of the demo served at `base` (the file server's root by default). */
async function open(route: string, base = `${files?.url}/`): Promise<Page> {
  const { page } = await openCheckedPage(browser, files.url);
  await page.goto(`${base}#${route}`);
  return page;
}

/** Every panel has answered: no spinner left, no panel in its error state. */
async function panelsSettled(page: Page) {
  await expect.poll(() => page.locator('.panel-state .spinner').count(), { timeout: 30_000 }).toBe(0);
  expect(await page.locator('.panel-state--error').count()).toBe(0);
}

/** The most points any chart of the page drew (charts report them in `data-points`). */
const mostChartPoints = (page: Page) =>
  page.$$eval('[data-points]', (boxes) => Math.max(0, ...boxes.map((box) => Number(box.getAttribute('data-points')))));

const mapCanvas = (page: Page) => page.locator('canvas.maplibregl-canvas').waitFor({ state: 'visible', timeout: 30_000 });

describe('Static demo in Chromium, from a plain file server', () => {
  it.each([
    ['/', 'Overview'],
    ['/air', 'Air'],
    ['/energy', 'Energy'],
    ['/mobility', 'Mobility'],
    // Every bundled city is in the worker, not only the default one.
    ['/energy?city=pittsburgh', 'Pittsburgh'],
  ])('%s draws its map and charts with data from the engine worker', async (path, title) => {
    const page = await open(`${path}${path.includes('?') ? '&' : '?'}${PEAK}`);
    await expect.poll(() => page.title(), { timeout: 20_000 }).toContain(title);
    await mapCanvas(page);
    await expect.poll(() => mostChartPoints(page), { timeout: 30_000 }).toBeGreaterThan(10);
    await panelsSettled(page);
  });

  it('the Overview KPIs come from the live frame and the engine (worst AQI, load, speeds, events)', async () => {
    const page = await open(`/?${PEAK}`);
    const values = page.locator('.kpi__value');
    await expect
      .poll(() => values.allTextContents(), { timeout: 30_000 })
      .toEqual([expect.stringMatching(/\d/), expect.stringMatching(/\d/), expect.stringMatching(/\d/), expect.stringMatching(/\d/)]);
  });

  it('Lab, Policy and Data answer from the bundled data and the engine', async () => {
    const lab = await open(`/lab?${PEAK}`);
    await expect.poll(() => lab.locator('table tbody tr').count(), { timeout: 40_000 }).toBeGreaterThan(3);
    await panelsSettled(lab);

    const policy = await open('/policy?lang=ko');
    await expect.poll(() => policy.locator('h1').first().textContent(), { timeout: 20_000 }).toBe('정책');
    await panelsSettled(policy);
    // The Korean texts of the bundled policy files (not the whole page in a failure message).
    expect((await policy.locator('main').textContent())?.includes('스마트시티 챌린지')).toBe(true);

    const data = await open(`/data?${PEAK}`);
    await expect.poll(() => data.locator('path.recharts-curve').count(), { timeout: 30_000 }).toBeGreaterThan(5);
    await expect.poll(() => mostChartPoints(data), { timeout: 30_000 }).toBeGreaterThan(10);
    await panelsSettled(data);
    // Downloads and the API docs are the server's: switched off, saying why, never a link to a 404.
    expect(await data.locator('a[href*="api/"]').count()).toBe(0);
    expect(await data.locator('.server-link--off').count()).toBeGreaterThan(3);
    expect(await data.locator('.server-link--off').first().getAttribute('title')).toBe(
      'Needs the server: the static demo has no downloads or API docs.',
    );
    // No curl line to an API that is not there: the card says what would give one.
    expect(await data.getByText('curl ').count()).toBe(0);
    expect(await data.getByText(/The static demo has no API/).count()).toBe(1);
  });

  it('the playing clock streams frames from the worker: the clock and the signals move', async () => {
    const page = await open('/mobility?t=2026-07-15T21:00:00Z&speed=60&play=1');
    const signals = () => page.locator('.signal-table tbody').textContent();
    await expect.poll(signals, { timeout: 30_000 }).toMatch(/\d+ s/);
    const simMs = async () => Number(await page.getByTestId('sim-clock').getAttribute('data-sim-ms'));
    const start = await simMs();
    const before = await signals();
    await expect.poll(simMs, { timeout: 10_000 }).toBeGreaterThan(start + 2 * MINUTE_MS);
    await expect.poll(signals, { timeout: 10_000 }).not.toBe(before);
  });

  it('an embedded panel draws from the worker and opens its whole page in the hash routes', async () => {
    const page = await open(`/embed/pm25?${PEAK}`);
    await expect.poll(() => mostChartPoints(page), { timeout: 30_000 }).toBeGreaterThan(10);
    expect(await page.locator('a.embed__open').getAttribute('href')).toBe(`#/air?${PEAK}`);
    // It says where its data is from: the default bench and the city, simulated.
    expect(await page.locator('.embed__source').textContent()).toMatch(/^[^·]+ · Columbus, Ohio · simulated data$/);
  });

  it("the embed index gives iframe code that points at the demo's own hash route", async () => {
    const page = await open(`/embed?${PEAK}`);
    const code = await page.locator('main .code-line').textContent();
    expect(code).toBe(
      `<iframe src="${files.url}/#/embed/pm25?${PEAK}" width="640" height="420" style="border:0" title="PM2.5 · Smart City Sandbox"></iframe>`,
    );
  });

  it.each([
    ['/saved', 'en', 'This needs the server'],
    ['/rooms', 'ko', '서버가 필요합니다'],
    ['/join/ABCD', 'en', 'This needs the server'],
  ])('%s (%s) says it needs the server instead of failing', async (path, lang, heading) => {
    const page = await open(`${path}?lang=${lang}`);
    await expect.poll(() => page.locator('h1').first().textContent(), { timeout: 20_000 }).toBe(heading);
  });

  it('asked the file server only for files it has: no /api request, nothing missing', () => {
    expect(files.missing).toEqual([]);
  });

  it('runs from a sub-path of a static host (relative asset paths)', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'static-demo-'));
    symlinkSync(staticDemoDir, join(parent, 'sandbox'));
    const nested = await serveStatic(parent, 'sandbox/index.html');
    try {
      const { page } = await openCheckedPage(browser, nested.url);
      await page.goto(`${nested.url}/sandbox/#/air?${PEAK}`);
      await mapCanvas(page);
      await expect.poll(() => mostChartPoints(page), { timeout: 30_000 }).toBeGreaterThan(10);
      expect(nested.missing).toEqual([]);
    } finally {
      await nested.stop();
    }
  });
});
