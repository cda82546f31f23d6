/**
 * The Data page in Chromium against the built server: the series explorer painted with data (never
 * more points than the plot has pixels), its choices changing the picture and kept in the URL, its
 * table and CSV holding exactly what is drawn, every export on the downloads card answering with a
 * named file, the API card reaching the docs, a lever and the playing clock changing the data, and
 * the keyboard reaching every control; no console errors and nothing fetched from another origin.
 * Screenshots land in tests/artifacts/ for a person to look at.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { HOUR_MS as HOUR, MINUTE_MS } from '@sandbox/shared/common/time';
import { beforeAll, describe, expect, it } from 'vitest';
import { useAppInBrowser } from '../support/app-in-browser';
import { pixelStats, SCREENSHOT_VIEWS } from '../support/browser';
import { chart, control, curve, drawn, fullCsv, mean, param, points, tableColumn, title } from '../support/data-explorer';
import { repoRoot } from '../support/server';

const artifacts = `${repoRoot}tests/artifacts`;
const PAUSED = 't=2026-07-15T16:00:00Z';
const CHART_BACKGROUND = '#ffffff';
// The explorer's first two line colours (Okabe-Ito orange and sky blue).
const ORANGE = '#e69f00';
const SKY_BLUE = '#56b4e9';

const app = useAppInBrowser();

beforeAll(() => {
  mkdirSync(artifacts, { recursive: true });
});

const { open } = app;

describe('Data page in Chromium', () => {
  it('paints the series explorer with data: every station a line, thinned to the plot width', async () => {
    const { page, consoleErrors, foreignRequests } = await open(`/data?${PAUSED}`);
    await drawn(page);
    // All ten air benches by default, one line each, with their names in the legend.
    await expect.poll(() => chart(page).locator('path.recharts-curve').count()).toBe(10);
    await chart(page).locator('.recharts-legend-item', { hasText: 'Linden Park bench' }).waitFor();
    // A day of 1-minute readings (1,440 a line) is thinned on the server to the plot's width.
    expect(await points(page)).toBeLessThan(1_440);
    expect(await page.locator('.explorer .card__subtitle').textContent()).toMatch(/^10 series, at most \d+ points each/);
    const stats = await pixelStats(page, await chart(page).screenshot(), CHART_BACKGROUND, [ORANGE, SKY_BLUE]);
    expect(stats.found).toEqual({ [ORANGE]: true, [SKY_BLUE]: true });
    expect(stats.paintedShare).toBeGreaterThan(0.05);
    // The time axis is on round hours of Columbus's clock, the date at midnight.
    expect(await chart(page).locator('text.recharts-cartesian-axis-tick-value[orientation="bottom"]').allTextContents()).toContain(
      'Jul 15',
    );
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.close();
  });

  it('changes what is drawn with the stream, entity, measurement and window, and a copied URL restores them', async () => {
    const first = await open(`/data?${PAUSED}`);
    const { page } = first;
    await drawn(page);
    let before = await curve(page);

    await control(page, 'Measurement').selectOption('ozonePpb');
    await expect.poll(() => param(page, 'metric')).toBe('ozonePpb');
    await expect.poll(() => title(page)).toBe('Ozone');
    await expect.poll(() => curve(page)).not.toBe(before);

    await control(page, 'Station').selectOption({ label: 'Linden Park bench' });
    await expect.poll(() => param(page, 'entity')).toBe('linden-park-bench');
    await expect.poll(() => chart(page).locator('path.recharts-curve').count()).toBe(1);

    before = await curve(page);
    await control(page, 'Stream').selectOption('meter');
    await expect.poll(() => param(page, 'stream')).toBe('meter');
    // A new stream starts from its own defaults (its first meter, net energy), not the station's.
    await expect.poll(() => param(page, 'entity')).toBeNull();
    await expect.poll(() => title(page)).toBe('Net energy');
    // One meter's day of 15-minute reads: 96 points, far fewer than pixels, so none thinned away.
    await expect.poll(() => points(page)).toBe(96);
    // Every read is drawn: no sample note (the thinned air day above has one).
    expect(await page.getByTestId('sample-note').count()).toBe(0);
    expect(await curve(page)).not.toBe(before);

    // The program's 110,000 meters are searched, not listed: a user types part of an id and picks one
    // far beyond the first 200 (all Northland) with the keyboard.
    const meter = 'gahanna-res-08571';
    before = await curve(page);
    const picker = control(page, 'Meter');
    expect(await picker.getAttribute('role')).toBe('combobox');
    await picker.click();
    await picker.fill('gahanna res 0857');
    const choices = page.getByRole('listbox', { name: 'Meter: choices' });
    await expect.poll(() => choices.getByRole('option').first().textContent()).toBe('gahanna-res-08570');
    await expect.poll(() => page.locator('.combobox__status').textContent()).toBe('10 matches');
    await picker.press('ArrowDown');
    await picker.press('Enter');
    await expect.poll(() => param(page, 'entity')).toBe(meter);
    // The URL changes a moment before the page redraws from it.
    await expect.poll(() => picker.inputValue()).toBe(meter);
    await expect.poll(() => curve(page)).not.toBe(before);
    // Nothing matches: the list says so, and Escape keeps the meter drawn.
    await picker.fill('no such meter');
    await page.getByText('No match for “no such meter”').waitFor();
    await picker.press('Escape');
    expect(await picker.inputValue()).toBe(meter);

    await control(page, 'Window').selectOption('7d');
    await expect.poll(() => param(page, 'span')).toBe('7d');
    await expect.poll(() => points(page)).toBe(7 * 96);
    await drawn(page);
    const drawnHere = await curve(page);
    // The full-resolution export covers the same meter and week.
    const href = new URL((await fullCsv(page).getAttribute('href')) ?? '', app.server.url);
    expect(href.pathname).toBe('/api/export/meters.csv');
    expect(href.searchParams.get('meter')).toBe(meter);
    expect(Date.parse(href.searchParams.get('to') ?? '') - Date.parse(href.searchParams.get('from') ?? '')).toBe(7 * 24 * HOUR);

    const again = await open(page.url().replace(app.server.url, ''));
    await drawn(again.page);
    expect(await control(again.page, 'Stream').inputValue()).toBe('meter');
    expect(await control(again.page, 'Meter').inputValue()).toBe(meter);
    expect(await control(again.page, 'Measurement').inputValue()).toBe('kwh');
    expect(await control(again.page, 'Window').inputValue()).toBe('7d');
    expect(await title(again.page)).toBe('Net energy');
    // Same data, same width: the very same line.
    await expect.poll(() => curve(again.page)).toBe(drawnHere);

    expect(first.consoleErrors).toEqual([]);
    expect(first.foreignRequests).toEqual([]);
    expect(again.consoleErrors).toEqual([]);
    await page.close();
    await again.page.close();
  });

  it('shows what is drawn as a table and downloads exactly that as CSV; the full-resolution CSV has every minute', async () => {
    const { page, consoleErrors, foreignRequests } = await open(`/data?${PAUSED}&entity=linden-park-bench`);
    await drawn(page);
    const n = await points(page);

    await page.getByRole('button', { name: 'Show the data as a table' }).click();
    const table = page.locator('.panel__table table');
    await table.waitFor();
    expect(await table.locator('thead th').allTextContents()).toEqual(['Time', 'Linden Park bench (µg/m³)']);
    // The chart's rows, 100 a page, every page reachable; the table says what they are: a sample.
    expect(n).toBeGreaterThan(100);
    expect(await table.locator('tbody tr').count()).toBe(100);
    await page.getByText(`Rows 1–100 of ${n.toLocaleString('en-US')}`).waitFor();
    expect((await tableColumn(page)).every((v) => v >= 0 && v < 500)).toBe(true);
    const note = page.getByTestId('sample-note');
    expect(await note.textContent()).toMatch(
      /^Sample: 1 point per ~\d+(\.\d)? min of data recorded every 1 min\. Every reading is in the full-resolution CSV\.$/,
    );
    await page.getByRole('button', { name: 'Next 100 rows' }).click();
    await page.getByText(`Rows 101–200 of ${n.toLocaleString('en-US')}`).waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV of what is shown' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('columbus-air-linden-park-bench-pm25UgM3-2026-07-14T1601.csv');
    const csv = readFileSync((await download.path()) ?? '', 'utf8')
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    // Local time as shown, then ISO 8601 UTC for spreadsheets (only in the file), then the values.
    expect(csv[0]).toBe('Time,UTC,Linden Park bench (µg/m³)');
    expect(csv).toHaveLength(1 + n);
    expect(csv.slice(1).every((line) => /^"[^"]+",2026-07-1[45]T\d\d:\d\d:00\.000Z,\d+(\.\d+)?$/.test(line))).toBe(true);

    // Back to the chart from the same button.
    await page.getByRole('button', { name: 'Show the chart' }).click();
    await drawn(page);

    const full = await page.evaluate(
      async (href) => {
        const res = await fetch(href);
        return { status: res.status, text: await res.text() };
      },
      (await fullCsv(page).getAttribute('href')) ?? '',
    );
    expect(full.status).toBe(200);
    const lines = full.text.trim().split(/\r?\n/);
    expect(lines[0]).toMatch(/^station_id,time_utc,pm25_ug_m3,/);
    // Every minute of the day of this one bench, not thinned.
    expect(lines.slice(1).filter((line) => line.startsWith('linden-park-bench,'))).toHaveLength(1_440);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.close();
  });

  it('writes "no data" in the table for every minute of a dropout, a row each, and draws every minute with no sample note', async () => {
    const dropout = [{ kind: 'dropout', from: '2026-07-15T12:00:00Z', to: '2026-07-15T19:00:00Z', stationId: 'weinland-park-school' }];
    const { page, consoleErrors } = await open(
      `/data?${PAUSED}&entity=weinland-park-school&span=6h&faults=${encodeURIComponent(JSON.stringify(dropout))}`,
    );
    await chart(page).locator('path.recharts-curve').first().waitFor({ timeout: 30_000 });
    // Six hours of minutes fit the plot: nothing thinned, so no note says it is a sample.
    expect(await points(page)).toBe(360);
    expect(await page.getByTestId('sample-note').count()).toBe(0);
    await page.getByRole('button', { name: 'Show the data as a table' }).click();
    await page.getByText('Rows 1–100 of 360').waitFor();
    const cells = () => page.locator('.panel__table tbody tr td:nth-child(2)').allTextContents();
    // The window is 10:01–16:00 UTC: readings until 11:59 (row 119); from 12:00 (row 120) to its end, every minute says so.
    expect((await cells()).every((cell) => cell !== 'no data' && Number(cell) >= 0)).toBe(true);
    await page.getByRole('button', { name: 'Next 100 rows' }).click();
    const second = await cells();
    expect(second.slice(0, 19).every((cell) => cell !== 'no data')).toBe(true);
    expect(second.slice(19)).toEqual(Array(81).fill('no data'));
    await page.getByRole('button', { name: 'Next 100 rows' }).click();
    await page.getByRole('button', { name: 'Next 100 rows' }).click();
    await page.getByText('Rows 301–360 of 360').waitFor();
    expect(await cells()).toEqual(Array(60).fill('no data'));
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('answers every export link on the downloads card with a named file, and the API card reaches the docs', async () => {
    const { page, consoleErrors, foreignRequests } = await open(`/data?${PAUSED}&evShare=0.5`);
    const links = page.locator('.downloads a[download]');
    // Seven streams in two formats, and the meter's CSV and Green Button once its id has loaded.
    await expect.poll(() => links.count(), { timeout: 20_000 }).toBe(16);
    const hrefs = await links.evaluateAll((anchors) =>
      anchors.map((a) => ({ href: a.getAttribute('href') ?? '', label: (a.textContent ?? '').trim() })),
    );
    for (const { href } of hrefs) {
      const url = new URL(href, app.server.url);
      // The scenario is passed through, and the window ends at the clock.
      expect(url.searchParams.get('evShare'), href).toBe('0.5');
      expect(Date.parse(url.searchParams.get('to') ?? '') - Date.parse(PAUSED.slice(2))).toBe(MINUTE_MS);
    }
    // A small window for each (a second of BSMs, ten minutes of the rest), fetched from the page
    // itself so the content security policy and the app's origin are part of what is tested.
    const small = hrefs.map(({ href, label }) => {
      const url = new URL(href, app.server.url);
      const to = Date.parse(url.searchParams.get('to') ?? '');
      url.searchParams.set('from', new Date(to - (url.pathname.includes('/bsm.') ? 1_000 : 10 * MINUTE_MS)).toISOString());
      return { href: `${url.pathname}${url.search}`, label };
    });
    const answers = await page.evaluate(
      (list) =>
        Promise.all(
          list.map(async ({ href, label }) => {
            const res = await fetch(href);
            const text = await res.text();
            return {
              label,
              href,
              status: res.status,
              disposition: res.headers.get('content-disposition') ?? '',
              type: res.headers.get('content-type') ?? '',
              head: text.replace(/^\uFEFF/, '').split(/\r?\n/)[0] ?? '',
            };
          }),
        ),
      small,
    );
    for (const answer of answers) {
      expect(answer.status, answer.href).toBe(200);
      const ext = answer.label === 'Green Button XML' ? 'xml' : answer.label.toLowerCase();
      expect(answer.disposition, answer.href).toMatch(new RegExp(`^attachment; filename="columbus-[\\w.-]+\\.${ext}"$`));
      if (ext === 'csv') expect(answer.head, answer.href).toMatch(/^[A-Za-z_]+(,[A-Za-z_0-9]+)+$/);
      if (ext === 'ndjson' && answer.head) expect(() => JSON.parse(answer.head), answer.href).not.toThrow();
      if (ext === 'xml') expect(answer.head, answer.href).toMatch(/^<\?xml/);
    }

    // The API card: the interactive docs, the OpenAPI document and a live example.
    const docs = page.getByRole('link', { name: 'Open the API explorer' });
    expect(await docs.getAttribute('href')).toBe('/api/docs/');
    const openapi = page.getByRole('link', { name: 'OpenAPI document' });
    const example = ((await page.locator('.code-line').textContent()) ?? '').match(/'([^']+)'/)?.[1] ?? '';
    expect(example.startsWith(`${app.server.url}/api/`)).toBe(true);
    const api = await page.evaluate(
      async ([docsHref, openapiHref, exampleHref]) => {
        const [d, o, e] = await Promise.all([fetch(docsHref), fetch(openapiHref), fetch(exampleHref)]);
        return {
          docs: [d.status, await d.text()],
          openapi: [o.status, (await o.json()).openapi],
          example: [e.status, await e.json()],
        } as const;
      },
      [(await docs.getAttribute('href')) ?? '', (await openapi.getAttribute('href')) ?? '', example] as const,
    );
    expect(api.docs[0]).toBe(200);
    expect(api.docs[1]).toMatch(/swagger/i);
    expect(api.openapi).toEqual([200, expect.stringMatching(/^3\./)]);
    expect(api.example[0]).toBe(200);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.close();
  });

  it('opens the API explorer offline, without console errors', async () => {
    const { page, consoleErrors, foreignRequests } = await open('/api/docs/');
    await page.locator('.swagger-ui .info .title').waitFor({ timeout: 20_000 });
    await page.locator('.opblock').first().waitFor();
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.close();
  });

  it('a lever changes the data: wildfire smoke raises the PM2.5 shown, and its link reproduces it', async () => {
    const view = '/data?t=2026-07-15T21:30:00Z&entity=linden-park-bench&span=6h';
    const { page, consoleErrors } = await open(view);
    await drawn(page);
    await page.getByRole('button', { name: 'Show the data as a table' }).click();
    // The first of the table's pages, 100 rows.
    await expect.poll(async () => (await tableColumn(page)).length).toBe(100);
    const clean = mean(await tableColumn(page));

    await page.getByRole('button', { name: /Scenario/ }).click();
    await page.getByRole('checkbox', { name: 'Wildfire smoke' }).click();
    await page.keyboard.press('Escape');
    await expect.poll(() => param(page, 'smoke')).toBeTruthy();
    await expect.poll(async () => mean(await tableColumn(page)), { timeout: 20_000 }).toBeGreaterThan(2 * clean);
    const smoky = await tableColumn(page);
    // The exports follow the lever too.
    expect(await fullCsv(page).getAttribute('href')).toContain('smoke=');

    // The same lever given in a link: the same numbers.
    const linked = await open(page.url().replace(app.server.url, ''));
    await drawn(linked.page);
    await linked.page.getByRole('button', { name: 'Show the data as a table' }).click();
    await expect.poll(() => tableColumn(linked.page)).toEqual(smoky);
    expect(consoleErrors).toEqual([]);
    expect(linked.consoleErrors).toEqual([]);
    await page.close();
    await linked.page.close();
  });

  it('follows the clock while playing: the window moves and the line is redrawn', async () => {
    const { page, consoleErrors, foreignRequests } = await open(
      '/data?t=2026-07-15T16:00:00Z&speed=300&play=1&entity=linden-park-bench&span=6h',
    );
    await drawn(page);
    const simMs = async () => Number(await page.getByTestId('sim-clock').getAttribute('data-sim-ms'));
    const to = async () => new URL((await fullCsv(page).getAttribute('href')) ?? '', app.server.url).searchParams.get('to');
    const start = await simMs();
    const firstTo = await to();
    const firstCurve = await curve(page);
    // 300×: five sim minutes a second; the window's end moves in 15-minute steps.
    await expect.poll(async () => (await simMs()) - start, { timeout: 20_000 }).toBeGreaterThan(20 * MINUTE_MS);
    await expect.poll(to, { timeout: 20_000 }).not.toBe(firstTo);
    await expect.poll(() => curve(page), { timeout: 20_000 }).not.toBe(firstCurve);
    await drawn(page);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.close();
  });

  it('lets the keyboard alone reach every control of the page, and choose a series with it', async () => {
    const { page, consoleErrors } = await open(`/data?${PAUSED}`);
    await drawn(page);
    await expect.poll(() => page.locator('.downloads a[download]').count(), { timeout: 20_000 }).toBe(16);
    // Every focusable thing on the Data page (not the shell's), numbered so each Tab says which it is.
    const total = await page.evaluate(() => {
      const focusable = document.querySelectorAll<HTMLElement>(
        '.data-page :is(a[href], button, select, input, textarea, [tabindex]):not([tabindex="-1"]):not([disabled])',
      );
      focusable.forEach((el, i) => {
        el.dataset.kb = String(i);
      });
      return focusable.length;
    });
    // Four choices, the panel's four tools, sixteen downloads and two API links at least.
    expect(total).toBeGreaterThanOrEqual(26);
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    const reached = new Set<string>();
    for (let i = 0; i < 150 && reached.size < total; i++) {
      await page.keyboard.press('Tab');
      const kb = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.kb);
      if (kb !== undefined) reached.add(kb);
    }
    const missed = await page.evaluate(
      (seen) =>
        Array.from(document.querySelectorAll<HTMLElement>('[data-kb]'))
          .filter((el) => !seen.includes(el.dataset.kb ?? ''))
          .map((el) => `${el.tagName.toLowerCase()}:${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40)}`),
      [...reached],
    );
    expect(missed).toEqual([]);

    // Choosing with keys: a window from its list, then the table from its button.
    await control(page, 'Window').focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => param(page, 'span')).toBe('7d');
    await page.getByRole('button', { name: 'Show the data as a table' }).focus();
    await page.keyboard.press('Enter');
    await page.locator('.panel__table table').waitFor();
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it.each(SCREENSHOT_VIEWS)(
    'screenshots the page in %s at %ix%i with nothing cut off or spilling sideways',
    async (lang, width, height) => {
      const { page, consoleErrors, foreignRequests } = await open(`/data?${PAUSED}&lang=${lang}`, { width, height });
      await drawn(page);
      await expect.poll(() => page.locator('.downloads a[download]').count(), { timeout: 20_000 }).toBe(16);
      await page.waitForTimeout(500);
      await page.screenshot({ path: `${artifacts}/data-${lang}-${width}.png` });
      await page.screenshot({ path: `${artifacts}/data-${lang}-${width}-full.png`, fullPage: true });
      const overflow = await page.evaluate(() =>
        Array.from(document.querySelectorAll<HTMLElement>('.data-page *:not(.visually-hidden)'))
          .filter((el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible')
          .map((el) => el.className),
      );
      expect(overflow).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      // No choice is cut off in its box: each option, alone in a copy of its select sized to fit,
      // needs no more width than the select has.
      const clipped = await page.evaluate(() =>
        Array.from(document.querySelectorAll<HTMLSelectElement>('.explorer__controls select')).flatMap((select) =>
          Array.from(select.options)
            .filter((option) => {
              const probe = select.cloneNode(false) as HTMLSelectElement;
              probe.append(option.cloneNode(true));
              probe.removeAttribute('id');
              probe.style.cssText = 'position:absolute;visibility:hidden;width:max-content;min-width:0';
              select.parentElement?.append(probe);
              const needed = probe.offsetWidth;
              probe.remove();
              return needed > select.offsetWidth;
            })
            .map((option) => option.textContent),
        ),
      );
      expect(clipped).toEqual([]);
      expect(consoleErrors).toEqual([]);
      expect(foreignRequests).toEqual([]);
      await page.close();
    },
  );
});
