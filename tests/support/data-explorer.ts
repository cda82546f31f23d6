/** Reading the Data page's series explorer in Chromium: its chart, controls, table and links. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export const chart = (page: Page) => page.getByTestId('explorer-chart');
export const points = async (page: Page) => Number(await chart(page).getAttribute('data-points'));
/** The first line's path: what is drawn, to compare before and after a change. */
export const curve = (page: Page) => chart(page).locator('path.recharts-curve').first().getAttribute('d');
export const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);
export const control = (page: Page, label: string) => page.locator('.explorer__controls').getByLabel(label, { exact: true });
export const title = (page: Page) => page.locator('.explorer .panel .card__title').textContent();
export const fullCsv = (page: Page) => page.getByRole('link', { name: 'Full-resolution CSV' });

/** Waits for the explorer's chart to draw its lines; checks it got data and no more points than the plot has pixels. */
export async function drawn(page: Page) {
  await chart(page).locator('path.recharts-curve').first().waitFor({ timeout: 30_000 });
  // Recharts clips the lines to the plot: its clip rectangle is the plot's width, without the axes.
  const plotPx = Number(await chart(page).locator('svg.recharts-surface clipPath rect').first().getAttribute('width'));
  const n = await points(page);
  expect(n, 'points drawn').toBeGreaterThan(10);
  expect(n, `${n} points in a ${plotPx} px plot`).toBeLessThanOrEqual(plotPx);
}

/** The numbers of one column of the table view (the first data column unless told). */
export async function tableColumn(page: Page, column = 1): Promise<number[]> {
  return page
    .locator('.panel__table tbody tr')
    .evaluateAll(
      (rows, index) => rows.map((row) => Number((row.children[index]?.textContent ?? '').replace(/,/g, ''))).filter(Number.isFinite),
      column,
    );
}
export const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / Math.max(1, values.length);
