/**
 * What `npm start` prints once the server listens: where to open the dashboard on this machine,
 * the address the room should open when the server is shared on the network (HOST=0.0.0.0), and
 * the API docs. Pure, so the test can feed it any set of network interfaces.
 */
import type { NetworkInterfaceInfo } from 'node:os';

export interface BannerInput {
  /** HOST as configured. */
  host: string;
  /** The port actually bound (PORT=0 picks one). */
  port: number;
  /** os.networkInterfaces() */
  interfaces: NodeJS.Dict<NetworkInterfaceInfo[]>;
  version: string;
  /** MQTT publishing (MQTT_URL set): the broker with any password hidden, the topic prefix, the scenarios' names (none: every city). */
  mqtt?: { broker: string; prefix: string; scenarios: string[] } | undefined;
}

export interface Addresses {
  local: string;
  /** Addresses other machines can open; empty unless the server listens on every interface. */
  network: string[];
  docs: string;
}

const WILDCARD = new Set(['0.0.0.0', '::', '[::]']);
const LOOPBACK = new Set(['localhost', '127.0.0.1', '::1']);

const urlHost = (host: string) => (host.includes(':') ? `[${host}]` : host);

export function addresses({ host, port, interfaces }: Pick<BannerInput, 'host' | 'port' | 'interfaces'>): Addresses {
  const shared = WILDCARD.has(host);
  const local = `http://${shared || LOOPBACK.has(host) ? 'localhost' : urlHost(host)}:${port}/`;
  const network = shared
    ? Object.values(interfaces)
        .flatMap((list) => list ?? [])
        .filter((info) => info.family === 'IPv4' && !info.internal)
        .map((info) => `http://${info.address}:${port}/`)
    : [];
  return { local, network, docs: `${local}api/docs` };
}

/** The banner's lines (no colour codes: a terminal, a log file and a test read the same text). */
export function bannerLines(input: BannerInput): string[] {
  const { local, network, docs } = addresses(input);
  const lines = ['', `  Smart City Sandbox ${input.version} is ready`, '', `  Local:     ${local}`];
  if (WILDCARD.has(input.host)) {
    if (network.length === 0) lines.push('  Network:   no network address found on this machine');
    for (const url of network) lines.push(`  Network:   ${url}`);
  }
  lines.push(`  API docs:  ${docs}`);
  // Said here because the publisher's own "connected" line comes while the banner's quiet start holds info lines back.
  if (input.mqtt) {
    const what = input.mqtt.scenarios.length > 0 ? input.mqtt.scenarios.join(', ') : 'every city';
    lines.push(`  MQTT:      publishing ${what} to ${input.mqtt.broker} under ${input.mqtt.prefix}/`);
  }
  lines.push('');
  if (LOOPBACK.has(input.host)) lines.push('  Only this machine can open it; to share it on the local network: HOST=0.0.0.0 npm start');
  lines.push('  Press Ctrl+C to stop.', '');
  return lines;
}
