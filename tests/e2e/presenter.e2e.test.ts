/**
 * Presenter mode on a projector (1920×1080) and a laptop (1366×768), in English and Korean: the P key
 * turns it on from a story, the clicker's Page Down walks the tour (page, clock, focus and speaker
 * notes follow), B blanks the screen. Text sizes are measured in the page (getComputedStyle): body
 * text and speaker notes at least 24 px and headline numbers at least 64 px at 1920×1080, a step
 * smaller (20 px, 52 px) at 1366×768. Screenshots land in tests/artifacts/ for a person to look at.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openCheckedPage, pixelStats } from '../support/browser';
import { artifacts, e2eSession } from '../support/e2e-session';

const VIEWS = [
  ['en', 1920, 1080],
  ['ko', 1920, 1080],
  ['en', 1366, 768],
  ['ko', 1366, 768],
] as const;
/** The smallest body text and headline number allowed on each screen. */
const MINIMUM = { 1920: { body: 24, headline: 64 }, 1366: { body: 20, headline: 52 } } as const;
const NOTES = {
  en: { opening: 'Six days 8 °C hotter', first: '1 p.m., day four of a heat wave', second: 'demand-response event until 6 p.m.' },
  ko: { opening: '엿새 동안 8 °C 더 덥고', first: '폭염 나흘째 오후 1시', second: '오후 6시까지 수요 반응' },
};

const session = e2eSession();

/** Font sizes in CSS px (getComputedStyle) of the visible elements matching each selector. */
function fontSizes(page: Page, selector: string): Promise<number[]> {
  return page.evaluate(
    (selector) =>
      Array.from(document.querySelectorAll<HTMLElement>(selector))
        .filter((element) => element.getClientRects().length > 0 && (element.textContent ?? '').trim() !== '')
        .map((element) => Number.parseFloat(getComputedStyle(element).fontSize)),
    selector,
  );
}

/** Whether the first element matching `selector` lies wholly inside the viewport (above the speaker notes). */
function inView(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((selector) => {
    const box = document.querySelector(selector)?.getBoundingClientRect();
    const notes = document.querySelector('[data-testid="speaker-notes"]')?.getBoundingClientRect();
    return box !== undefined && box.top >= 0 && box.bottom <= (notes?.top ?? window.innerHeight);
  }, selector);
}

/** Whether any chart's unit label (written along its value axis) overlaps one of that axis' tick labels. */
function unitOverlapsTicks(page: Page): Promise<boolean> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('.recharts-yAxis')).some((axis) => {
      const unit = axis.querySelector('.recharts-label')?.getBoundingClientRect();
      if (!unit) return false;
      return Array.from(axis.querySelectorAll('.recharts-cartesian-axis-tick-value')).some((tick) => {
        const box = tick.getBoundingClientRect();
        return box.left < unit.right && unit.left < box.right && box.top < unit.bottom && unit.top < box.bottom;
      });
    }),
  );
}

/**
 * Body text of the Energy page in presenter mode: the notes, the page's labels, controls and panel
 * text. The map's legend and notes drawn over the map are a step smaller (like chart ticks), not body text.
 */
const BODY =
  '[data-testid="speaker-notes"] p, .shell__main label:not(.map-legend *), .shell__main select, .shell__main .segmented button, .shell__main .panel__body p';

describe.each(VIEWS)('presenter mode in %s at %ix%i', (lang, width, height) => {
  it('opens with P from a story, walks its tour with the clicker, large and readable, and blanks with B', async () => {
    const { page, consoleErrors } = await openCheckedPage(session.browser, session.server.url, { width, height });
    await page.goto(`${session.server.url}/?lang=${lang}`);
    await page.locator('.story-picker select').selectOption('columbus/heatWave');
    await page.keyboard.press('p');
    await expect.poll(() => new URL(page.url()).searchParams.get('presenter')).toBe('1');
    // No chrome but the clock.
    await expect.poll(() => page.locator('.shell__header').count()).toBe(0);
    expect(await page.locator('.control-bar').count()).toBe(0);
    await page.getByTestId('sim-clock').waitFor();
    await expect.poll(() => page.getByTestId('speaker-notes').textContent()).toContain(NOTES[lang].opening);

    // The clicker: Page Down to the first moment (Energy, Northland, 1 p.m.).
    await page.keyboard.press('PageDown');
    await expect.poll(() => new URL(page.url()).pathname).toBe('/energy');
    const search = new URL(page.url()).searchParams;
    expect(search.get('moment')).toBe('1');
    expect(search.get('district')).toBe('northland');
    await expect.poll(() => page.getByTestId('speaker-notes').textContent()).toContain(NOTES[lang].first);
    await page.locator('.energy-kpis .kpi__value').first().waitFor();
    await page.getByTestId('class-load-chart').waitFor({ timeout: 30_000 });
    await page.getByTestId('episode-caption').first().waitFor();

    const body = await fontSizes(page, BODY);
    const headline = await fontSizes(page, '.kpi__value');
    const clock = await fontSizes(page, '[data-testid="sim-clock"]');
    const minimum = MINIMUM[width];
    expect(await unitOverlapsTicks(page), 'the unit along the value axis overlaps its tick labels').toBe(false);
    expect(body.length).toBeGreaterThan(5);
    expect(Math.min(...body), `body text ${body.join(', ')}`).toBeGreaterThanOrEqual(minimum.body);
    expect(headline.length).toBe(4);
    expect(Math.min(...headline), `headline numbers ${headline.join(', ')}`).toBeGreaterThanOrEqual(minimum.headline);
    expect(Math.min(...clock)).toBeGreaterThanOrEqual(minimum.body);
    await page.waitForTimeout(2000);
    await page.screenshot({ path: `${artifacts}/presenter-${lang}-${width}x${height}-energy.png` });

    // On to the demand-response moment, then B: a black screen, and B again brings it back.
    await page.keyboard.press('PageDown');
    // The next moment re-renders the Energy page's charts: on a loaded 2-core runner (SwiftShader)
    // that can take over the poll's default second, as the other waits of this suite allow for.
    await expect.poll(() => page.getByTestId('speaker-notes').textContent(), { timeout: 10_000 }).toContain(NOTES[lang].second);
    await page.keyboard.press('b');
    await page.getByTestId('presenter-blank').waitFor();
    const blank = await pixelStats(page, await page.screenshot(), '#000000', []);
    expect(blank.paintedShare).toBeLessThan(0.001);
    await page.keyboard.press('b');
    await expect.poll(() => page.getByTestId('presenter-blank').count()).toBe(0);
    await page.waitForTimeout(2000);
    await page.screenshot({ path: `${artifacts}/presenter-${lang}-${width}x${height}-demand-response.png` });

    // The third moment is on the Air page, whose charts a laptop shows below the fold: the tour
    // scrolls the ozone chart the notes talk about into view.
    await page.keyboard.press('PageDown');
    await expect.poll(() => new URL(page.url()).pathname).toBe('/air');
    const ozone = page.locator('[data-tour-panel="ozone"]');
    await ozone.locator('.recharts-surface').first().waitFor({ timeout: 30_000 });
    await expect.poll(async () => inView(page, '[data-tour-panel="ozone"] .recharts-surface'), { timeout: 10_000 }).toBe(true);
    await page.waitForTimeout(1000);
    await page.screenshot({ path: `${artifacts}/presenter-${lang}-${width}x${height}-air.png` });

    // P again: the dashboard as it was, on the same moment.
    await page.keyboard.press('p');
    await page.locator('.shell__header').waitFor();
    expect(new URL(page.url()).searchParams.get('presenter')).toBeNull();
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
