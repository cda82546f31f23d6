import { describe, expect, it } from 'vitest';
import { ConfigError, describeConfig, loadConfig } from './config';

describe('loadConfig', () => {
  it('uses defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(8080);
    expect(config.HOST).toBe('localhost');
    expect(config.DATA_DIR).toMatch(/data$/);
    expect(config.STATE_DIR).toMatch(/state$/);
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it('takes a PostgreSQL URL for the store, and names a bad one without echoing it (it may hold a password)', () => {
    const url = 'postgres://sandbox:s3cret@db.local:5432/sandbox';
    expect(loadConfig({ DATABASE_URL: url }).DATABASE_URL).toBe(url);
    expect(loadConfig({ DATABASE_URL: 'postgresql://localhost/sandbox' }).DATABASE_URL).toBe('postgresql://localhost/sandbox');
    const bad = () => loadConfig({ DATABASE_URL: 'mysql://sandbox:s3cret@db.local/sandbox' });
    expect(bad).toThrow(/DATABASE_URL=\(value hidden\): must be a PostgreSQL URL/);
    expect(bad).not.toThrow(/s3cret/);
  });

  it('logs for people by default and in JSON when asked', () => {
    expect(loadConfig({}).LOG_FORMAT).toBe('human');
    expect(loadConfig({ LOG_FORMAT: 'json' }).LOG_FORMAT).toBe('json');
  });

  it('reads PORT and HOST overrides', () => {
    expect(loadConfig({ PORT: '3000', HOST: '0.0.0.0' })).toMatchObject({ PORT: 3000, HOST: '0.0.0.0' });
  });

  it.each([
    [{ PORT: 'abc' }, /PORT="abc"/],
    [{ PORT: '70000' }, /PORT="70000"/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL="loud"/],
    [{ LOG_FORMAT: 'xml' }, /LOG_FORMAT="xml"/],
    [{ HOST: '256.1.1.1' }, /HOST="256.1.1.1": must be an IP address/],
    [{ HOST: '1.2.3' }, /HOST="1.2.3"/],
    [{ HOST: 'my host' }, /HOST="my host"/],
    [{ HOST: ':::1' }, /HOST=":::1"/],
    [{ ENGINE_WORKERS: '-1' }, /ENGINE_WORKERS="-1"/],
    [{ MEMORY_BUDGET_MB: '200' }, /MEMORY_BUDGET_MB="200": must be at least 474 with ENGINE_WORKERS=2/],
    [{ MEMORY_BUDGET_MB: '300', ENGINE_WORKERS: '8' }, /MEMORY_BUDGET_MB="300": must be at least 714 with ENGINE_WORKERS=8/],
    [{ METER_SHARE: '0' }, /METER_SHARE="0": must be more than 0/],
    [{ METER_SHARE: '1.5' }, /METER_SHARE="1.5": must be at most 1/],
    [{ METER_SHARE: 'half' }, /METER_SHARE="half"/],
  ])('rejects %o with a message naming the variable', (env, pattern) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(pattern);
  });

  it.each(['localhost', '127.0.0.1', '0.0.0.0', '::', '::1', 'my-laptop.local'])('accepts HOST=%s', (host) => {
    expect(loadConfig({ HOST: host }).HOST).toBe(host);
  });

  it('accepts a small budget when answers are computed in process', () => {
    expect(loadConfig({ MEMORY_BUDGET_MB: '360', ENGINE_WORKERS: '0' })).toMatchObject({ MEMORY_BUDGET_MB: 360, ENGINE_WORKERS: 0 });
  });

  it('simulates every meter by default and takes a smaller share for small machines', () => {
    expect(loadConfig({}).METER_SHARE).toBe(1);
    expect(loadConfig({ METER_SHARE: '0.05' }).METER_SHARE).toBe(0.05);
  });

  it('takes the origins allowed to embed the app and call its API, and names a bad one', () => {
    expect(loadConfig({}).CORS_ORIGINS).toEqual([]);
    expect(loadConfig({ FRAME_ANCESTORS: ' https://a.gov ,http://localhost:5173 ' }).FRAME_ANCESTORS).toEqual([
      'https://a.gov',
      'http://localhost:5173',
    ]);
    expect(loadConfig({ CORS_ORIGINS: '*' }).CORS_ORIGINS).toEqual(['*']);
    for (const bad of ['https://a.gov/', 'https://a.gov/dashboard', 'a.gov', 'ftp://a.gov', 'https://a.gov,*']) {
      expect(() => loadConfig({ CORS_ORIGINS: bad }), bad).toThrow(ConfigError);
      expect(() => loadConfig({ CORS_ORIGINS: bad }), bad).toThrow(/CORS_ORIGINS=.*origins like https:\/\/dashboard\.city\.gov/);
    }
    expect(describeConfig()).toMatch(/FRAME_ANCESTORS .*\(default: none\)/);
  });

  it('lists every setting in the help text', () => {
    for (const key of ['PORT', 'HOST', 'LOG_LEVEL', 'LOG_FORMAT', 'DATA_DIR', 'WEB_DIST', 'STATE_DIR', 'DATABASE_URL'])
      expect(describeConfig()).toContain(key);
  });
});
