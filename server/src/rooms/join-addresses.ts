/**
 * Where participants open a room. A server listening on every interface (HOST=0.0.0.0 or ::) is
 * reachable from the room's network at each of this machine's non-internal IPv4 addresses: those
 * come first, since a phone cannot open "localhost". The address the asker used comes after (the
 * one that works when the server listens on this computer only, or sits behind a proxy).
 */
import { networkInterfaces } from 'node:os';

const EVERY_INTERFACE = new Set(['0.0.0.0', '::', '0:0:0:0:0:0:0:0']);

export function joinAddresses(
  code: string,
  listen: { host: string; port: number },
  asked: { protocol: string; host: string | undefined },
  interfaces: ReturnType<typeof networkInterfaces> = networkInterfaces(),
): string[] {
  const path = `/join/${code}`;
  const askedPort = asked.host && /:(\d+)$/.exec(asked.host)?.[1];
  const port = askedPort ?? String(listen.port);
  const out: string[] = [];
  if (EVERY_INTERFACE.has(listen.host)) {
    for (const list of Object.values(interfaces)) {
      for (const entry of list ?? []) {
        if (entry.family === 'IPv4' && !entry.internal) out.push(`http://${entry.address}:${port}${path}`);
      }
    }
  }
  if (asked.host) {
    const own = `${asked.protocol}://${asked.host}${path}`;
    if (!out.includes(own)) out.push(own);
  }
  return out;
}
