/**
 * Room changes between server instances sharing one PostgreSQL: each write sends
 * `NOTIFY sandbox_rooms, '<instance> <code> <version>'` inside its transaction (delivered when it
 * commits, never for a rolled-back write), and every instance LISTENs on a dedicated connection,
 * kept out of the pool. Its own notifications are skipped (it told its listeners already). When the
 * connection drops it reconnects with a growing pause and then announces `{ all: true }`: changes
 * made meanwhile were not heard, so every board stream re-reads its room.
 * https://www.postgresql.org/docs/current/sql-notify.html
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { RoomChanges } from './room-changes';

export const ROOM_CHANNEL = 'sandbox_rooms';

/** A store's name in its notifications: each open store is one instance, even two in one process (tests). */
export const newInstanceId = () => randomUUID().slice(0, 8);

export const notifyPayload = (instance: string, code: string, version: number) => `${instance} ${code} ${version}`;

const RECONNECT_MS = [250, 1000, 2000, 5000, 10_000];

export interface RoomListener {
  /** Resolves once LISTEN is in place (the first connection). */
  ready: Promise<void>;
  close(): Promise<void>;
}

export function listenForRooms(url: string, instanceId: string, changes: RoomChanges, onError: (error: Error) => void): RoomListener {
  let client: pg.Client | undefined;
  let closed = false;
  let attempt = 0;
  let timer: NodeJS.Timeout | undefined;

  const onNotification = (message: pg.Notification) => {
    const [instance, code, version] = (message.payload ?? '').split(' ');
    if (!code || instance === instanceId) return;
    changes.emit({ code, version: Number(version) });
  };

  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: url, application_name: 'smart-city-sandbox rooms' });
    next.on('notification', onNotification);
    const lost = (error?: Error) => {
      if (client !== next) return;
      client = undefined;
      next.removeAllListeners('notification');
      next.end().catch(() => undefined);
      if (error) onError(error);
      if (!closed) reconnect();
    };
    next.on('error', lost);
    next.on('end', () => lost());
    await next.connect();
    if (closed) {
      await next.end();
      return;
    }
    client = next;
    await next.query(`LISTEN ${ROOM_CHANNEL}`);
  };

  const reconnect = () => {
    const pause = RECONNECT_MS[Math.min(attempt++, RECONNECT_MS.length - 1)];
    timer = setTimeout(() => {
      connect().then(
        () => {
          attempt = 0;
          changes.emit({ all: true });
        },
        (error: Error) => {
          onError(error);
          if (!closed) reconnect();
        },
      );
    }, pause);
    timer.unref();
  };

  const ready = connect().catch((error: Error) => {
    onError(error);
    if (!closed) reconnect();
  });

  return {
    ready,
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      const current = client;
      client = undefined;
      await current?.end().catch(() => undefined);
    },
  };
}
