/**
 * The Air page in Chromium against the real built server: stations painted on the offline map in
 * AQI colours, charts drawn with data (never more points than pixels), live play moving the values,
 * a copied URL reopening the same station and span, a lever changing the AQI, and the keyboard
 * reaching every control of the page. Screenshots land in tests/artifacts/ for a person to look at.
 */
import { mkdirSync } from 'node:fs';
import { MINUTE_MS } from '@sandbox/shared/common/time';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useAppInBrowser } from '../support/app-in-browser';
import { openCheckedPage, pixelStats, SCREENSHOT_VIEWS } from '../support/browser';
import { repoRoot } from '../support/server';

const LAND = '#eef0eb';
// Official AQI colours the station circles take once the live frames arrive.
const AQI_GOOD = '#00e400';
const AQI_MODERATE = '#ffff00';
const artifacts = `${repoRoot}tests/artifacts`;

const app = useAppInBrowser();
beforeAll(() => {
  mkdirSync(artifacts, { recursive: true });
});
/** A page that records console errors and foreign requests, opened at `path` of the app. */
const { open } = app;

const simMs = async (page: Page) => Number(await page.getByTestId('sim-clock').getAttribute('data-sim-ms'));
const aqiNow = async (page: Page) => Number(await page.getByTestId('aqi-now').getAttribute('data-aqi'));
const minuteReading = (page: Page) => page.locator('.now-table tbody tr').first().locator('.now-table__value').first().textContent();

async function chartsDrawn(page: Page) {
  for (const id of ['air-chart-pm25', 'air-chart-ozone', 'air-chart-stations']) {
    const chart = page.getByTestId(id);
    await chart.scrollIntoViewIfNeeded();
    await chart.locator('path.recharts-curve').first().waitFor({ timeout: 20_000 });
    const points = Number(await chart.getAttribute('data-points'));
    const box = await chart.boundingBox();
    expect(points, id).toBeGreaterThan(10);
    expect(points, `${id}: ${points} points in ${box?.width} px`).toBeLessThanOrEqual(box?.width ?? 0);
  }
}

describe('Air page in Chromium', () => {
  it('paints the stations on the offline map in AQI colours and draws every chart with data', async () => {
    const { page, consoleErrors, foreignRequests } = await open(`/air?t=2026-07-15T16:00:00Z&span=7d`);
    const canvas = page.locator('canvas.maplibregl-canvas');
    await canvas.waitFor({ state: 'visible', timeout: 20_000 });
    // Fold the legend first: its AQI chips sit over the canvas and would count as painted stations.
    await page.getByRole('button', { name: 'On the map' }).click();
    await expect
      .poll(
        async () => Object.values((await pixelStats(page, await canvas.screenshot(), LAND, [AQI_GOOD, AQI_MODERATE])).found).some(Boolean),
        {
          timeout: 20_000,
        },
      )
      .toBe(true);
    expect((await pixelStats(page, await canvas.screenshot(), LAND, [])).paintedShare).toBeGreaterThan(0.05);
    await expect.poll(() => aqiNow(page), { timeout: 15_000 }).toBeGreaterThan(0);
    await chartsDrawn(page);
    const calendar = page.getByRole('table', { name: 'Daily AQI calendar' });
    await calendar.scrollIntoViewIfNeeded();
    await expect.poll(() => calendar.locator('button[data-aqi]:not([data-aqi=""])').count(), { timeout: 15_000 }).toBeGreaterThan(10);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.close();
  });

  it('follows the clock while playing: the sim time advances and the 1-minute values change', async () => {
    const { page, consoleErrors, foreignRequests } = await open(`/air?t=2026-07-15T16:00:00Z&speed=60&play=1`);
    await expect.poll(() => minuteReading(page), { timeout: 20_000 }).toMatch(/µg/);
    const first = await simMs(page);
    const reading = await minuteReading(page);
    // 3 s at 60× is 3 sim minutes: three new 1-minute readings.
    await expect.poll(async () => (await simMs(page)) - first, { timeout: 15_000 }).toBeGreaterThan(2 * MINUTE_MS);
    await expect.poll(() => minuteReading(page), { timeout: 15_000 }).not.toBe(reading);
    await chartsDrawn(page);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.close();
  });

  it('a copied URL reopens the same station and span; a click on the list selects a station', async () => {
    const { page, consoleErrors } = await open(`/air?t=2026-07-15T16:00:00Z`);
    await page.locator('.station-option', { hasText: 'Morse Rd & Karl Rd roadside' }).click();
    await page.getByRole('button', { name: '6 hours' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('station')).toBe('morse-karl-roadside');
    await expect.poll(() => new URL(page.url()).searchParams.get('span')).toBe('6h');
    const again = await openCheckedPage(app.browser, app.server.url);
    await again.page.goto(page.url());
    await again.page.getByRole('heading', { level: 1, name: 'Air quality at Morse Rd & Karl Rd roadside' }).waitFor();
    expect(await again.page.getByRole('radio', { name: /Morse Rd & Karl Rd roadside/ }).isChecked()).toBe(true);
    expect(await again.page.getByRole('button', { name: '6 hours' }).getAttribute('aria-pressed')).toBe('true');
    expect(consoleErrors).toEqual([]);
    expect(again.consoleErrors).toEqual([]);
    await page.close();
    await again.page.close();
  });

  it('a lever changes the data: wildfire smoke raises the AQI at the bench', async () => {
    // Midday, before the afternoon ozone of that hot week would set the AQI and hide the smoke's rise.
    const { page, consoleErrors } = await open(`/air?t=2026-07-15T16:30:00Z`);
    await expect.poll(() => aqiNow(page), { timeout: 15_000 }).toBeGreaterThan(0);
    const before = await aqiNow(page);
    await page.getByRole('button', { name: /Scenario/ }).click();
    await page.getByRole('checkbox', { name: 'Wildfire smoke' }).click();
    await page.keyboard.press('Escape');
    await expect.poll(() => new URL(page.url()).searchParams.get('smoke')).toBeTruthy();
    await expect.poll(() => aqiNow(page), { timeout: 15_000 }).toBeGreaterThan(before + 50);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('a bench outage is a gap: the lines break under a "No data" band, in the 1-minute chart and the explorer', async () => {
    const faults = encodeURIComponent(
      JSON.stringify([{ kind: 'dropout', from: '2026-07-15T12:00:00Z', to: '2026-07-15T19:00:00Z', stationId: 'weinland-park-school' }]),
    );
    const { page, consoleErrors } = await open(`/air?station=weinland-park-school&t=2026-07-15T21:00:00Z&faults=${faults}`);
    const chart = page.getByTestId('air-chart-pm25');
    await chart.locator('path.recharts-curve').first().waitFor({ timeout: 20_000 });
    await expect.poll(() => chart.locator('.no-data-band').count()).toBeGreaterThan(0);
    await expect.poll(() => chart.getByText('No data', { exact: true }).count()).toBe(1);
    // The 1-minute line is drawn in two pieces around the outage, not bridged across it.
    const pieces = await chart.locator('path.recharts-curve').first().getAttribute('d');
    expect((pieces?.match(/M/g) ?? []).length).toBeGreaterThan(1);
    await page.goto(`${app.server.url}/data?t=2026-07-15T21:00:00Z&faults=${faults}`);
    await expect.poll(() => page.getByText('No data: Weinland Park Elementary school yard').count(), { timeout: 20_000 }).toBe(1);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('a click on a station on the map selects it', async () => {
    // At this moment the map shows the AQI of 08–09 h local (the morning rush): one bench is Moderate, the
    // only yellow circle: the downtown school yard beside the I-70/I-71 split.
    const { page, consoleErrors } = await open('/air?t=2026-07-05T13:30:00Z');
    const canvas = page.locator('canvas.maplibregl-canvas');
    await canvas.waitFor({ state: 'visible', timeout: 20_000 });
    // Fold the legend: its colour chips sit over the canvas.
    await page.getByRole('button', { name: 'On the map' }).click();
    let spot: { x: number; y: number } | null = null;
    await expect
      .poll(
        async () => {
          spot = (await pixelStats(page, await canvas.screenshot(), LAND, [AQI_MODERATE])).at[AQI_MODERATE] ?? null;
          return spot !== null;
        },
        { timeout: 20_000 },
      )
      .toBe(true);
    const { x, y } = spot as unknown as { x: number; y: number };
    const box = await canvas.boundingBox();
    await page.mouse.click((box?.x ?? 0) + x + 2, (box?.y ?? 0) + y + 2);
    await expect.poll(() => new URL(page.url()).searchParams.get('station')).toBe('downtown-high-school');
    await page.getByRole('heading', { level: 1, name: 'Air quality at Columbus Downtown High School yard' }).waitFor();
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('the keyboard alone reaches the stations, the span, the panel tools and the calendar', async () => {
    const { page, consoleErrors } = await open(`/air?t=2026-07-15T16:00:00Z`);
    await page.getByTestId('aqi-now').waitFor({ timeout: 15_000 });
    const reached = new Set<string>();
    for (let i = 0; i < 90; i++) {
      await page.keyboard.press('Tab');
      reached.add(
        await page.evaluate(() => {
          const el = document.activeElement as HTMLInputElement | null;
          if (!el) return '';
          return (el.getAttribute('aria-label') ?? el.labels?.[0]?.textContent ?? el.textContent ?? '').trim();
        }),
      );
    }
    const names = [...reached];
    for (const control of [
      'Air stations (AQI)',
      '40Linden Park bench',
      '24 hours',
      'How these numbers are computed',
      'Show the data as a table',
      'Download CSV of what is shown',
      'What you are looking at and how it is computed',
      'Wednesday, July 15',
      'See it on the timeline',
    ]) {
      expect(
        names.some((name) => name.startsWith(control) || name.replace(/^\d+/, '').startsWith(control.replace(/^\d+/, ''))),
        `${control} in ${names.join(' | ')}`,
      ).toBe(true);
    }
    // Arrow keys move between stations (a radio group) and between calendar days, not the clock.
    const start = await simMs(page);
    await page.getByRole('radio', { name: /Linden Park bench/ }).focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => new URL(page.url()).searchParams.get('station')).toBe('cleveland-hudson-roadside');
    await page.getByRole('heading', { level: 1, name: /Cleveland Ave/ }).waitFor();
    const today = page.getByRole('button', { name: /^Wednesday, July 15/ });
    await today.focus();
    await page.keyboard.press('ArrowLeft');
    // A day's accessible name is its own (visually hidden) text, which comes first in the button.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toMatch(/^Tuesday, July 14/);
    expect(await simMs(page)).toBe(start);
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('t')).toBe('2026-07-14T16:00:00Z');
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it.each(SCREENSHOT_VIEWS)('screenshots the Air page in %s at %ix%i, nothing cut off sideways', async (lang, width, height) => {
    const { page, consoleErrors } = await open(`/air?t=2026-07-15T16:00:00Z&lang=${lang}`, { width, height });
    await page.getByTestId('aqi-now').waitFor({ timeout: 15_000 });
    await page.getByTestId('air-chart-pm25').locator('path.recharts-curve').first().waitFor({ timeout: 20_000 });
    await page.waitForTimeout(1_000);
    await page.screenshot({ path: `${artifacts}/air-${lang}-${width}.png` });
    // No horizontal overflow anywhere on the page.
    const overflow = await page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>('.air *:not(.visually-hidden)'))
        .filter((el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible')
        .map((el) => el.className),
    );
    expect(overflow).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    const panels = page.locator('.air__panels');
    await panels.evaluate((el) => el.scrollTo(0, el.scrollHeight / 2));
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${artifacts}/air-${lang}-${width}-middle.png` });
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
