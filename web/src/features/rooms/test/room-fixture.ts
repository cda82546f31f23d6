/**
 * A room as the server answers it, for the rooms components' tests: its board (changed through
 * `board(...)`), and MSW handlers of its routes that record each request (method, path, headers,
 * body) so a test checks exactly what the page sent.
 */
import { type RoomBoard, RoomBoardSchema } from '@sandbox/shared/rooms/board';
import { HttpResponse, http } from 'msw';

export const CODE = 'K7P3QX';

export function board(overrides: Partial<RoomBoard> = {}): RoomBoard {
  return RoomBoardSchema.parse({
    code: CODE,
    name: 'Evening peak',
    story: 'electricFuture',
    city: 'testville',
    window: { from: '2026-07-15T20:00:00Z', to: '2026-07-16T02:00:00Z' },
    objective: { kpi: 'peakLoad', guards: ['pm25Exposure'] },
    levers: [{ id: 'evShare', min: 0.2, max: 0.8 }, { id: 'evTimeOfUse' }],
    baselineLevers: { evShare: 0.6, evTimeOfUse: false },
    rounds: 2,
    round: 0,
    phase: 'lobby',
    scoring: 'none',
    version: 3,
    teams: [
      { id: 't1', name: 'Red', members: 2, levers: { evShare: 0.6, evTimeOfUse: false }, leverVersion: 1, changedAt: null },
      { id: 't2', name: 'Blue', members: 1, levers: { evShare: 0.6, evTimeOfUse: false }, leverVersion: 1, changedAt: null },
    ],
    results: [],
    updatedAt: '2026-12-06T10:00:00.000Z',
    ...overrides,
  });
}

/** Round 1 revealed: Blue first (lower peak), Red second. */
export function revealedBoard(): RoomBoard {
  return board({
    round: 1,
    phase: 'revealed',
    scoring: 'done',
    version: 9,
    results: [
      {
        round: 1,
        baseline: 50_000,
        teams: [
          {
            team: 't2',
            rank: 1,
            value: 47_500,
            guardsKept: true,
            guards: [{ kpi: 'pm25Exposure', value: 9.0, baseline: 9.1, kept: true }],
            levers: { evShare: 0.3, evTimeOfUse: true },
          },
          {
            team: 't1',
            rank: 2,
            value: 46_000,
            guardsKept: false,
            guards: [{ kpi: 'pm25Exposure', value: 9.4, baseline: 9.1, kept: false }],
            levers: { evShare: 0.8, evTimeOfUse: true },
          },
        ],
      },
    ],
  });
}

export interface Sent {
  method: string;
  path: string;
  authorization: string | null;
  ifMatch: string | null;
  body: unknown;
}

/** Handlers answering `current()` as the board, recording every write. */
export function roomHandlers(current: () => RoomBoard, sent: Sent[], answers: { levers?: (body: unknown) => Response } = {}) {
  const record = async (request: Request) => {
    const body = request.method === 'GET' ? undefined : await request.clone().json();
    sent.push({
      method: request.method,
      path: new URL(request.url).pathname,
      authorization: request.headers.get('authorization'),
      ifMatch: request.headers.get('if-match'),
      body,
    });
    return body;
  };
  return [
    http.get('/api/rooms/:code', ({ params }) =>
      params.code === CODE
        ? HttpResponse.json(current())
        : HttpResponse.json({ error: 'Not Found', message: `No room "${params.code}".` }, { status: 404 }),
    ),
    http.get('/api/rooms/:code/addresses', () =>
      HttpResponse.json({ addresses: [`http://192.168.1.23:8080/join/${CODE}`, `http://localhost:8080/join/${CODE}`] }),
    ),
    http.post('/api/rooms/:code/join', async ({ request }) => {
      const body = (await record(request)) as { team?: string };
      return HttpResponse.json({ team: body.team ?? 't2', token: 'team-token-123456789', board: current() });
    }),
    http.put('/api/rooms/:code/teams/:team/levers', async ({ request, params }) => {
      const body = await record(request);
      if (answers.levers) return answers.levers(body);
      const team = current().teams.find((t) => t.id === params.team);
      const levers = { ...team?.levers, ...(body as { levers: object }).levers };
      return HttpResponse.json({ ...team, levers, leverVersion: (team?.leverVersion ?? 1) + 1, changedAt: '2026-12-06T10:01:00.000Z' });
    }),
    http.post('/api/rooms/:code/rounds', async ({ request }) => {
      await record(request);
      return HttpResponse.json(current());
    }),
  ];
}

/** The room's event stream as the page opened it (jsdom's stand-in EventSource). */
export function roomStream(): { emit(type: string, data: unknown): void; url: string } {
  const instances = (globalThis.EventSource as unknown as { instances: { url: string; emit(type: string, data: unknown): void }[] })
    .instances;
  const found = [...instances].reverse().find((source) => source.url === `/api/rooms/${CODE}/events`);
  if (!found) throw new Error('the page opened no room stream');
  return found;
}
