/**
 * The one clock, the scenario and the URL, as a user meets them: live mode moves the clock and the
 * numbers, a copied URL reopens the same view, a lever changes the data, and the keyboard alone
 * reaches every control of the shell.
 */
import { MINUTE_MS } from '@sandbox/shared/common/time';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useAppInBrowser } from '../support/app-in-browser';
import { openCheckedPage } from '../support/browser';

const app = useAppInBrowser();

const simMs = async (page: Page) => Number(await page.getByTestId('sim-clock').getAttribute('data-sim-ms'));
const kpi = (page: Page, id: string) => page.getByTestId(id).locator('.kpi__value').textContent();

describe('the shell in Chromium', () => {
  it('plays: the clock advances at the chosen speed and the numbers change', async () => {
    const { page, consoleErrors, foreignRequests } = await openCheckedPage(app.browser, app.server.url);
    await page.goto(`${app.server.url}/?t=2026-07-15T21:30:00Z&speed=900&play=1`);
    await expect.poll(() => kpi(page, 'kpi-load'), { timeout: 15_000 }).toMatch(/MW/);
    const first = await simMs(page);
    const firstLoad = await kpi(page, 'kpi-load');
    await page.waitForTimeout(3_000);
    // 3 s at 900× is 45 sim minutes; allow for scheduling.
    expect((await simMs(page)) - first).toBeGreaterThan(30 * MINUTE_MS);
    await expect.poll(() => kpi(page, 'kpi-load'), { timeout: 10_000 }).not.toBe(firstLoad);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.close();
  });

  it('a copied URL restores the same moment, speed, language, layers and scenario', async () => {
    const { page, consoleErrors } = await openCheckedPage(app.browser, app.server.url);
    await page.goto(`${app.server.url}/?t=2026-07-15T21:30:00Z&speed=300&lang=ko&evShare=0.4`);
    await page.getByRole('checkbox', { name: '신호', exact: true }).click();
    await page.getByRole('button', { name: '한 단계 앞으로' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('t')).toBe('2026-07-15T21:45:00Z');
    const url = page.url();
    const again = await openCheckedPage(app.browser, app.server.url);
    await again.page.goto(url);
    await expect.poll(() => simMs(again.page)).toBe(Date.parse('2026-07-15T21:45:00Z'));
    expect(await again.page.getByRole('checkbox', { name: '신호', exact: true }).isChecked()).toBe(true);
    expect(await again.page.getByRole('button', { name: '300배' }).getAttribute('aria-pressed')).toBe('true');
    expect(await again.page.getByRole('button', { name: /시나리오/ }).textContent()).toContain('1');
    expect(consoleErrors).toEqual([]);
    expect(again.consoleErrors).toEqual([]);
    await page.close();
    await again.page.close();
  });

  it('a lever changes the data: wildfire smoke raises the worst AQI', async () => {
    const { page, consoleErrors } = await openCheckedPage(app.browser, app.server.url);
    // Midday, before the afternoon ozone of that hot week would set the worst AQI and hide the smoke's rise.
    await page.goto(`${app.server.url}/?t=2026-07-15T16:30:00Z`);
    await expect.poll(() => kpi(page, 'kpi-aqi'), { timeout: 15_000 }).toMatch(/\d/);
    const before = Number(await kpi(page, 'kpi-aqi'));
    await page.getByRole('button', { name: /Scenario/ }).click();
    await page.getByRole('checkbox', { name: 'Wildfire smoke' }).click();
    await page.keyboard.press('Escape');
    await expect.poll(() => new URL(page.url()).searchParams.get('smoke')).toBeTruthy();
    await expect.poll(async () => Number(await kpi(page, 'kpi-aqi')), { timeout: 15_000 }).toBeGreaterThan(before + 50);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('a story opens its page with its levers and the clock paused at its moment; the header picker switches stories', async () => {
    const { page, consoleErrors, foreignRequests } = await openCheckedPage(app.browser, app.server.url);
    await page.goto(`${app.server.url}/?live=1`);
    const picker = page.getByRole('combobox', { name: 'Story' });
    // Live today, no levers: no story is being told yet (the baseline story is a day in July).
    await expect.poll(() => picker.inputValue()).toBe('custom');
    expect(await picker.locator('option:checked').textContent()).toBe('Choose a story');
    await page.getByRole('button', { name: /Scenario/ }).click();
    await page.getByRole('button', { name: /^Wildfire smoke/ }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/air');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    const url = new URL(page.url());
    expect(url.searchParams.get('smoke')).toBeTruthy();
    expect(url.searchParams.get('live')).toBeNull();
    await expect.poll(() => simMs(page)).toBe(Date.parse(url.searchParams.get('t') ?? ''));
    await expect.poll(() => picker.inputValue()).toBe('columbus/wildfireSmoke');
    expect(await page.getByRole('button', { name: 'Play' }).count()).toBe(1);

    await picker.selectOption('columbus/smartCorridors');
    await expect.poll(() => new URL(page.url()).searchParams.get('signalRetiming')).toBe('true');
    expect(new URL(page.url()).searchParams.get('smoke')).toBeNull();
    expect(new URL(page.url()).pathname).toBe('/air');
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.close();
  });

  it('only the page scrolls, never the document (the header and clock stay on screen); the tab names the page', async () => {
    for (const [path, name] of [
      ['/', 'Overview'],
      ['/air', 'Air'],
      ['/energy', 'Energy'],
      ['/mobility', 'Mobility'],
      ['/policy', 'Policy'],
      ['/data', 'Data'],
    ] as const) {
      const { page, consoleErrors } = await openCheckedPage(app.browser, app.server.url);
      await page.goto(`${app.server.url}${path}?t=2026-07-15T21:30:00Z`);
      await page.locator('.card, .panel').first().waitFor();
      await page.waitForTimeout(1_500);
      const { documentHeight, windowHeight } = await page.evaluate(() => ({
        documentHeight: document.scrollingElement?.scrollHeight ?? 0,
        windowHeight: window.innerHeight,
      }));
      expect(documentHeight, path).toBeLessThanOrEqual(windowHeight);
      expect(await page.title()).toBe(`${name} · Columbus · Smart City Sandbox`);
      expect(consoleErrors).toEqual([]);
      await page.close();
    }
  });

  it('at 1280×720 the header and the control bar keep one row each, in English and Korean, with a changed scenario', async () => {
    for (const [lang, replay] of [
      ['en', 'Replay from'],
      ['ko', '다시 보기 시작'],
    ] as const) {
      const { page, consoleErrors } = await openCheckedPage(app.browser, app.server.url, { width: 1280, height: 720 });
      await page.goto(`${app.server.url}/lab?lang=${lang}&evShare=0.4&t=2026-07-15T21:30:00Z`);
      await page.locator('.scenario-button--changed').waitFor();
      // Measured in the app's own fonts: a fallback font's wider glyphs would wrap the bar for a moment.
      await page.evaluate(() => document.fonts.ready);
      const rows = await page.evaluate(() => ({
        header: document.querySelector('.shell__header')?.getBoundingClientRect().height ?? 0,
        bar: document.querySelector('.control-bar')?.getBoundingClientRect().height ?? 0,
        documentWidth: document.documentElement.scrollWidth,
      }));
      expect(rows.header, lang).toBeLessThanOrEqual(60);
      // One row of 32-px controls in 6 px of padding; a second row made it 96.
      expect(rows.bar, lang).toBeLessThanOrEqual(52);
      expect(rows.documentWidth).toBeLessThanOrEqual(1280);
      // The label that made room still names its field.
      expect(await page.getByLabel(replay).count()).toBe(1);
      expect(consoleErrors).toEqual([]);
      await page.close();
    }
  });

  it('the keyboard alone reaches every shell control, and the shortcuts work', async () => {
    const { page, consoleErrors } = await openCheckedPage(app.browser, app.server.url);
    await page.goto(`${app.server.url}/?t=2026-07-15T21:30:00Z`);
    await page.getByTestId('sim-clock').waitFor();
    const reached = new Set<string>();
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const name = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        const label = el && 'labels' in el ? (el as HTMLSelectElement).labels?.[0]?.textContent : undefined;
        return el ? (el.getAttribute('aria-label') ?? label ?? el.textContent ?? '').trim() : '';
      });
      reached.add(name);
    }
    for (const control of [
      'Step back',
      'Play',
      'Step forward',
      '60×',
      'Live',
      'Scenario',
      'City',
      'Story',
      'Keyboard shortcuts',
      'Overview',
      'Air',
      '한국어',
    ]) {
      expect(
        [...reached].some((name) => name.startsWith(control)),
        `${control} in ${[...reached].join(' | ')}`,
      ).toBe(true);
    }
    await page.locator('.brand').click();
    const start = await simMs(page);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => simMs(page)).toBe(start + MINUTE_MS);
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => page.getByRole('button', { name: '10×' }).getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor({ state: 'hidden' });
    // Closing the dialog may hand focus back to the brand link clicked above (Chromium restores the
    // previously focused element, depending on when the route's re-render lands), and Space on a
    // focused link or button is left to it by design: press Space where no control has focus.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Space');
    await expect.poll(() => page.getByRole('button', { name: 'Pause' }).count()).toBe(1);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
