/**
 * Accessibility with axe-core: every page, in English and in Korean, and presenter mode on a story's
 * moments, has no serious or critical violation. The clock is paused at a fixed moment so the page
 * holds still while axe reads it.
 */
import { describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/axe';
import { openCheckedPage } from '../support/browser';
import { e2eSession } from '../support/e2e-session';

const MOMENT = 't=2026-07-15T21:30:00Z';
const PAGES = ['/', '/air', '/energy', '/mobility', '/lab', '/policy', '/data', '/saved'];
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

async function check(path: string) {
  const { page } = await openCheckedPage(session.browser, session.server.url);
  await page.goto(`${session.server.url}${path}`);
  await page.locator('.shell__main').waitFor();
  await page.locator('h1').first().waitFor({ state: 'attached' });
  await page.waitForLoadState('networkidle');
  // Panels still loading would be checked half drawn.
  await page.waitForFunction(() => document.querySelectorAll('[aria-busy="true"]').length === 0, undefined, { timeout: 20_000 });
  const found = await seriousViolations(page);
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
});
