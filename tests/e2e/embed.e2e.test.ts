/**
 * Embeds and CORS as a city's dashboard meets them: a page on another origin shows /embed/<panel>
 * in an iframe only when the server's FRAME_ANCESTORS names that origin, and may call the API only
 * when CORS_ORIGINS does. One app server with both settings naming the host page, one with neither.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/axe';
import { launchBrowser, openCheckedPage } from '../support/browser';
import { type HostPage, startHostPage } from '../support/host-page';
import { type RunningServer, startServer } from '../support/server';

const EMBED = '/embed/pm25?t=2026-07-15T16:00:00Z&station=south-school';
const AQI = '/api/air/aqi?at=2026-07-15T16:00:00Z';

let host: HostPage;
let allowed: RunningServer;
let closed: RunningServer;
let browser: Browser;

beforeAll(async () => {
  host = await startHostPage();
  [allowed, closed, browser] = await Promise.all([
    startServer({ RATE_LIMIT_PER_MINUTE: '0', FRAME_ANCESTORS: host.origin, CORS_ORIGINS: host.origin }),
    startServer({ RATE_LIMIT_PER_MINUTE: '0', FRAME_ANCESTORS: '', CORS_ORIGINS: '' }),
    launchBrowser(),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([allowed?.stop(), closed?.stop(), host?.stop()]);
});

/** The host page framing the embed of `app`, with every console message of the page and its frame. */
async function openHost(app: RunningServer): Promise<{ page: Page; console: string[] }> {
  const page = await browser.newPage({ viewport: { width: 800, height: 600 } });
  const console: string[] = [];
  page.on('console', (message) => console.push(`${message.type()}: ${message.text()} (${message.location().url})`));
  page.on('pageerror', (error) => console.push(`page error: ${error.message}`));
  await page.goto(host.url(app.url, EMBED));
  return { page, console };
}

/** A fetch of the API from the host page's script: the status, or how the browser refused it. */
const fetchFromHost = (page: Page, url: string) =>
  page.evaluate(async (target) => {
    try {
      const response = await fetch(target);
      return { status: response.status, body: (await response.json()) as unknown };
    } catch (error) {
      return { refused: String(error) };
    }
  }, url);

describe('an embed in an iframe on another origin', () => {
  it('renders the panel when FRAME_ANCESTORS lists the host page', async () => {
    const { page, console } = await openHost(allowed);
    const frame = page.frameLocator('#embed');
    await expect
      .poll(() => frame.getByRole('heading', { level: 2, name: 'PM2.5', exact: true }).isVisible(), { timeout: 20_000 })
      .toBe(true);
    expect(await frame.getByRole('heading', { level: 1 }).textContent()).toBe('PM2.5');
    // The panel with its data: the chart's table toggle only appears once the data is there.
    await expect.poll(() => frame.getByRole('button', { name: 'Show the data as a table' }).isVisible()).toBe(true);
    const open = frame.getByRole('link', { name: /Open in Smart City Sandbox/ });
    expect(await open.getAttribute('target')).toBe('_blank');
    expect(await open.getAttribute('href')).toBe(`/air${EMBED.slice(EMBED.indexOf('?'))}`);
    expect(await frame.locator('nav, .control-bar, .maplibregl-map').count()).toBe(0);
    expect(console.filter((line) => line.startsWith('error') || line.startsWith('page error'))).toEqual([]);
    await page.close();
  });

  it('is refused when FRAME_ANCESTORS is empty: the frame never shows the app', async () => {
    const { page, console } = await openHost(closed);
    // Chromium's words: "Framing '<app>' violates the following Content Security Policy directive: frame-ancestors 'self'".
    await expect.poll(() => console.join('\n')).toMatch(/Framing '.*' violates .*"frame-ancestors 'self'"/);
    // The blocked frame shows Chromium's error page, not the app.
    await expect
      .poll(() =>
        page
          .frames()
          .find((f) => f !== page.mainFrame())
          ?.url(),
      )
      .toBe('chrome-error://chromewebdata/');
    expect(await page.frameLocator('#embed').getByRole('heading', { name: 'PM2.5' }).count()).toBe(0);
    await page.close();
  });
});

describe('the API from a script on another origin', () => {
  it('answers when CORS_ORIGINS lists the page', async () => {
    const { page } = await openHost(allowed);
    const result = await fetchFromHost(page, `${allowed.url}${AQI}`);
    expect(result).toMatchObject({ status: 200, body: { stations: expect.any(Array) } });
    await page.close();
  });

  it('is refused by the browser when CORS_ORIGINS does not', async () => {
    const { page } = await openHost(closed);
    const result = await fetchFromHost(page, `${closed.url}${AQI}`);
    expect(result).toEqual({ refused: expect.stringMatching(/Failed to fetch/) });
    await page.close();
  });
});

describe('an embed on its own', () => {
  it('runs its clock as the URL says (play=1): t moves on, and the link to the full page follows', async () => {
    const { page } = await openCheckedPage(browser, allowed.url, { width: 480, height: 360 });
    await page.goto(`${allowed.url}/embed/corridor-speed?t=2026-07-15T16:00:00Z&speed=900&play=1`);
    await page.getByRole('heading', { level: 2, name: 'Corridor speed' }).waitFor();
    // The URL follows a playing clock every 5 s of wall time: at 900x that is over an hour of sim time.
    await expect
      .poll(() => Date.parse(new URL(page.url()).searchParams.get('t') ?? ''), { timeout: 15_000 })
      .toBeGreaterThan(Date.parse('2026-07-15T16:30:00Z'));
    expect(await page.getByRole('link', { name: /Open in Smart City Sandbox/ }).getAttribute('href')).toMatch(/^\/mobility\?.*play=1/);
  });

  it.each([
    ['pm25', 'en'],
    ['events', 'ko'],
    ['aqi-calendar', 'ko'],
  ])('%s (%s) works from the keyboard and has no serious accessibility violation', async (name, lang) => {
    const { page } = await openCheckedPage(browser, allowed.url, { width: 480, height: 360 });
    await page.goto(`${allowed.url}/embed/${name}?t=2026-07-15T16:00:00Z&lang=${lang}`);
    const toggle = page.locator('.panel__tools button[aria-pressed]').first();
    await toggle.waitFor();
    await page.waitForFunction(() => document.querySelectorAll('[aria-busy="true"]').length === 0);
    expect(await seriousViolations(page)).toEqual([]);
    // The panel's own table toggle, reached with Tab alone and pressed with Enter.
    for (let i = 0; i < 10 && !(await toggle.evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('.panel__table table').count()).toBe(1);
  });

  it('names the valid panels for an unknown one, in Korean too', async () => {
    const { page } = await openCheckedPage(browser, allowed.url, { width: 480, height: 360 });
    await page.goto(`${allowed.url}/embed/pm10?lang=ko`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('그런 패널은 없습니다');
    expect(await page.locator('dd code').allTextContents()).toContain('pm25');
  });
});
