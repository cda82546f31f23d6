/**
 * The room requests, typed by the rooms contract: open a room, read its board, join a team, set
 * the team's levers (with its token and the ETag of the levers it changed), run the rounds and fetch
 * the results file (with the facilitator's token). Tokens travel only in `Authorization`.
 */
import type { RoomBoard } from '@sandbox/shared/rooms/board';
import { roomRoutes as routes } from '@sandbox/shared/rooms/contract';
import type { RoomAction, RoomCreate, TeamLevers } from '@sandbox/shared/rooms/schemas';
import { apiText, apiWrite } from '../../../api/write-client';

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
export const resultsCsv = (code: string, token: string) => apiText(`/api/rooms/${code}/results.csv`, token);
