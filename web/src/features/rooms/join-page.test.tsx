import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { server, setupMockServer } from '../../test/msw';
import { renderWithProviders } from '../../test/render';
import { JoinPage } from './join-page';
import { board, CODE, revealedBoard, roomHandlers, roomStream, type Sent } from './test/room-fixture';

setupMockServer();
beforeEach(() => window.localStorage.clear());
afterEach(() => window.localStorage.clear());

const slider = () => screen.getByRole('slider', { name: 'EV share' }) as HTMLInputElement;

describe('the participant’s view', () => {
  it('takes a join code (any case, spaces allowed) and opens that room', async () => {
    server.use(...roomHandlers(() => board(), []));
    const user = userEvent.setup();
    const { router } = renderWithProviders(<JoinPage />, { path: '/join/:code?', url: '/join' });
    const join = screen.getByRole('button', { name: 'Join' }) as HTMLButtonElement;
    await user.type(screen.getByLabelText('Join code'), 'k7p');
    expect(join.disabled).toBe(true);
    await user.type(screen.getByLabelText('Join code'), ' 3qx');
    await user.click(join);
    expect(router.state.location.pathname).toBe(`/join/${CODE}`);
    expect(await screen.findByText('Pick your team')).toBeTruthy();
  });

  it('joins the team picked, keeps its token, and sends lever changes with it and the team’s ETag once a round is open', async () => {
    let current = board();
    const sent: Sent[] = [];
    server.use(...roomHandlers(() => current, sent));
    const user = userEvent.setup();
    renderWithProviders(<JoinPage />, { path: '/join/:code', url: `/join/${CODE}` });
    expect(await screen.findByText('Waiting to start')).toBeTruthy();
    expect(screen.getByText('Lowest city peak load without raising PM2.5 exposure')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: /Blue/ }));
    expect(await screen.findByText('Your team: Blue')).toBeTruthy();
    expect(sent).toEqual([{ method: 'POST', path: `/api/rooms/${CODE}/join`, authorization: null, ifMatch: null, body: { team: 't2' } }]);
    expect(JSON.parse(window.localStorage.getItem(`sandbox.rooms.member.${CODE}`) ?? '{}')).toEqual({
      team: 't2',
      token: 'team-token-123456789',
    });
    // Before the first round the levers are still, and say why.
    expect(slider().disabled).toBe(true);
    expect(screen.getByText(/has not started the first round yet/)).toBeTruthy();

    current = board({ round: 1, phase: 'open', version: 4 });
    act(() => roomStream().emit('board', current));
    expect(await screen.findByText('Round 1 of 2: set your levers')).toBeTruthy();
    expect(slider().disabled).toBe(false);
    fireEvent.change(slider(), { target: { value: '0.35' } });
    fireEvent.change(slider(), { target: { value: '0.3' } });
    expect(screen.getByText('30%')).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId('save-status').textContent).toBe('Saved'));
    // Two moves in a row are one request.
    expect(sent.slice(1)).toEqual([
      {
        method: 'PUT',
        path: `/api/rooms/${CODE}/teams/t2/levers`,
        authorization: 'Bearer team-token-123456789',
        ifMatch: '"1"',
        body: { levers: { evShare: 0.3 } },
      },
    ]);
    await user.click(screen.getByRole('checkbox', { name: 'Time-of-use EV charging' }));
    await waitFor(() => expect(sent).toHaveLength(3));
    expect(sent[2]).toMatchObject({ ifMatch: '"2"', body: { levers: { evTimeOfUse: true } } });
  });

  it('shows a teammate’s levers when both changed at once (412), and the team’s rank once revealed', async () => {
    window.localStorage.setItem(`sandbox.rooms.member.${CODE}`, JSON.stringify({ team: 't1', token: 'team-token-123456789' }));
    let current = board({ round: 1, phase: 'open' });
    const sent: Sent[] = [];
    server.use(
      ...roomHandlers(() => current, sent, {
        levers: () => {
          current = board({
            round: 1,
            phase: 'open',
            version: 5,
            teams: [
              { ...board().teams[0], levers: { evShare: 0.7, evTimeOfUse: true }, leverVersion: 2 } as never,
              board().teams[1] as never,
            ],
          });
          return HttpResponse.json({ error: 'Precondition Failed', message: 'changed' }, { status: 412 });
        },
      }),
    );
    renderWithProviders(<JoinPage />, { path: '/join/:code', url: `/join/${CODE}` });
    await screen.findByText('Your team: Red');
    fireEvent.change(slider(), { target: { value: '0.25' } });
    await waitFor(() => expect(screen.getByTestId('save-status').textContent).toContain('Someone in your team changed the levers'));
    expect(slider().value).toBe('0.7');
    expect((screen.getByRole('checkbox', { name: 'Time-of-use EV charging' }) as HTMLInputElement).checked).toBe(true);

    act(() => roomStream().emit('board', revealedBoard()));
    expect(await screen.findByText('Your team ranked 2 of 2 in round 1')).toBeTruthy();
    expect(screen.getByText('but made PM2.5 exposure worse than the baseline')).toBeTruthy();
    expect(slider().disabled).toBe(true);
  });

  it('keeps a change made while the server is away, says it is not saved yet, and sends it when the connection is back', async () => {
    window.localStorage.setItem(`sandbox.rooms.member.${CODE}`, JSON.stringify({ team: 't1', token: 'team-token-123456789' }));
    const current = board({ round: 1, phase: 'open' });
    const sent: Sent[] = [];
    let down = true;
    const red = current.teams[0];
    server.use(
      ...roomHandlers(() => current, sent, {
        levers: (body) =>
          down
            ? HttpResponse.error()
            : HttpResponse.json({ ...red, levers: { ...red?.levers, ...(body as { levers: object }).levers }, leverVersion: 2 }),
      }),
    );
    renderWithProviders(<JoinPage />, { path: '/join/:code', url: `/join/${CODE}` });
    await screen.findByText('Your team: Red');
    fireEvent.change(slider(), { target: { value: '0.7' } });
    await waitFor(() => expect(screen.getByTestId('save-status').textContent).toContain('Not saved yet'));
    // The phone keeps the value, and says beside it that the server does not have it.
    expect(slider().value).toBe('0.7');
    expect(screen.getByText('not saved yet')).toBeTruthy();
    down = false;
    act(() => void window.dispatchEvent(new Event('online')));
    await waitFor(() => expect(screen.getByTestId('save-status').textContent).toBe('Saved'));
    // Tried once while down, then once more when the browser said it was online again.
    expect(sent.at(-1)).toEqual({
      method: 'PUT',
      path: `/api/rooms/${CODE}/teams/t1/levers`,
      authorization: 'Bearer team-token-123456789',
      ifMatch: '"1"',
      body: { levers: { evShare: 0.7 } },
    });
    expect(screen.queryByText('not saved yet')).toBeNull();
  });

  it('puts the saved value back, and says the change did not count, when the round was locked before it could be sent', async () => {
    window.localStorage.setItem(`sandbox.rooms.member.${CODE}`, JSON.stringify({ team: 't1', token: 'team-token-123456789' }));
    const sent: Sent[] = [];
    server.use(...roomHandlers(() => board({ round: 1, phase: 'open' }), sent, { levers: () => HttpResponse.error() }));
    renderWithProviders(<JoinPage />, { path: '/join/:code', url: `/join/${CODE}` });
    await screen.findByText('Your team: Red');
    fireEvent.change(slider(), { target: { value: '0.7' } });
    await waitFor(() => expect(screen.getByTestId('save-status').textContent).toContain('Not saved yet'));
    // The stream comes back with the round locked: the server froze 60 %.
    act(() => roomStream().emit('board', board({ round: 1, phase: 'locked', scoring: 'pending', version: 6 })));
    await waitFor(() => expect(screen.getByTestId('save-status').textContent).toContain('Round 1 was locked before your change'));
    expect(slider().value).toBe('0.6');
    expect(screen.queryByText('not saved yet')).toBeNull();
  });

  it('after a teammate changed another lever meanwhile (412), sends this participant’s own lever again on the team’s new version', async () => {
    window.localStorage.setItem(`sandbox.rooms.member.${CODE}`, JSON.stringify({ team: 't1', token: 'team-token-123456789' }));
    const teammate = { ...board().teams[0], levers: { evShare: 0.6, evTimeOfUse: true }, leverVersion: 2 } as never;
    let current = board({ round: 1, phase: 'open' });
    const sent: Sent[] = [];
    server.use(
      ...roomHandlers(() => current, sent, {
        levers: (body) => {
          if (sent.length === 1) {
            current = board({ round: 1, phase: 'open', version: 5, teams: [teammate, board().teams[1] as never] });
            return HttpResponse.json({ error: 'Precondition Failed', message: 'changed' }, { status: 412 });
          }
          const levers = { evShare: 0.6, evTimeOfUse: true, ...(body as { levers: object }).levers };
          return HttpResponse.json({ ...board().teams[0], levers, leverVersion: 3 });
        },
      }),
    );
    renderWithProviders(<JoinPage />, { path: '/join/:code', url: `/join/${CODE}` });
    await screen.findByText('Your team: Red');
    fireEvent.change(slider(), { target: { value: '0.3' } });
    await waitFor(() => expect(screen.getByTestId('save-status').textContent).toBe('Saved'));
    expect(sent.map((s) => [s.ifMatch, s.body])).toEqual([
      ['"1"', { levers: { evShare: 0.3 } }],
      ['"2"', { levers: { evShare: 0.3 } }],
    ]);
    expect(slider().value).toBe('0.3');
    expect((screen.getByRole('checkbox', { name: 'Time-of-use EV charging' }) as HTMLInputElement).checked).toBe(true);
  });

  it('says so when there is no room with the code, in Korean too', async () => {
    server.use(...roomHandlers(() => board(), []));
    renderWithProviders(<JoinPage />, { path: '/join/:code', url: '/join/ZZZZZZ', language: 'ko' });
    expect(await screen.findByText('코드가 ZZZZZZ인 방이 없습니다. 화면의 코드를 확인하세요.')).toBeTruthy();
  });
});
