import { EventEmitter } from 'node:events';
import type { Socket } from 'node:net';
import { ApiErrorSchema } from '@sandbox/shared';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../test/test-app';
import { clientErrorHandler } from './errors';

const app = useTestApp();

describe('errors raised before a route runs', () => {
  it.each([
    ['/api/%zz', 400, 'not valid'],
    ['/api/cities/%E0%A4%A', 400, 'not valid'],
    [`/api/cities/${'a'.repeat(201)}`, 414, '200 characters'],
  ])('GET %s answers %i in the one error shape', async (url, status, words) => {
    expect((await app.refusal(url, status)).message).toContain(words);
  });
});

/** A socket stand-in recording what is written before it is destroyed. */
class FakeSocket extends EventEmitter {
  written = '';
  writable = true;
  destroyed = false;
  write(text: string) {
    this.written += text;
    return true;
  }
  destroy() {
    this.destroyed = true;
  }
}

describe('bytes that are not a request Node can parse', () => {
  it.each([
    ['HPE_HEADER_OVERFLOW', 431],
    ['ERR_HTTP_REQUEST_TIMEOUT', 408],
    ['HPE_INVALID_METHOD', 400],
  ])('%s answers %i in the one error shape and closes the connection', (code, status) => {
    const socket = new FakeSocket();
    clientErrorHandler(Object.assign(new Error(code), { code }), socket as unknown as Socket);
    const [head = '', body = ''] = socket.written.split('\r\n\r\n');
    expect(head).toMatch(new RegExp(`^HTTP/1.1 ${status} `));
    expect(head).toContain('Content-Type: application/json');
    expect(head).toContain(`Content-Length: ${Buffer.byteLength(body)}`);
    expect(ApiErrorSchema.strict().parse(JSON.parse(body)).error).toBeTruthy();
    expect(socket.destroyed).toBe(true);
  });

  it('writes nothing to a connection the client already reset', () => {
    const socket = new FakeSocket();
    clientErrorHandler(Object.assign(new Error('reset'), { code: 'ECONNRESET' }), socket as unknown as Socket);
    expect(socket.written).toBe('');
  });
});
