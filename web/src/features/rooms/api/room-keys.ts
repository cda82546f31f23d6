/**
 * What this browser keeps of rooms, in localStorage (the server never sends a token twice): the
 * facilitator's token of each room opened here, and for a participant the team joined and its token.
 * Nothing here goes into a URL, so a shared screenshot or link never carries a token.
 */
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

function read<T>(key: string): T | undefined {
  try {
    const text = window.localStorage.getItem(key);
    return text ? (JSON.parse(text) as T) : undefined;
  } catch {
    return undefined;
  }
}

function write(key: string, value: unknown): void {
  try {
    window.localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Private mode or a full storage: the room still works for this page's lifetime.
  }
}

/** Rooms opened in this browser, newest first. */
export function facilitatedRooms(): FacilitatedRoom[] {
  const list = read<FacilitatedRoom[]>(FACILITATOR_KEY);
  return Array.isArray(list) ? list : [];
}

export function rememberFacilitatedRoom(room: FacilitatedRoom): void {
  write(FACILITATOR_KEY, [room, ...facilitatedRooms().filter((r) => r.code !== room.code)].slice(0, 20));
}

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
