/**
 * Visual equality check for remodels: screenshots every page in both languages at 1366×768 and
 * 1920×1080 from the built server, with the clock paused at a fixed moment, then compares two such
 * sets pixel by pixel. Pages scroll inside the shell (and map pages inside their side column), so
 * besides the full-page shot each scrolling element is shot again one screen further down until its end.
 *
 *   pnpm build
 *   pnpm --filter @sandbox/tests exec tsx support/screenshots.ts capture /tmp/shots/before
 *   (change something, pnpm build)
 *   pnpm --filter @sandbox/tests exec tsx support/screenshots.ts capture /tmp/shots/after
 *   pnpm --filter @sandbox/tests exec tsx support/screenshots.ts compare /tmp/shots/before /tmp/shots/after
 *
 * WEB_DIST=<a copy of an earlier web/dist> serves that build instead (the server reads it), so one
 * checkout can shoot both sides. The server listens on SCREENSHOT_PORT (47311): the Data page shows
 * its own address. Two runs of one build still differ in a few pixels: MapLibre may place a map
 * label elsewhere, and a few anti-aliased pixels of the control bar's date field vary. The computed
 * styles (`*.styles.json.gz`, see page-styles.ts) do not vary, and are compared too.
 *
 * `compare` prints every shot with differing pixels, writes a diff image (differences in red over a
 * faded copy of the first shot) next to the second set, and exits 1 if any shot differs or is missing.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openCheckedPage, SCREENSHOT_VIEWS } from './browser';
import { packStyles, readPageStyles, styleDifferences, unpackStyles } from './page-styles';
import { startServer } from './server';

/** Every built page (the navigation order of web's pages list). */
export const SCREENSHOT_PAGES = [
  ['overview', '/'],
  ['air', '/air'],
  ['energy', '/energy'],
  ['mobility', '/mobility'],
  ['lab', '/lab'],
  ['policy', '/policy'],
  ['data', '/data'],
  // Not in the navigation: saved scenarios (opened from the Scenario panel, with none saved), and
  // what an old or mistyped link shows.
  ['saved', '/saved'],
  ['not-found', '/no-such-page'],
] as const;

/** Pages the navigation does not link to: shot on their own, left out of the tour. */
const OFF_NAVIGATION = new Set<string>(['saved', 'not-found']);

/** A paused clock at a weekday afternoon: no live data moves between two runs. */
const MOMENT = 't=2026-07-15T21:30:00Z';

/** tsx keeps function names with a `__name` helper that pages do not have: give them a no-op one. */
const KEEP_NAMES = 'window.__name = (f) => f;';

/** Takes screenshots until two in a row are identical (maps, charts and fonts have settled). */
async function settledScreenshot(page: Page): Promise<Buffer> {
  let previous = await page.screenshot({ fullPage: true });
  for (let attempt = 0; attempt < 40; attempt++) {
    await page.waitForTimeout(attempt < 2 ? 1_000 : 500);
    const next = await page.screenshot({ fullPage: true });
    if (next.equals(previous)) return next;
    previous = next;
  }
  throw new Error(`${page.url()} never settled`);
}

/** Marks every element that scrolls vertically (outermost first) and returns how many there are. */
function markScrollers(page: Page): Promise<number> {
  return page.evaluate(() => {
    const scrollers = Array.from(document.querySelectorAll<HTMLElement>('body *')).filter((element) => {
      const { overflowY } = getComputedStyle(element);
      return (overflowY === 'auto' || overflowY === 'scroll') && element.scrollHeight > element.clientHeight + 1;
    });
    scrollers.forEach((element, index) => {
      element.dataset.shotScroller = String(index);
    });
    return scrollers.length;
  });
}

/**
 * Scrolls one marked element a screen further; false once it is at its end. Its first step starts
 * from every scroller at the top, with this one brought into view (a table that scrolls inside a
 * scrolling column is shot where it is, not out of sight).
 */
function scrollOnce(page: Page, index: number, first: boolean): Promise<boolean> {
  return page.evaluate(
    ({ index, first }) => {
      const element = document.querySelector<HTMLElement>(`[data-shot-scroller="${index}"]`);
      if (!element) return false;
      if (first) {
        for (const other of Array.from(document.querySelectorAll<HTMLElement>('[data-shot-scroller]'))) other.scrollTop = 0;
        if (index > 0) element.scrollIntoView({ block: 'nearest' });
      }
      const before = element.scrollTop;
      element.scrollTop = before + element.clientHeight;
      return element.scrollTop > before;
    },
    { index, first },
  );
}

async function waitForPage(page: Page): Promise<void> {
  await page.locator('.shell__main').waitFor();
  await page.evaluate(() => document.fonts.ready);
  // Loading spinners and "loading" placeholders are gone.
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"], .spinner, .page-loading'), null, { timeout: 30_000 });
}

async function capturePage(
  browser: Browser,
  origin: string,
  outDir: string,
  name: string,
  path: string,
  view: (typeof SCREENSHOT_VIEWS)[number],
) {
  const [lang, width, height] = view;
  const { page, consoleErrors } = await openCheckedPage(browser, origin, { width, height });
  await page.addInitScript({ content: KEEP_NAMES });
  await page.goto(`${origin}${path}?${MOMENT}&lang=${lang}`);
  await waitForPage(page);
  const stem = `${name}-${lang}-${width}`;
  const shots: string[] = [];
  const save = async (suffix: string) => {
    const file = `${stem}${suffix}.png`;
    writeFileSync(join(outDir, file), await settledScreenshot(page));
    shots.push(file);
  };
  await save('');
  writeFileSync(join(outDir, `${stem}.styles.json.gz`), packStyles(await readPageStyles(page)));
  const scrollers = await markScrollers(page);
  for (let index = 0; index < scrollers; index++) {
    for (let step = 1; step <= 30 && (await scrollOnce(page, index, step === 1)); step++) await save(`-scroll${index}-${step}`);
  }
  if (consoleErrors.length > 0) console.warn(`${stem}: console errors`, consoleErrors);
  await page.close();
  return shots;
}

/**
 * The page reached through the navigation after visiting every other page first: stylesheets of
 * lazily loaded pages stay in the document, so this is where one page's rules could leak into another.
 */
async function captureAfterTour(browser: Browser, origin: string, outDir: string, name: string, path: string) {
  const { page } = await openCheckedPage(browser, origin, { width: 1366, height: 768 });
  await page.addInitScript({ content: KEEP_NAMES });
  await page.goto(`${origin}${path}?${MOMENT}&lang=en`);
  await waitForPage(page);
  const visit = async (target: string) => {
    await page.locator(`.shell__nav a[href^="${target === '/' ? '/?' : target}"]`).click();
    await page.waitForURL((url) => url.pathname === target);
    await waitForPage(page);
  };
  for (const [other, otherPath] of SCREENSHOT_PAGES) if (otherPath !== path && !OFF_NAVIGATION.has(other)) await visit(otherPath);
  await visit(path);
  const stem = `${name}-en-1366-tour`;
  writeFileSync(join(outDir, `${stem}.png`), await settledScreenshot(page));
  writeFileSync(join(outDir, `${stem}.styles.json.gz`), packStyles(await readPageStyles(page)));
  await page.close();
}

async function capture(outDir: string) {
  mkdirSync(outDir, { recursive: true });
  // A fixed port: the Data page prints the server's address in its API example.
  const server = await startServer({ RATE_LIMIT_PER_MINUTE: '0' }, Number(process.env.SCREENSHOT_PORT ?? 47311));
  const browser = await launchBrowser();
  try {
    for (const [name, path] of SCREENSHOT_PAGES) {
      for (const view of SCREENSHOT_VIEWS) {
        const shots = await capturePage(browser, server.url, outDir, name, path, view);
        console.log(`${name} ${view.join(' ')}: ${shots.length} shots`);
      }
      if (!OFF_NAVIGATION.has(name)) await captureAfterTour(browser, server.url, outDir, name, path);
    }
  } finally {
    await browser.close();
    await server.stop();
  }
}

interface PixelDiff {
  width: number;
  height: number;
  sameSize: boolean;
  differing: number;
  diffPng: string;
}

/** Decodes both PNGs in Chromium (no PNG library needed) and counts pixels whose RGBA differ at all. */
function diffInPage(page: Page, a: Buffer, b: Buffer): Promise<PixelDiff> {
  return page.evaluate(
    async ({ a, b }) => {
      const decode = async (base64: string) => {
        const image = new Image();
        image.src = `data:image/png;base64,${base64}`;
        await image.decode();
        const canvas = new OffscreenCanvas(image.naturalWidth, image.naturalHeight);
        const context = canvas.getContext('2d');
        if (!context) throw new Error('no 2d context');
        context.drawImage(image, 0, 0);
        return context.getImageData(0, 0, canvas.width, canvas.height);
      };
      const [first, second] = await Promise.all([decode(a), decode(b)]);
      const width = Math.max(first.width, second.width);
      const height = Math.max(first.height, second.height);
      const sameSize = first.width === second.width && first.height === second.height;
      const out = new ImageData(width, height);
      let differing = 0;
      for (let y = 0; y < height; y++) {
        for (let x = 0; x < width; x++) {
          const inFirst = x < first.width && y < first.height;
          const inSecond = x < second.width && y < second.height;
          const i = (y * first.width + x) * 4;
          const j = (y * second.width + x) * 4;
          const o = (y * width + x) * 4;
          let same = inFirst && inSecond;
          for (let c = 0; same && c < 4; c++) same = first.data[i + c] === second.data[j + c];
          if (!same) differing++;
          const grey = inFirst ? 255 - (255 - (first.data[i] ?? 0)) / 4 : 255;
          out.data.set(same ? [grey, grey, grey, 255] : [255, 0, 0, 255], o);
        }
      }
      const canvas = new OffscreenCanvas(width, height);
      canvas.getContext('2d')?.putImageData(out, 0, 0);
      const blob = await canvas.convertToBlob({ type: 'image/png' });
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let binary = '';
      for (let k = 0; k < bytes.length; k += 0x8000) binary += String.fromCharCode(...bytes.subarray(k, k + 0x8000));
      return { width, height, sameSize, differing, diffPng: btoa(binary) };
    },
    { a: a.toString('base64'), b: b.toString('base64') },
  );
}

async function compare(beforeDir: string, afterDir: string) {
  const pngs = (dir: string) => readdirSync(dir).filter((file) => file.endsWith('.png'));
  const before = pngs(beforeDir);
  const after = new Set(pngs(afterDir));
  const diffDir = join(afterDir, 'diff');
  mkdirSync(diffDir, { recursive: true });
  const browser = await launchBrowser();
  const page = await browser.newPage();
  await page.evaluate(KEEP_NAMES);
  let failures = 0;
  try {
    for (const file of [...after].filter((file) => !before.includes(file))) {
      console.log(`EXTRA   ${file}`);
      failures++;
    }
    for (const file of before) {
      if (!after.has(file)) {
        console.log(`MISSING ${file}`);
        failures++;
        continue;
      }
      const a = readFileSync(join(beforeDir, file));
      const b = readFileSync(join(afterDir, file));
      if (a.equals(b)) continue;
      const diff = await diffInPage(page, a, b);
      if (diff.differing === 0 && diff.sameSize) continue;
      failures++;
      writeFileSync(join(diffDir, file), Buffer.from(diff.diffPng, 'base64'));
      const share = ((100 * diff.differing) / (diff.width * diff.height)).toFixed(3);
      console.log(`DIFFERS ${file}: ${diff.differing} pixels (${share}%)${diff.sameSize ? '' : ', sizes differ'}`);
    }
    for (const file of readdirSync(beforeDir).filter((file) => file.endsWith('.styles.json.gz'))) {
      if (!readdirSync(afterDir).includes(file)) continue;
      const differences = styleDifferences(
        unpackStyles(readFileSync(join(beforeDir, file))),
        unpackStyles(readFileSync(join(afterDir, file))),
      );
      if (differences.length === 0) continue;
      failures++;
      console.log(`STYLES  ${file}:\n  ${differences.join('\n  ')}`);
    }
  } finally {
    await browser.close();
  }
  console.log(`${before.length} shots compared, ${failures} differ or are missing`);
  if (failures > 0) process.exitCode = 1;
}

const [command, first, second] = process.argv.slice(2);
if (command === 'capture' && first) await capture(first);
else if (command === 'compare' && first && second) await compare(first, second);
else {
  console.error('usage: screenshots.ts capture <dir> | compare <beforeDir> <afterDir>');
  process.exitCode = 2;
}
