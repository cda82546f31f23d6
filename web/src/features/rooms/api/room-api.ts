/**
 * The room requests, typed by the rooms contract: open a room, read its board, join a team, set
 * the team's levers (with its token and the ETag of the levers it changed), run the rounds and fetch
 * the results file (with the facilitator's token). Tokens travel only in `Authorization`.
 */
import { ApiErrorSchema } from '@sandbox/shared/common/schemas';
import type { RoomBoard } from '@sandbox/shared/rooms/board';
import { roomRoutes as routes } from '@sandbox/shared/rooms/contract';
import type { RoomAction, RoomCreate, TeamLevers } from '@sandbox/shared/rooms/schemas';
import { ApiRequestError } from '../../../api/client';
import { apiWrite } from '../../../api/write-client';

export const boardKey = (code: string) => ['room-board', code] as const;

export async function createRoom(body: RoomCreate) {
  return (await apiWrite(routes.createRoom, { body })).data;
}

export async function readBoard(code: string, signal?: AbortSignal): Promise<RoomBoard> {
  return (await apiWrite(routes.getRoom, { params: { code }, ...(signal ? { signal } : {}) })).data;
}

export async function readAddresses(code: string): Promise<string[]> {
  return (await apiWrite(routes.roomAddresses, { params: { code } })).data.addresses;
}

export async function joinRoom(code: string, team?: string) {
  return (await apiWrite(routes.joinRoom, { params: { code }, body: team ? { team } : {} })).data;
}

export async function setTeamLevers(code: string, team: string, token: string, leverVersion: number, levers: TeamLevers) {
  return (await apiWrite(routes.setTeamLevers, { params: { code, team }, token, ifMatch: `"${leverVersion}"`, body: { levers } })).data;
}

export async function roomAction(code: string, token: string, action: RoomAction, round: number) {
  return (await apiWrite(routes.roomAction, { params: { code }, token, body: { action, round } })).data;
}

/** The results file's text (CSV), for the facilitator to save. */
export async function resultsCsv(code: string, token: string): Promise<string> {
  const response = await fetch(`/api/rooms/${code}/results.csv`, { headers: { authorization: `Bearer ${token}` } }).catch(() => {
    throw new ApiRequestError(0, 'network error: the server cannot be reached');
  });
  if (!response.ok) {
    const parsed = ApiErrorSchema.safeParse(await response.json().catch(() => undefined));
    throw new ApiRequestError(response.status, parsed.success ? parsed.data.message : `The server answered ${response.status}.`);
  }
  return response.text();
}
