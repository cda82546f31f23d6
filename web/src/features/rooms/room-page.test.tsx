import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { server, setupMockServer } from '../../test/msw';
import { renderWithProviders } from '../../test/render';
import { RoomPage } from './room-page';
import { board, CODE, revealedBoard, roomHandlers, roomStream, type Sent } from './test/room-fixture';

setupMockServer();
beforeEach(() => window.localStorage.clear());
afterEach(() => window.localStorage.clear());

const rows = (testId: string) =>
  within(screen.getByTestId(testId))
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.textContent);

describe('a room on the projector', () => {
  it('shows how to join: the code, a QR code of the network address, and the address', async () => {
    server.use(...roomHandlers(() => board(), []));
    renderWithProviders(<RoomPage />, { path: '/rooms/:code', url: `/rooms/${CODE}` });
    expect((await screen.findByTestId('join-code')).textContent).toBe('K7P 3QX');
    // The network address, not the loopback one a phone cannot open.
    await waitFor(() => expect(screen.getByTestId('join-address').textContent).toBe(`http://192.168.1.23:8080/join/${CODE}`));
    expect(screen.getByRole('img', { name: `QR code for http://192.168.1.23:8080/join/${CODE}` })).toBeTruthy();
    expect(screen.queryByText(/Only this computer can open this address/)).toBeNull();
    expect(screen.getByText('Waiting to start')).toBeTruthy();
    // Not the browser that opened the room: the board alone.
    expect(screen.getByText(/The controls are on the screen of whoever opened the room/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Start round 1' })).toBeNull();
    expect(rows('board-teams')).toEqual(['1Red260%Offnot yet', '2Blue160%Offnot yet']);
  });

  it('follows the teams live and ranks the revealed round: value, baseline, guards in words', async () => {
    let current = board({ round: 1, phase: 'open', version: 4 });
    server.use(...roomHandlers(() => current, []));
    renderWithProviders(<RoomPage />, { path: '/rooms/:code', url: `/rooms/${CODE}` });
    await screen.findByText('Round 1 of 2: set your levers');
    expect(screen.getByText('No round revealed yet.')).toBeTruthy();
    current = board({
      round: 1,
      phase: 'open',
      version: 5,
      teams: [
        {
          ...board().teams[0],
          levers: { evShare: 0.3, evTimeOfUse: true },
          leverVersion: 2,
          changedAt: '2026-12-06T10:01:00.000Z',
        } as never,
        board().teams[1] as never,
      ],
    });
    act(() => roomStream().emit('board', current));
    await waitFor(() => expect(rows('board-teams')[0]).toMatch(/^1Red230%On\d\d:\d\d:\d\d$/));
    // An older board arriving late never replaces a newer one.
    act(() => roomStream().emit('board', board({ round: 1, phase: 'open', version: 4 })));
    expect(rows('board-teams')[0]).toMatch(/30%On/);

    act(() => roomStream().emit('board', revealedBoard()));
    expect(await screen.findByRole('heading', { name: 'Round 1 ranking' })).toBeTruthy();
    expect(screen.getByText('Baseline (the story): 50,000 kW')).toBeTruthy();
    expect(rows('ranking-1')).toEqual([
      '12Blue47,500 kW−5%PM2.5 exposure: kept (9.0 µg/m³)',
      '21Red46,000 kW−8%PM2.5 exposure: made worse (9.4 µg/m³)',
    ]);
    expect(screen.getByText('Round 1 of 2: results')).toBeTruthy();
  });

  it('gives the browser that opened the room its controls: the next step, named by round, with the facilitator’s token', async () => {
    window.localStorage.setItem(
      'sandbox.rooms.facilitator',
      JSON.stringify([{ code: CODE, name: 'Evening peak', token: 'facilitator-token-1234', createdAt: '' }]),
    );
    let current = board();
    const sent: Sent[] = [];
    server.use(...roomHandlers(() => current, sent));
    const user = userEvent.setup();
    renderWithProviders(<RoomPage />, { path: '/rooms/:code', url: `/rooms/${CODE}` });
    const start = await screen.findByRole('button', { name: 'Start round 1' });
    current = board({ round: 1, phase: 'open', version: 4 });
    await user.click(start);
    await screen.findByRole('button', { name: 'Lock round 1' });
    expect(sent).toEqual([
      {
        method: 'POST',
        path: `/api/rooms/${CODE}/rounds`,
        authorization: 'Bearer facilitator-token-1234',
        ifMatch: null,
        body: { action: 'start', round: 1 },
      },
    ]);
    act(() => roomStream().emit('board', board({ round: 1, phase: 'locked', scoring: 'pending', version: 6 })));
    const scoring = (await screen.findByRole('button', { name: 'Scoring round 1…' })) as HTMLButtonElement;
    expect(scoring.disabled).toBe(true);
    expect(screen.getByText('Round 1 of 2: locked, scoring')).toBeTruthy();
    act(() => roomStream().emit('board', board({ round: 1, phase: 'locked', scoring: 'done', version: 7 })));
    expect(((await screen.findByRole('button', { name: 'Reveal round 1' })) as HTMLButtonElement).disabled).toBe(false);
  });

  it('drops a "cannot be reached" once the room is live again, and keeps the server’s own refusals', async () => {
    window.localStorage.setItem(
      'sandbox.rooms.facilitator',
      JSON.stringify([{ code: CODE, name: 'Evening peak', token: 'facilitator-token-1234', createdAt: '' }]),
    );
    let down = true;
    server.use(
      http.post('/api/rooms/:code/rounds', () =>
        down
          ? HttpResponse.error()
          : HttpResponse.json(
              { error: 'Conflict', message: 'Round 1 has already started; the next step is to lock round 1.' },
              { status: 409 },
            ),
      ),
      ...roomHandlers(() => board(), []),
    );
    const user = userEvent.setup();
    renderWithProviders(<RoomPage />, { path: '/rooms/:code', url: `/rooms/${CODE}` });
    const start = await screen.findByRole('button', { name: 'Start round 1' });
    act(() => roomStream().emit('error', null));
    expect(screen.getByText('Reconnecting to the room…')).toBeTruthy();
    await user.click(start);
    expect((await screen.findByRole('alert')).textContent).toBe('network error: the server cannot be reached');
    act(() => roomStream().emit('open', null));
    expect(screen.getByText('Live')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    // A refusal of the server itself is still true once live: it stays.
    down = false;
    await user.click(start);
    expect((await screen.findByRole('alert')).textContent).toContain('the next step is to lock round 1');
    act(() => roomStream().emit('open', null));
    expect(screen.getByRole('alert')).toBeTruthy();
  });

  it('says on the projector when teams cannot start at the story’s value', async () => {
    server.use(...roomHandlers(() => board({ baselineLevers: { evShare: 0.05, evTimeOfUse: false } }), []));
    renderWithProviders(<RoomPage />, { path: '/rooms/:code', url: `/rooms/${CODE}`, language: 'ko' });
    expect((await screen.findByTestId('shifted-start')).textContent).toBe(
      '전기차 비율: 이야기의 값(5%)이 이 방의 범위 밖이라 팀은 20%에서 시작합니다. 아무것도 바꾸지 않은 팀도 기준과 다르게 채점됩니다.',
    );
  });

  it('reads in Korean', async () => {
    server.use(...roomHandlers(() => revealedBoard(), []));
    renderWithProviders(<RoomPage />, { path: '/rooms/:code', url: `/rooms/${CODE}`, language: 'ko' });
    expect(await screen.findByRole('heading', { name: '라운드 1 순위' })).toBeTruthy();
    expect(screen.getByText('도시 최대 부하 최소화 (조건: PM2.5 노출 증가 없음)')).toBeTruthy();
    expect(screen.getByText('라운드 1/2: 결과')).toBeTruthy();
  });
});
