import { RoomCreateSchema } from '@sandbox/shared/rooms/schemas';
import { ScenarioSchema } from '@sandbox/shared/scenario/schemas';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { server, setupMockServer } from '../../test/msw';
import { renderWithProviders } from '../../test/render';
import { RoomsPage } from './rooms-page';
import { board, CODE } from './test/room-fixture';
import type { RoomStory } from './utils/room-form';

setupMockServer();
afterEach(() => window.localStorage.clear());

const STORIES: RoomStory[] = [
  { id: 'summerWeekday', name: 'A summer weekday', t: '2026-07-15T11:00:00Z', scenario: ScenarioSchema.parse({ city: 'testville' }) },
  {
    id: 'electricFuture',
    name: 'Electric future',
    t: '2026-07-15T22:00:00Z',
    scenario: ScenarioSchema.parse({ city: 'testville', levers: { evShare: 0.6, evTimeOfUse: true } }),
  },
];

describe('opening a room', () => {
  it('posts the story, its evening in the city’s time, the levers and bounds, objective, rounds and teams; then opens the room', async () => {
    const posted: unknown[] = [];
    server.use(
      http.post('/api/rooms', async ({ request }) => {
        posted.push(await request.json());
        return HttpResponse.json({ board: board(), facilitatorToken: 'facilitator-token-1234', addresses: [] }, { status: 201 });
      }),
    );
    const user = userEvent.setup();
    const { router } = renderWithProviders(<RoomsPage stories={STORIES} current={undefined} />, { url: '/rooms' });
    expect(screen.getByText('No room opened in this browser yet.')).toBeTruthy();
    expect((screen.getByLabelText("Story (the room's baseline)") as HTMLSelectElement).value).toBe('electricFuture');
    expect((screen.getByLabelText('Room name') as HTMLInputElement).value).toBe('Electric future');
    await waitFor(() => expect(screen.getByText('Wednesday, July 15, 2026, local time')).toBeTruthy());
    await user.click(screen.getByRole('checkbox', { name: 'Signal retiming' }));
    await user.click(screen.getByRole('checkbox', { name: 'Demand response' }));
    await user.selectOptions(screen.getByLabelText('Rounds'), '3');
    await user.clear(screen.getByLabelText('Teams (one per line)'));
    await user.type(screen.getByLabelText('Teams (one per line)'), 'North{Enter}South{Enter}');
    await user.click(screen.getByRole('button', { name: 'Open the room' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/rooms/${CODE}`));
    expect(posted).toEqual([
      {
        name: 'Electric future',
        story: 'electricFuture',
        scenario: STORIES[1]?.scenario,
        // 4 p.m. to 10 p.m. EDT on the story's day.
        window: { from: '2026-07-15T20:00:00.000Z', to: '2026-07-16T02:00:00.000Z' },
        levers: [{ id: 'evShare', min: 0.2, max: 0.8 }, { id: 'evTimeOfUse' }, { id: 'signalRetiming' }],
        objective: { kpi: 'peakLoad', guards: ['pm25Exposure'] },
        rounds: 3,
        teams: ['North', 'South'],
      },
    ]);
    expect(RoomCreateSchema.safeParse(posted[0]).success).toBe(true);
    expect(JSON.parse(window.localStorage.getItem('sandbox.rooms.facilitator') ?? '[]')).toEqual([
      { code: CODE, name: 'Evening peak', token: 'facilitator-token-1234', createdAt: board().updatedAt },
    ]);
  });

  it('says why a room could not be opened, and keeps the form', async () => {
    server.use(
      http.post('/api/rooms', () =>
        HttpResponse.json({ error: 'Bad Request', message: 'Invalid body field "teams": must name at least one team' }, { status: 400 }),
      ),
    );
    const user = userEvent.setup();
    renderWithProviders(<RoomsPage stories={STORIES} current="summerWeekday" />, { url: '/rooms' });
    expect((screen.getByLabelText('Room name') as HTMLInputElement).value).toBe('A summer weekday');
    await waitFor(() => expect((screen.getByRole('button', { name: 'Open the room' }) as HTMLButtonElement).disabled).toBe(false));
    await user.click(screen.getByRole('button', { name: 'Open the room' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The room could not be opened: Invalid body field "teams": must name at least one team',
    );
    expect((screen.getByRole('button', { name: 'Open the room' }) as HTMLButtonElement).disabled).toBe(false);
  });
});
