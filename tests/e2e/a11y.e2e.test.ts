/**
 * Accessibility with axe-core: every page, in English and in Korean, and presenter mode on a story's
 * moments, and a workshop room's three views (the facilitator's form, the projector's board, the
 * participant's join and team views), has no serious or critical violation, and every drawing that
 * takes the focus (a chart's keyboard layer) has a name. The clock is paused at a
 * fixed moment so the page holds still while axe reads it.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/axe';
import { openCheckedPage } from '../support/browser';
import { e2eSession } from '../support/e2e-session';

const MOMENT = 't=2026-07-15T21:30:00Z';
const PAGES = ['/', '/air', '/energy', '/mobility', '/lab', '/policy', '/data', '/saved', '/lessons'];
const HEAT_WAVE =
  'heatWave=2026-07-12T04:00:00Z/2026-07-18T04:00:00Z&heatWaveDeltaC=8&demandResponse=2026-07-15T18:00:00Z/2026-07-15T22:00:00Z&demandResponseDepth=0.6';
/** Presenter mode: a story's moments on three pages, and the view with no story. */
const PRESENTER = [
  `/energy?presenter=1&${HEAT_WAVE}&district=northland&moment=2&t=2026-07-15T18:30:00Z&speed=60`,
  `/air?presenter=1&${HEAT_WAVE}&station=linden-park-bench&moment=3&t=2026-07-15T20:00:00Z&speed=60`,
  `/mobility?presenter=1&signalRetiming=true&transitSignalPriority=true&connectedShare=0.5&corridor=high-st&moment=1&t=2026-07-15T21:00:00Z&speed=60`,
  `/?presenter=1&evShare=0.3&${MOMENT}`,
];

const session = e2eSession();

/** The page's serious and critical violations once it has settled (its panels drawn, nothing busy). */
async function settledViolations(page: Page) {
  await page.locator('h1').first().waitFor({ state: 'attached' });
  await page.waitForLoadState('networkidle');
  // Panels still loading would be checked half drawn.
  await page.waitForFunction(() => document.querySelectorAll('[aria-busy="true"]').length === 0, undefined, { timeout: 20_000 });
  return seriousViolations(page);
}

/**
 * Drawings that take the focus (a chart's keyboard layer) but would be announced without a name:
 * axe does not ask an SVG with role "application" for one.
 */
function unnamedFocusableDrawings(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('svg[tabindex]:not([tabindex="-1"])'))
      .filter((svg) => {
        const byIds = (svg.getAttribute('aria-labelledby') ?? '')
          .split(/\s+/)
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join('');
        const name = svg.getAttribute('aria-label') ?? (byIds || svg.querySelector(':scope > title')?.textContent) ?? '';
        return name.trim() === '';
      })
      .map(
        (svg) =>
          `unnamed focusable drawing in ${svg.closest('[data-testid]')?.getAttribute('data-testid') ?? svg.parentElement?.className}`,
      ),
  );
}

async function check(path: string) {
  const { page } = await openCheckedPage(session.browser, session.server.url);
  await page.goto(`${session.server.url}${path}`);
  await page.locator('.shell__main').waitFor();
  const found = [...(await settledViolations(page)), ...(await unnamedFocusableDrawings(page))];
  await page.close();
  return found;
}

describe.each(['en', 'ko'])('axe-core in %s', (lang) => {
  it.each(PAGES)('%s has no serious or critical violation', async (path) => {
    expect(await check(`${path}?lang=${lang}&${MOMENT}`)).toEqual([]);
  });

  it.each(PRESENTER)('presenter mode %s has none either', async (path) => {
    expect(await check(`${path}&lang=${lang}`)).toEqual([]);
  });

  it("a room's form, board, join page and team view have none either", { timeout: 120_000 }, async () => {
    const { url } = session.server;
    const facilitator = (await openCheckedPage(session.browser, url, { width: 1920, height: 1080 })).page;
    await facilitator.goto(`${url}/rooms?lang=${lang}&${MOMENT}`);
    expect(await settledViolations(facilitator), 'the form').toEqual([]);
    await facilitator.locator('form.room-form button[type="submit"]').click();
    await facilitator.waitForURL(/\/rooms\/[A-Z2-9]{6}\?/);
    const code = ((await facilitator.getByTestId('join-code').textContent()) ?? '').replace(' ', '');
    expect(await settledViolations(facilitator), 'the board').toEqual([]);
    const phone = (await openCheckedPage(session.browser, url, { width: 360, height: 780 })).page;
    await phone.goto(`${url}/join/${code}?lang=${lang}`);
    await phone.locator('.team-picker__team').first().waitFor();
    expect(await settledViolations(phone), 'the join page').toEqual([]);
    await phone.locator('.team-picker__team').first().click();
    await phone.locator('.team-picker').waitFor({ state: 'detached' });
    expect(await settledViolations(phone), "the team's view").toEqual([]);
    await Promise.all([facilitator.close(), phone.close()]);
  });
});
