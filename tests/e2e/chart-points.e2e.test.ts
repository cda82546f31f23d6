/**
 * No chart ever receives more points than its plot has pixels, on every page: each chart says how
 * many points its longest line has (`data-points`), and the plot's width is that of the chart's
 * clip rectangle (the chart less its axes and margins). Checked in each page's default window and
 * its longest one, on a large screen and again after the window shrinks to a laptop's, so a chart
 * that measured its width only once, or asked for its whole width rather than its plot's, fails.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useAppInBrowser } from '../support/app-in-browser';
import { openCheckedPage } from '../support/browser';

const PAUSED = 't=2026-07-15T16:00:00Z';
const LARGE = { width: 1920, height: 1080 };
const LAPTOP = { width: 1366, height: 768 };

/** Every chart each page draws, by test id (the overview's untagged sparklines by class), and its longest window. */
const PAGES = [
  { path: '/', longest: null, charts: ['sparkline', 'sparkline', 'sparkline', 'sparkline', 'temperature-chart'] },
  {
    path: '/air',
    longest: 'span=7d',
    charts: [
      'air-chart-pm25',
      'air-chart-ozone',
      'air-chart-stations',
      'air-weather-temperatureC',
      'air-weather-relativeHumidityPct',
      'air-weather-windSpeedMps',
    ],
  },
  { path: '/energy', longest: 'span=7d', charts: ['class-load-chart', 'meter-chart', 'duration-chart'] },
  { path: '/mobility', longest: 'span=24h', charts: ['chart-speedMps', 'chart-travelTimeS', 'chart-volumeVph', 'chart-events'] },
  { path: '/data', longest: 'span=7d', charts: ['explorer-chart'] },
] as const;

const app = useAppInBrowser();

interface DrawnChart {
  name: string;
  points: number;
  plotPx: number;
}

/** Each chart of the page that has drawn data: its name, its points per line and its plot's width. */
function drawnCharts(page: Page): Promise<DrawnChart[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('[data-points]')).flatMap((chart) => {
      // Recharts clips what it draws to the plot: the clip rectangle is the plot area.
      const clip = chart.querySelector('svg.recharts-surface clipPath rect');
      const points = Number(chart.dataset.points);
      if (!clip || !(points > 1)) return [];
      return [{ name: chart.dataset.testid ?? chart.className, points, plotPx: Number(clip.getAttribute('width')) }];
    }),
  );
}

const tooMany = (charts: DrawnChart[]) =>
  charts.filter((c) => !(c.points <= c.plotPx)).map((c) => `${c.name}: ${c.points} points in a ${c.plotPx} px plot`);

/** Waits for all of the page's charts to draw, then until none has more points than pixels. */
async function checkCharts(page: Page, expected: readonly string[]) {
  const sorted = [...expected].sort();
  await expect.poll(async () => (await drawnCharts(page)).map((c) => c.name).sort(), { timeout: 30_000 }).toEqual(sorted);
  // A chart redrawn for a new width shows its old data until the new arrives: give it that time.
  await expect.poll(async () => tooMany(await drawnCharts(page)), { timeout: 20_000 }).toEqual([]);
}

describe('Chart points on every page in Chromium', () => {
  it.each(PAGES)(
    '$path: no chart has more points than its plot has pixels, large or shrunk, in any window',
    async ({ path, longest, charts }) => {
      for (const extra of longest ? [null, longest] : [null]) {
        const query = [PAUSED, extra].filter(Boolean).join('&');
        const { page, consoleErrors, foreignRequests } = await openCheckedPage(app.browser, app.server.url, LARGE);
        await page.goto(`${app.server.url}${path}?${query}`);
        await checkCharts(page, charts);
        await page.setViewportSize(LAPTOP);
        await checkCharts(page, charts);
        expect(consoleErrors).toEqual([]);
        expect(foreignRequests).toEqual([]);
        await page.close();
      }
    },
  );
});
