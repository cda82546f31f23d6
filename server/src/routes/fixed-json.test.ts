import { describe, expect, it } from 'vitest';
import { useTestApp } from '../test/test-app';

const app = useTestApp();

describe('fixed answers: strong ETag, no-cache, 304 on If-None-Match', () => {
  it.each(['/api/openapi.json', '/api/cities', '/api/cities/testville', '/api/cities/testville/basemap'])('%s', async (url) => {
    const first = await app.inject(url);
    expect(first.statusCode).toBe(200);
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[\w-]{27}"$/);
    expect(first.headers['cache-control']).toBe('no-cache');
    // The same bytes, the same tag: a hash of the content, not a counter or a time.
    const again = await app.inject(url);
    expect(again.headers.etag).toBe(etag);
    expect(again.body).toBe(first.body);

    const current = await app.inject({ url, headers: { 'if-none-match': etag } });
    expect(current.statusCode).toBe(304);
    expect(current.body).toBe('');
    expect(current.headers.etag).toBe(etag);
    // A list holding the tag, and its weak form, match too (RFC 9110 13.1.2); another tag does not.
    expect((await app.inject({ url, headers: { 'if-none-match': `"other", W/${etag}` } })).statusCode).toBe(304);
    expect((await app.inject({ url, headers: { 'if-none-match': '"other"' } })).statusCode).toBe(200);
  });

  it('gives each city its own tag, and still 404s an unknown city', async () => {
    const city = await app.inject('/api/cities/testville');
    const basemap = await app.inject('/api/cities/testville/basemap');
    expect(city.headers.etag).not.toBe(basemap.headers.etag);
    expect((await app.refusal({ url: '/api/cities/nowhere', headers: { 'if-none-match': '*' } }, 404)).message).toContain('nowhere');
  });
});
