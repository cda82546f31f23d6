/**
 * The whole UI in Korean, in Chromium: every page renders with no missing-key markers, Hangul drawn
 * from the bundled Noto Sans KR, no console errors and nothing fetched from another origin. Also the
 * Policy page's timeline filters, a program card's link to its panel, and Korean map labels.
 * Screenshots land in tests/artifacts/ (git-ignored) for a person to look at.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openCheckedPage, SCREENSHOT_VIEWS } from '../support/browser';
import { type RunningServer, repoRoot, startServer } from '../support/server';

const artifacts = `${repoRoot}tests/artifacts`;
const PAGES = ['/', '/air', '/energy', '/mobility', '/lab', '/policy', '/data'];
/**
 * What i18next shows for a missing key: the key path itself, e.g. `policy.timeline.title`. The
 * namespaces come from the English area files, so a page added later is covered without editing this.
 */
const ENGLISH = `${repoRoot}web/src/i18n/locales/en/`;
const NAMESPACES = readdirSync(ENGLISH).flatMap((file) => Object.keys(JSON.parse(readFileSync(`${ENGLISH}${file}`, 'utf8'))));
const KEY_PATH = new RegExp(`\\b(?:${NAMESPACES.join('|')})\\.[a-zA-Z]+(?:\\.[a-zA-Z-]+)*\\b`);
const HANGUL = /[\uac00-\ud7a3]/;

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true });
  server = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function open(path: string, viewport?: { width: number; height: number }) {
  const checked = await openCheckedPage(browser, server.url, viewport);
  await checked.page.goto(`${server.url}${path}`);
  return checked;
}

/** Families of the bundled Noto Sans KR faces the page has loaded (unicode-range subsets). */
function loadedKoreanFaces(page: Page) {
  return page.evaluate(() => {
    let count = 0;
    document.fonts.forEach((face) => {
      if (face.family.includes('Noto Sans KR') && face.status === 'loaded') count++;
    });
    return count;
  });
}

describe('the Korean UI in Chromium', () => {
  it.each(PAGES)('%s renders in Korean with no missing keys, Hangul from the bundled font, offline and error-free', async (path) => {
    const { page, consoleErrors, foreignRequests } = await open(`${path}?lang=ko`);
    await page.locator('h1').first().waitFor();
    await page.waitForLoadState('networkidle');
    if (path === '/policy') await page.locator('article.event').first().waitFor();
    if (['/air', '/energy', '/mobility'].includes(path)) await page.locator('.program-card').waitFor();
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a reader sees.
    const text = await page.locator('body').innerText();
    expect(text).not.toMatch(KEY_PATH);
    expect(text).toMatch(HANGUL);
    expect(await page.locator('html').getAttribute('lang')).toBe('ko');
    await expect.poll(() => loadedKoreanFaces(page), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.close();
  });

  it('filters the timeline by agency and domain, keeps the filters in the URL, and clears them', async () => {
    const { page, consoleErrors } = await open('/policy?lang=ko');
    const events = page.locator('article.event');
    await events.first().waitFor();
    const total = await events.count();
    expect(total).toBeGreaterThan(25);

    await page.getByRole('group', { name: '기관별 보기' }).getByRole('button', { name: 'EPA' }).click();
    await expect.poll(() => page.url()).toContain('agency=epa');
    await expect.poll(() => events.count()).toBeLessThan(total);
    const tags = await events.evaluateAll((cards) => cards.map((card) => (card as HTMLElement).dataset.agencies ?? ''));
    expect(tags.length).toBeGreaterThan(0);
    for (const agencies of tags) expect(agencies.split(' ')).toContain('epa');

    // A link with the filters reproduces the view.
    await page.goto(page.url());
    await events.first().waitFor();
    expect(await events.count()).toBe(tags.length);
    expect(await page.getByRole('button', { name: 'EPA' }).getAttribute('aria-pressed')).toBe('true');

    await page.getByRole('group', { name: '분야별 보기' }).getByRole('button', { name: '에너지' }).click();
    await page.getByText('이 필터에 맞는 사건이 없습니다.').waitFor();
    await page.getByRole('button', { name: '필터 해제' }).first().click();
    await expect.poll(() => events.count()).toBe(total);
    expect(page.url()).not.toContain('agency=');
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('takes a program card’s link to its panel, keeping the language, and back to the timeline', async () => {
    const { page, consoleErrors, foreignRequests } = await open('/policy?lang=ko');
    const card = page.locator('#program-village-green-project');
    await card.getByRole('link', { name: '대기 화면에서 시뮬레이션 보기' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/air');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('ko');
    await page.getByRole('heading', { name: '대기', level: 1 }).waitFor();
    const context = page.locator('.program-card--context');
    await context.getByRole('heading', { name: '빌리지 그린 프로젝트' }).waitFor();

    await context.getByRole('link', { name: '연표에서 보기' }).click();
    await expect.poll(() => page.url()).toContain('program=village-green-project');
    await page.locator('article.event').first().waitFor();
    const ids = await page.locator('article.event').evaluateAll((cards) => cards.map((card) => card.id));
    expect(ids).toEqual(expect.arrayContaining(['event-vgp-pilot-2013', 'event-vgp-end-2019']));
    expect(ids).not.toContain('event-arra-2009');
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.close();
  });

  it('labels the map in Korean with the bundled font, and relabels when the language changes', async () => {
    const { page, consoleErrors, foreignRequests } = await open('/?lang=ko&date=2026-07-15', { width: 1366, height: 768 });
    const frame = page.locator('[data-label-language]');
    await frame.waitFor({ timeout: 30_000 });
    expect(await frame.getAttribute('data-label-language')).toBe('ko');
    // The subsets holding the label syllables were loaded before the map drew them.
    expect(await page.evaluate(() => document.fonts.check('16px "Noto Sans KR"', '사이오토강 올렌탱지강 린든 다운타운'))).toBe(true);
    await page.getByRole('heading', { name: '지도 범례' }).waitFor();
    // The map's own HTML (the credits) is set in the bundled fonts, and their Hangul is loaded, not boxes.
    const credits = page.locator('.maplibregl-ctrl-attrib');
    const creditText = (await credits.textContent()) ?? '';
    expect(creditText).toMatch(/[\uac00-\ud7a3]/);
    expect(await credits.evaluate((element) => getComputedStyle(element).fontFamily)).toMatch(/^"Noto Sans", "Noto Sans KR"/);
    expect(await page.evaluate((text) => document.fonts.check('12px "Noto Sans KR"', text), creditText)).toBe(true);
    await page.waitForTimeout(3000);
    await page.screenshot({ path: `${artifacts}/overview-ko-1366.png` });

    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => frame.getAttribute('data-label-language')).toBe('en');
    await page.getByRole('button', { name: '한국어' }).click();
    await expect.poll(() => frame.getAttribute('data-label-language')).toBe('ko');
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.close();
  });

  it.each(SCREENSHOT_VIEWS)('screenshots the Policy page in %s at %ix%i', async (lang, width, height) => {
    const { page, consoleErrors } = await open(`/policy?lang=${lang}`, { width, height });
    await page.locator('article.event').first().waitFor();
    await page.getByTestId('finalists-map').waitFor();
    await page.screenshot({ path: `${artifacts}/policy-${lang}-${width}.png` });
    await page.locator('#finalists').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${artifacts}/policy-finalists-${lang}-${width}.png` });
    await page.locator('#program-smart-grid-program').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${artifacts}/policy-smart-grid-${lang}-${width}.png` });
    // Nothing spills out sideways at this width.
    const overflow = await page.evaluate(() => {
      const main = document.querySelector('.shell__main');
      return main ? main.scrollWidth - main.clientWidth : 0;
    });
    expect(overflow).toBeLessThanOrEqual(0);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
