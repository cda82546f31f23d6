/**
 * The Scenario Lab in Chromium against the built server: a baseline and an EV-share variant built in
 * the page, the scorecard's differences and the seeds' verdicts, the overlaid chart with both lines
 * on shared axes, the same numbers again from the copied link in a fresh page, and screenshots in
 * English and Korean at 1366×768 and 1920×1080 (tests/artifacts/, for a person to look at).
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useAppInBrowser } from '../support/app-in-browser';
import { SCREENSHOT_VIEWS } from '../support/browser';
import { repoRoot } from '../support/server';

const artifacts = `${repoRoot}tests/artifacts`;
const PAUSED = 't=2026-07-15T21:30:00Z';
// Three seeds keep the band quick on a busy laptop; the page's default is five.
const EV_VARIANT = `v1=${encodeURIComponent('evShare=0.4')}&labSeeds=3`;

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
    expect(await page.getByTestId('lab-verdict-1').textContent()).toMatch(/Variant 1(Effect|Noise) \d+ \/ \d+/);

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
});
