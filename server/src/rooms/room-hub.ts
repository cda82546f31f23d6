/**
 * The board streams of this instance: every client of a room (the projector, the facilitator, each
 * participant) gets the whole board as one `board` event, its id the room's version, at once and
 * after every change the store announces. A room's board is read and serialized once per change for
 * all its clients; changes arriving while it is read are folded into one more read (the newest
 * board wins; no client waits behind a queue of stale ones). A client that stops reading (over
 * 1 MiB unsent) is dropped and reconnects; a comment line every 15 s keeps proxies from closing.
 */
import type { ServerResponse } from 'node:http';
import type { RoomChange } from '../store/rooms';

export interface BuiltBoard {
  version: number;
  json: string;
}

interface HubRoom {
  clients: Set<ServerResponse>;
  /** The last board sent to this room's clients. */
  last?: BuiltBoard;
  reading: boolean;
  again: boolean;
}

const HEARTBEAT_MS = 15_000;
const MAX_UNSENT_BYTES = 1 << 20;
/** What an EventSource waits before reconnecting after the server went away (a restart). */
const RETRY_MS = 1_000;

export const boardEvent = (board: BuiltBoard) => `id: ${board.version}\nevent: board\ndata: ${board.json}\n\n`;

export class RoomHub {
  private readonly rooms = new Map<string, HubRoom>();
  private readonly heartbeat: NodeJS.Timeout;

  constructor(
    private readonly read: (code: string) => Promise<BuiltBoard | undefined>,
    private readonly onError: (error: unknown) => void,
  ) {
    this.heartbeat = setInterval(() => this.broadcast(':\n\n'), HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  get clientCount(): number {
    let n = 0;
    for (const room of this.rooms.values()) n += room.clients.size;
    return n;
  }

  clientsOf(code: string): number {
    return this.rooms.get(code)?.clients.size ?? 0;
  }

  /** Adds a client that has seen `board` (already read by the route); it gets it now unless its Last-Event-ID is that version. */
  add(code: string, response: ServerResponse, board: BuiltBoard, lastEventId: number | undefined): void {
    let room = this.rooms.get(code);
    if (!room) {
      room = { clients: new Set(), reading: false, again: false };
      this.rooms.set(code, room);
    }
    const joined = room;
    if (!joined.last || joined.last.version < board.version) joined.last = board;
    joined.clients.add(response);
    response.once('close', () => {
      joined.clients.delete(response);
      if (joined.clients.size === 0 && this.rooms.get(code) === joined) this.rooms.delete(code);
    });
    this.write(response, `retry: ${RETRY_MS}\n\n`);
    const current = joined.last;
    if (lastEventId !== current.version) this.write(response, boardEvent(current));
  }

  /** The store announced a change: re-read the rooms it concerns that have clients here. */
  changed(change: RoomChange): void {
    if ('all' in change) {
      for (const code of this.rooms.keys()) this.refresh(code);
      return;
    }
    const room = this.rooms.get(change.code);
    if (room && (!room.last || room.last.version < change.version)) this.refresh(change.code);
  }

  private refresh(code: string): void {
    const room = this.rooms.get(code);
    if (!room) return;
    if (room.reading) {
      room.again = true;
      return;
    }
    room.reading = true;
    this.read(code)
      .then((board) => {
        if (board && (!room.last || board.version > room.last.version)) {
          room.last = board;
          const event = boardEvent(board);
          for (const client of room.clients) this.write(client, event);
        }
      })
      .catch(this.onError)
      .finally(() => {
        room.reading = false;
        if (room.again) {
          room.again = false;
          this.refresh(code);
        }
      });
  }

  private write(response: ServerResponse, text: string): void {
    if (response.destroyed) return;
    if (response.writableLength > MAX_UNSENT_BYTES) {
      response.destroy();
      return;
    }
    response.write(text);
  }

  private broadcast(text: string): void {
    for (const room of this.rooms.values()) for (const client of room.clients) this.write(client, text);
  }

  closeAll(): void {
    clearInterval(this.heartbeat);
    for (const room of this.rooms.values()) for (const client of room.clients) client.end();
    this.rooms.clear();
  }
}
