/**
 * Headless Debian Chromium through playwright-core (no browser downloads). Every page opened here
 * records console errors, page errors and any request to an origin other than the app's, and is
 * remembered until the e2e guard (e2e-guards.ts) checks it after the test that opened it.
 */
import { type Browser, chromium, type Page } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--enable-unsafe-swiftshader',
  '--use-angle=swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** Every page is screenshot in both languages on a 1366×768 laptop and a 1920×1080 projector. */
export const SCREENSHOT_VIEWS = [
  ['en', 1366, 768],
  ['en', 1920, 1080],
  ['ko', 1366, 768],
  ['ko', 1920, 1080],
] as const;

export interface CheckedPage {
  page: Page;
  consoleErrors: string[];
  foreignRequests: string[];
}

/** SwiftShader's own performance chatter is not an application error. */
const IGNORED_CONSOLE = [/GPU stall due to ReadPixels/, /GL Driver Message/];

/** Pages opened since the guard last looked (one test's worth). */
const opened: CheckedPage[] = [];

/** Hands over the pages opened since the last call, for the guard that runs after every e2e test. */
export function takeOpenedPages(): CheckedPage[] {
  return opened.splice(0);
}

export async function openCheckedPage(browser: Browser, appOrigin: string, viewport = { width: 1366, height: 768 }): Promise<CheckedPage> {
  const page = await browser.newPage({ viewport });
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  const listen = (target: Page) => {
    target.on('console', (message) => {
      if (message.type() === 'error' && !IGNORED_CONSOLE.some((pattern) => pattern.test(message.text())))
        consoleErrors.push(message.text());
    });
    target.on('pageerror', (error) => consoleErrors.push(`page error: ${error.message}`));
  };
  listen(page);
  // A tab the page opens (a link with target=_blank) is held to the same rules.
  page.context().on('page', listen);
  // Block and record anything that leaves the app's origin, from any tab: the product must work offline.
  await page.context().route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(appOrigin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    foreignRequests.push(url);
    return route.abort('blockedbyclient');
  });
  const checked = { page, consoleErrors, foreignRequests };
  opened.push(checked);
  return checked;
}

/** The colour a fraction `t` of the way from `a` to `b` (both `#rrggbb`), as a map's colour ramp mixes them. */
export function mixColour(a: string, b: string, t: number): string {
  const channel = (hex: string, i: number) => Number.parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);
  return `#${[0, 1, 2]
    .map((i) =>
      Math.round(channel(a, i) + (channel(b, i) - channel(a, i)) * t)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/**
 * Share of a screenshot's pixels that differ from a background colour, and whether (and where first)
 * some pixel is close to each wanted colour. Decoded in the page (canvas 2D) so the suite needs no PNG library.
 * With `solid`, also the first point whose 11×11 neighbourhood is all that colour (somewhere to
 * click inside an area, not on its edge), in screenshot pixels.
 */
export async function pixelStats(page: Page, png: Buffer, background: string, wanted: string[], solid?: string) {
  return page.evaluate(
    async ({ base64, background, wanted, solid }) => {
      const hex = (value: string) => [1, 3, 5].map((i) => Number.parseInt(value.slice(i, i + 2), 16));
      // An <img> rather than fetch(): the app's CSP allows data: images but not data: connections.
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const bitmap = await createImageBitmap(image);
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no 2d context');
      context.drawImage(bitmap, 0, 0);
      const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
      const bg = hex(background);
      const targets = wanted.map(hex);
      const found = wanted.map(() => false);
      const at: ({ x: number; y: number } | null)[] = wanted.map(() => null);
      let differing = 0;
      for (let i = 0; i < data.length; i += 4) {
        const r = data[i] ?? 0;
        const g = data[i + 1] ?? 0;
        const b = data[i + 2] ?? 0;
        const [br = 0, bgG = 0, bb = 0] = bg;
        if (Math.abs(r - br) + Math.abs(g - bgG) + Math.abs(b - bb) > 24) differing++;
        targets.forEach(([tr = 0, tg = 0, tb = 0], index) => {
          if (!found[index] && Math.abs(r - tr) + Math.abs(g - tg) + Math.abs(b - tb) < 40) {
            found[index] = true;
            at[index] = { x: (i / 4) % bitmap.width, y: Math.floor(i / 4 / bitmap.width) };
          }
        });
      }
      let solidAt: { x: number; y: number } | null = null;
      if (solid) {
        const [sr = 0, sg = 0, sb = 0] = hex(solid);
        const near = (x: number, y: number) => {
          const i = (y * bitmap.width + x) * 4;
          return Math.abs((data[i] ?? 0) - sr) + Math.abs((data[i + 1] ?? 0) - sg) + Math.abs((data[i + 2] ?? 0) - sb) < 24;
        };
        for (let y = 6; y < bitmap.height - 6 && !solidAt; y += 3) {
          for (let x = 6; x < bitmap.width - 6 && !solidAt; x += 3) {
            if ([-5, 0, 5].every((dy) => [-5, 0, 5].every((dx) => near(x + dx, y + dy)))) solidAt = { x, y };
          }
        }
      }
      return {
        paintedShare: differing / (data.length / 4),
        found: Object.fromEntries(wanted.map((colour, index) => [colour, found[index]])),
        /** Where each wanted colour first appears (top to bottom), in screenshot pixels. */
        at: Object.fromEntries(wanted.map((colour, index) => [colour, at[index] ?? null])),
        solidAt,
      };
    },
    { base64: png.toString('base64'), background, wanted, solid },
  );
}
