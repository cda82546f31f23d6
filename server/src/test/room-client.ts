/** The room requests the server's room tests repeat, over `inject`, each answer parsed with its contract schema. */
import { ApiErrorSchema, JoinedSchema, RoomBoardSchema, RoomCreatedSchema, type TeamLevers } from '@sandbox/shared';
import { roomInput } from '@sandbox/shared/test-support/room-config';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';

interface Injector {
  inject(request: InjectOptions): Promise<LightMyRequestResponse>;
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

export function roomClient(app: () => Injector) {
  const inject = (request: InjectOptions) => app().inject(request);
  return {
    inject,
    /** Opens a room in the test city (two teams, rounds of an evening window). */
    async create(overrides: Parameters<typeof roomInput>[0] = {}) {
      const res = await inject({ method: 'POST', url: '/api/rooms', payload: roomInput(overrides, 'testville') as object });
      expect(res.statusCode, res.body).toBe(201);
      return RoomCreatedSchema.parse(res.json());
    },
    async board(code: string) {
      const res = await inject({ method: 'GET', url: `/api/rooms/${code}` });
      expect(res.statusCode, res.body).toBe(200);
      return RoomBoardSchema.parse(res.json());
    },
    async join(code: string, team?: string) {
      const res = await inject({ method: 'POST', url: `/api/rooms/${code}/join`, payload: team ? { team } : {} });
      expect(res.statusCode, res.body).toBe(200);
      return JoinedSchema.parse(res.json());
    },
    setLevers: (code: string, team: string, token: string | undefined, ifMatch: string | undefined, levers: TeamLevers) =>
      inject({
        method: 'PUT',
        url: `/api/rooms/${code}/teams/${team}/levers`,
        headers: { ...(token ? bearer(token) : {}), ...(ifMatch ? { 'if-match': ifMatch } : {}) },
        payload: { levers },
      }),
    act: (code: string, token: string | undefined, action: 'start' | 'lock' | 'reveal', round: number) =>
      inject({ method: 'POST', url: `/api/rooms/${code}/rounds`, headers: token ? bearer(token) : {}, payload: { action, round } }),
    /** Waits until the current round's scores are in (the engine runs in process in tests). */
    async scored(code: string) {
      for (let i = 0; i < 200; i++) {
        const res = await inject({ method: 'GET', url: `/api/rooms/${code}` });
        if (RoomBoardSchema.parse(res.json()).scoring === 'done') return;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      throw new Error(`room ${code} was never scored`);
    },
  };
}

/** The error of a refused request, in the one error shape, with the status expected. */
export function refusal(res: LightMyRequestResponse, status: number) {
  expect(res.statusCode, res.body).toBe(status);
  return ApiErrorSchema.strict().parse(res.json());
}
