import { EventEmitter } from 'node:events';
import type { ServerResponse } from 'node:http';
import { JOIN_CODE_ALPHABET, MINUTE_MS } from '@sandbox/shared';
import { describe, expect, it } from 'vitest';
import { joinAddresses } from './join-addresses';
import { type BuiltBoard, RoomHub } from './room-hub';
import { RoomLimits } from './room-limits';
import { bearerToken, hashToken, matchesHash, newJoinCode, newToken, sameToken } from './tokens';

describe('tokens and codes', () => {
  it('draws 256-bit tokens and six-character codes without look-alikes', () => {
    const tokens = new Set(Array.from({ length: 1000 }, newToken));
    expect(tokens.size).toBe(1000);
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    for (let i = 0; i < 200; i++) expect([...newJoinCode()].every((c) => JOIN_CODE_ALPHABET.includes(c))).toBe(true);
    expect(JOIN_CODE_ALPHABET).not.toMatch(/[01OIL]/);
  });

  it('compares tokens and the facilitator’s hash', () => {
    const token = newToken();
    expect(sameToken(token, token)).toBe(true);
    expect(sameToken(token, `${token}x`)).toBe(false);
    expect(matchesHash(token, hashToken(token))).toBe(true);
    expect(matchesHash(newToken(), hashToken(token))).toBe(false);
    expect(matchesHash(token, 'not hex')).toBe(false);
  });

  it('reads `Bearer <token>` and refuses anything else with a 401 naming Authorization', () => {
    const token = newToken();
    expect(bearerToken(`Bearer ${token}`)).toBe(token);
    for (const header of [undefined, '', token, `Basic ${token}`, 'Bearer short', `Bearer ${token} extra`])
      expect(() => bearerToken(header)).toThrow(expect.objectContaining({ status: 401, field: 'Authorization' }));
  });
});

describe('per-room limits', () => {
  it('counts per key in one-minute windows, says how long to wait, and forgets the last minute', () => {
    let now = 1000 * MINUTE_MS + 15_000;
    const limits = new RoomLimits(() => now);
    for (let i = 0; i < 3; i++) limits.take('join:ROOM01', 3, 'joins');
    limits.take('join:ROOM02', 3, 'joins');
    expect(() => limits.take('join:ROOM01', 3, 'joins')).toThrow(expect.objectContaining({ status: 429, retryAfterS: 45 }));
    now += 45_000;
    limits.take('join:ROOM01', 3, 'joins');
    expect(limits.size).toBe(1);
  });
});

describe('join addresses', () => {
  const interfaces = {
    lo: [{ address: '127.0.0.1', family: 'IPv4', internal: true }],
    eth0: [
      { address: '192.168.1.23', family: 'IPv4', internal: false },
      { address: 'fe80::1', family: 'IPv6', internal: false },
    ],
  } as never;

  it('offers the network addresses first when the server listens on every interface', () => {
    expect(joinAddresses('K7P3QX', { host: '0.0.0.0', port: 8080 }, { protocol: 'http', host: 'localhost:8080' }, interfaces)).toEqual([
      'http://192.168.1.23:8080/join/K7P3QX',
      'http://localhost:8080/join/K7P3QX',
    ]);
  });

  it('offers only the address asked when the server listens on this computer only', () => {
    expect(joinAddresses('K7P3QX', { host: 'localhost', port: 8080 }, { protocol: 'http', host: 'localhost:8080' }, interfaces)).toEqual([
      'http://localhost:8080/join/K7P3QX',
    ]);
  });
});

/** A response that records what is written to it. */
function fakeResponse() {
  const emitter = new EventEmitter() as EventEmitter & { written: string[] };
  emitter.written = [];
  Object.assign(emitter, {
    destroyed: false,
    writableLength: 0,
    write: (text: string) => emitter.written.push(text),
    end: () => emitter.emit('close'),
  });
  return emitter;
}

describe('the board hub', () => {
  it('sends the board on connect (not when Last-Event-ID has it), then each newer version once, folding changes that arrive while it reads', async () => {
    let version = 1;
    let reads = 0;
    const read = async (): Promise<BuiltBoard> => {
      reads++;
      await new Promise((resolve) => setTimeout(resolve, 5));
      return { version, json: `{"v":${version}}` };
    };
    const hub = new RoomHub(read, (error) => {
      throw error;
    });
    const a = fakeResponse();
    const b = fakeResponse();
    hub.add('ROOM01', a as unknown as ServerResponse, { version: 1, json: '{"v":1}' }, undefined);
    hub.add('ROOM01', b as unknown as ServerResponse, { version: 1, json: '{"v":1}' }, 1);
    expect(a.written).toEqual(['retry: 1000\n\n', 'id: 1\nevent: board\ndata: {"v":1}\n\n']);
    expect(b.written).toEqual(['retry: 1000\n\n']);
    version = 4;
    hub.changed({ code: 'ROOM01', version: 2 });
    hub.changed({ code: 'ROOM01', version: 3 });
    hub.changed({ code: 'ROOM01', version: 4 });
    hub.changed({ code: 'ELSEWHERE', version: 9 });
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(reads).toBe(2);
    expect(b.written).toEqual(['retry: 1000\n\n', 'id: 4\nevent: board\ndata: {"v":4}\n\n']);
    expect(hub.clientCount).toBe(2);
    a.emit('close');
    expect(hub.clientsOf('ROOM01')).toBe(1);
    hub.closeAll();
    expect(hub.clientCount).toBe(0);
  });
});
