import { createServer } from 'node:net';
import { describe, expect, it, vi } from 'vitest';
import { MqttPublisher, redactUrl } from './publisher';

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  const probe = createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => probe.once('listening', resolve));
  const address = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

describe('MqttPublisher without a broker', () => {
  it('skips the frames that fall due, warns once, never throws, and closes promptly', async () => {
    let now = Date.parse('2026-07-15T12:00:00Z');
    const computeFrame = vi.fn(async () => '{"t":"2026-07-15T12:00:00.000Z","from":"2026-07-15T11:59:00.000Z"}');
    const log = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
    const publisher = new MqttPublisher({
      url: `mqtt://127.0.0.1:${await closedPort()}`,
      scenarios: [
        {
          query: { city: 'columbus' },
          topics: ['air'],
          name: 'columbus',
          geography: { stations: new Map(), segments: new Map(), districts: new Map() },
        },
      ],
      speed: 60,
      startMs: now,
      intervalMs: 1000,
      format: 'both',
      qos: 0,
      retain: true,
      prefix: 'sandbox',
      computeFrame,
      log,
      now: () => now,
    });
    publisher.tick();
    now += 1000;
    publisher.tick();
    publisher.tick();
    expect(publisher.stats).toMatchObject({ connected: false, skipped: 2, frames: 0, messages: 0 });
    expect(computeFrame).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(log.warn).toHaveBeenCalled(), { timeout: 5000 });
    // One line per outage, not one per retry.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(log.warn).toHaveBeenCalledTimes(1);
    expect(log.warn.mock.calls[0]?.[0]).toMatch(/^MQTT: broker mqtt:\/\/127\.0\.0\.1:\d+ unreachable \(.+\); retrying every 1 s$/);
    const started = performance.now();
    await publisher.close();
    expect(performance.now() - started).toBeLessThan(2500);
    expect(log.error).not.toHaveBeenCalled();
  });
});

describe('redactUrl', () => {
  it('hides a password and keeps the rest', () => {
    expect(redactUrl('mqtts://sandbox:s3cret@broker.city.gov:8883')).toBe('mqtts://sandbox:***@broker.city.gov:8883');
    expect(redactUrl('mqtt://localhost:1883')).toBe('mqtt://localhost:1883');
  });
});
