/**
 * What this browser keeps of rooms, in localStorage (the server never sends a token twice): the
 * facilitator's token of each room opened here, and for a participant the team joined and its token.
 * Nothing here goes into a URL, so a shared screenshot or link never carries a token.
 */
import { localList, readLocalJson as read, writeLocalJson as write } from '../../../state/local-json';

const FACILITATOR_KEY = 'sandbox.rooms.facilitator';
const memberKey = (code: string) => `sandbox.rooms.member.${code}`;

export interface FacilitatedRoom {
  code: string;
  name: string;
  token: string;
  createdAt: string;
}

export interface Membership {
  team: string;
  token: string;
}

const facilitated = localList<FacilitatedRoom>(FACILITATOR_KEY, 20);

/** Rooms opened in this browser, newest first. */
export const facilitatedRooms = facilitated.all;
export const rememberFacilitatedRoom = facilitated.remember;

export function facilitatorToken(code: string): string | undefined {
  return facilitatedRooms().find((r) => r.code === code)?.token;
}

export function membership(code: string): Membership | undefined {
  const found = read<Membership>(memberKey(code));
  return found && typeof found.team === 'string' && typeof found.token === 'string' ? found : undefined;
}

export function rememberMembership(code: string, member: Membership): void {
  write(memberKey(code), member);
}

export function forgetMembership(code: string): void {
  try {
    window.localStorage.removeItem(memberKey(code));
  } catch {
    // Nothing kept, nothing to forget.
  }
}
