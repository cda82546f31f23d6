/**
 * A room while its server is down, in Chromium against the built server: a participant moves a
 * lever while the server is stopped; the phone says the change is not saved yet and keeps it; once
 * the server is back (same port, same state) the change reaches it by itself and counts in the
 * round's scores. The projector, whose facilitator pressed a button while the server was away,
 * drops the stale "cannot be reached" once its stream is live again.
 */
import { MINUTE_MS, RoomBoardSchema, RoomCreatedSchema } from '@sandbox/shared';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CheckedPage, launchBrowser, openCheckedPage } from '../support/browser';
import { freePort, type RunningServer, startServer, tempStateDir } from '../support/server';

let browser: Browser;
let server: RunningServer;
const env = { RATE_LIMIT_PER_MINUTE: '0', STATE_DIR: tempStateDir() };
let port: number;

beforeAll(async () => {
  port = await freePort();
  server = await startServer(env, port);
  browser = await launchBrowser();
}, MINUTE_MS);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const board = async (code: string) => RoomBoardSchema.parse(await (await fetch(`${server.url}/api/rooms/${code}`)).json());
const saveStatus = (page: Page) => page.getByTestId('save-status').textContent();

/** Opens a room over HTTP as the set-up page would (a story at 5 % EVs, teams Red and Blue). */
async function openRoom() {
  const res = await fetch(`${server.url}/api/rooms`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      name: 'Offline check',
      story: 'baseline',
      scenario: { city: 'columbus', levers: { evShare: 0.2 } },
      window: { from: '2026-07-15T20:00:00Z', to: '2026-07-16T02:00:00Z' },
      levers: [{ id: 'evShare', min: 0.2, max: 0.8 }],
      objective: { kpi: 'peakLoad', guards: [] },
      rounds: 1,
      teams: ['Red', 'Blue'],
    }),
  });
  expect(res.status, await res.clone().text()).toBe(201);
  return RoomCreatedSchema.parse(await res.json());
}

/** Console errors of the attempts made while the server was down are expected; nothing else is. */
function forgiveRefused(checked: CheckedPage) {
  const during = checked.consoleErrors.splice(0);
  for (const error of during)
    expect(error).toMatch(/ERR_CONNECTION_REFUSED|ERR_EMPTY_RESPONSE|ERR_CONNECTION_RESET|Failed to load resource/);
}

describe('a room while its server is down', () => {
  it('keeps a participant’s change made while the server was down, sends it once it is back, and scores it', {
    timeout: 240_000,
  }, async () => {
    const created = await openRoom();
    const { code } = created.board;
    const projector = await openCheckedPage(browser, server.url, { width: 1280, height: 720 });
    await projector.page.addInitScript(
      ([room, token]) =>
        localStorage.setItem('sandbox.rooms.facilitator', JSON.stringify([{ code: room, name: 'Offline check', token, createdAt: '' }])),
      [code, created.facilitatorToken] as const,
    );
    await projector.page.goto(`${server.url}/rooms/${code}?lang=en`);
    const phone = await openCheckedPage(browser, server.url, { width: 390, height: 844 });
    await phone.page.goto(`${server.url}/join/${code}?lang=en`);
    await phone.page.getByRole('button', { name: /^Red/ }).click();
    await phone.page.getByText('Your team: Red').waitFor();
    await projector.page.getByRole('button', { name: 'Start round 1' }).click();
    await phone.page.getByText('Round 1 of 1: set your levers').waitFor();

    await server.stop();
    await phone.page.getByRole('slider', { name: 'EV share' }).fill('0.7');
    await expect.poll(() => saveStatus(phone.page), { timeout: 15_000 }).toContain('Not saved yet');
    await phone.page.getByText('not saved yet', { exact: true }).waitFor();
    // The facilitator presses on while the server is away: the projector says why it did not work.
    await projector.page.getByRole('button', { name: 'Lock round 1' }).click();
    await projector.page.getByText('network error: the server cannot be reached').waitFor();

    server = await startServer(env, port);
    // Sent by itself once the server is back: no one touched the phone again.
    await expect.poll(async () => (await board(code)).teams[0]?.levers.evShare, { timeout: 30_000 }).toBe(0.7);
    await expect.poll(() => saveStatus(phone.page), { timeout: 15_000 }).toBe('Saved');
    await phone.page.getByText('not saved yet', { exact: true }).waitFor({ state: 'detached' });
    await projector.page.getByText('Live', { exact: true }).waitFor({ timeout: 30_000 });
    await projector.page.getByText('network error: the server cannot be reached').waitFor({ state: 'detached', timeout: 5_000 });

    await projector.page.getByRole('button', { name: 'Lock round 1' }).click();
    const reveal = projector.page.getByRole('button', { name: 'Reveal round 1' });
    await expect.poll(() => reveal.isEnabled(), { timeout: 120_000 }).toBe(true);
    await reveal.click();
    await projector.page.getByTestId('ranking-1').waitFor();
    const result = (await board(code)).results[0];
    expect(result?.teams.find((t) => t.team === 't1')?.levers).toEqual({ evShare: 0.7 });
    await phone.page.getByTestId('team-rank').waitFor();
    expect(await saveStatus(phone.page)).toBe('');
    forgiveRefused(projector);
    forgiveRefused(phone);
  });
});
