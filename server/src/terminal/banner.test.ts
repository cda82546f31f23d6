import type { NetworkInterfaceInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { addresses, bannerLines } from './banner';

const nic = (address: string, family: 'IPv4' | 'IPv6', internal: boolean) =>
  ({ address, family, internal, netmask: '', mac: '', cidr: null }) as NetworkInterfaceInfo;

const INTERFACES = {
  lo: [nic('127.0.0.1', 'IPv4', true), nic('::1', 'IPv6', true)],
  wlan0: [nic('192.168.1.23', 'IPv4', false), nic('fe80::1', 'IPv6', false)],
  eth0: [nic('10.0.0.5', 'IPv4', false)],
};

describe('the start-up banner', () => {
  it('on localhost: the local address, the API docs, no network address and how to share', () => {
    const lines = bannerLines({ host: 'localhost', port: 8080, interfaces: INTERFACES, version: '1.2.3' });
    const text = lines.join('\n');
    expect(text).toContain('Smart City Sandbox 1.2.3 is ready');
    expect(text).toContain('Local:     http://localhost:8080/');
    expect(text).toContain('API docs:  http://localhost:8080/api/docs');
    expect(text).not.toContain('Network:');
    expect(text).toContain('HOST=0.0.0.0 npm start');
    // Short enough to read at a glance.
    expect(lines.length).toBeLessThanOrEqual(10);
  });

  it('says where MQTT publishes when MQTT_URL is set, and nothing about MQTT otherwise', () => {
    const mqtt = { broker: 'mqtt://lab:***@broker.local:1883', prefix: 'sandbox', scenarios: [] };
    const input = { host: 'localhost', port: 8080, interfaces: INTERFACES, version: '1.2.3' };
    expect(bannerLines({ ...input, mqtt })).toContain(
      '  MQTT:      publishing every city to mqtt://lab:***@broker.local:1883 under sandbox/',
    );
    expect(bannerLines({ ...input, mqtt: { ...mqtt, scenarios: ['heat', 'smoke'] } })).toContain(
      '  MQTT:      publishing heat, smoke to mqtt://lab:***@broker.local:1883 under sandbox/',
    );
    expect(bannerLines(input).join('\n')).not.toContain('MQTT');
  });

  it('with HOST=0.0.0.0: every external IPv4 address for the room, on the bound port', () => {
    const found = addresses({ host: '0.0.0.0', port: 9000, interfaces: INTERFACES });
    expect(found).toEqual({
      local: 'http://localhost:9000/',
      network: ['http://192.168.1.23:9000/', 'http://10.0.0.5:9000/'],
      docs: 'http://localhost:9000/api/docs',
    });
    const text = bannerLines({ host: '0.0.0.0', port: 9000, interfaces: INTERFACES, version: '1' }).join('\n');
    expect(text).toContain('Network:   http://192.168.1.23:9000/');
    expect(text).toContain('Network:   http://10.0.0.5:9000/');
    expect(text).not.toContain('HOST=0.0.0.0 npm start');
  });

  it('says so when a shared server finds no network address', () => {
    const text = bannerLines({ host: '::', port: 8080, interfaces: { lo: INTERFACES.lo }, version: '1' }).join('\n');
    expect(text).toContain('Network:   no network address found');
  });

  it('names a specific address as it was given (IPv6 in brackets)', () => {
    expect(addresses({ host: '192.168.1.23', port: 80, interfaces: INTERFACES }).local).toBe('http://192.168.1.23:80/');
    expect(addresses({ host: 'fd00::2', port: 80, interfaces: INTERFACES }).local).toBe('http://[fd00::2]:80/');
    expect(addresses({ host: '127.0.0.1', port: 80, interfaces: INTERFACES }).network).toEqual([]);
  });
});
