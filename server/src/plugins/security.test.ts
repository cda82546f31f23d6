import { ApiErrorSchema } from '@sandbox/shared';
import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../test/build-test-app';
import { contentSecurityPolicy } from './security';

describe('security headers, compression, request ids and rate limits', () => {
  it('sends a content security policy that keeps everything on our origin but lets map workers run', async () => {
    const app = await buildTestApp();
    const res = await app.inject('/api/health');
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("worker-src 'self' blob:");
    expect(csp).not.toContain('mapbox');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    await app.close();
  });

  it('lets Mapbox hosts through only when a Mapbox token is configured', () => {
    expect(contentSecurityPolicy({ VITE_MAPBOX_TOKEN: 'pk.abc', FRAME_ANCESTORS: [] }).connectSrc).toContain('https://api.mapbox.com');
    expect(contentSecurityPolicy({ VITE_MAPBOX_TOKEN: undefined, FRAME_ANCESTORS: [] }).connectSrc).toEqual(["'self'"]);
  });

  it('lets no other page frame the app or call the API by default', async () => {
    const app = await buildTestApp();
    const res = await app.inject({ url: '/api/health', headers: { origin: 'https://dashboard.city.gov' } });
    expect(String(res.headers['content-security-policy'])).toContain("frame-ancestors 'self';");
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    expect(res.headers['cross-origin-resource-policy']).toBe('same-origin');
    await app.close();
  });

  it('lets the named origins frame the app (frame-ancestors, no X-Frame-Options) and call the API (CORS)', async () => {
    const app = await buildTestApp({
      FRAME_ANCESTORS: 'https://dashboard.city.gov',
      CORS_ORIGINS: 'https://dashboard.city.gov, http://localhost:5173',
    });
    const allowed = await app.inject({ url: '/api/health', headers: { origin: 'http://localhost:5173' } });
    expect(String(allowed.headers['content-security-policy'])).toContain("frame-ancestors 'self' https://dashboard.city.gov;");
    expect(allowed.headers['x-frame-options']).toBeUndefined();
    expect(allowed.headers['access-control-allow-origin']).toBe('http://localhost:5173');
    expect(allowed.headers['cross-origin-resource-policy']).toBe('cross-origin');
    const other = await app.inject({ url: '/api/health', headers: { origin: 'https://elsewhere.example' } });
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
    // A saved scenario's edit from the dashboard: the preflight lets If-Match through and the ETag back.
    const preflight = await app.inject({
      method: 'OPTIONS',
      url: '/api/scenarios/abc',
      headers: {
        origin: 'https://dashboard.city.gov',
        'access-control-request-method': 'PUT',
        'access-control-request-headers': 'content-type,if-match',
      },
    });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers['access-control-allow-methods']).toContain('PUT');
    expect(String(preflight.headers['access-control-allow-headers']).toLowerCase()).toContain('if-match');
    expect(String(allowed.headers['access-control-expose-headers'])).toContain('ETag');
    await app.close();
  });

  it('compresses large JSON for clients that accept it', async () => {
    const app = await buildTestApp();
    const res = await app.inject({ url: '/api/cities/testville', headers: { 'accept-encoding': 'br' } });
    expect(res.headers['content-encoding']).toBe('br');
    await app.close();
  });

  it('keeps a sane caller request id and makes one otherwise', async () => {
    const app = await buildTestApp();
    expect((await app.inject({ url: '/api/health', headers: { 'x-request-id': 'abc-123' } })).headers['x-request-id']).toBe('abc-123');
    const made = (await app.inject({ url: '/api/health', headers: { 'x-request-id': 'bad id with spaces' } })).headers['x-request-id'];
    expect(made).toMatch(/^[0-9a-f-]{36}$/);
    await app.close();
  });

  it('answers 429 in the one error shape once a client exceeds its limit', async () => {
    const app = await buildTestApp({ RATE_LIMIT_PER_MINUTE: '3' });
    for (let i = 0; i < 3; i++) expect((await app.inject('/api/cities')).statusCode).toBe(200);
    const limited = await app.inject('/api/cities');
    expect(limited.statusCode).toBe(429);
    // The health check is not limited: a monitor polling it still learns the server is up.
    expect((await app.inject('/api/health')).statusCode).toBe(200);
    // SensorThings is the engine's work too; the web app's pages and files are not counted.
    expect((await app.inject('/sta/v1.1')).statusCode).toBe(429);
    for (const page of ['/', '/lessons?lang=ko', '/assets/index-abc123.js'])
      expect((await app.inject(page)).statusCode, page).not.toBe(429);
    const body = ApiErrorSchema.strict().parse(limited.json());
    expect(body.message).toContain('RATE_LIMIT_PER_MINUTE');
    // The window is a minute; what the limiter reports as `after` is the time left until it resets.
    expect(body.message, body.message).toMatch(/More than 3 requests in one minute .*; retry in \d+ (second|minute)s?\./);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    await app.close();
  });
});
