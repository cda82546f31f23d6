/**
 * A throw-away Mosquitto broker (Debian's `mosquitto`, installed by scripts/ensure-test-tools.mjs)
 * on a free loopback port, with its own config in a temp folder: no persistence, anonymous clients.
 * `restart()` stops it and starts a new one on the same port, as a broker restart looks to clients.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './server';

export const MOSQUITTO = process.env.MOSQUITTO_PATH || '/usr/sbin/mosquitto';

export interface Broker {
  url: string;
  port: number;
  /** The broker's process id (for its CPU time in /proc/<pid>/stat). */
  pid(): number;
  stop(): Promise<void>;
  restart(): Promise<void>;
}

/** Resolves once something accepts TCP connections on the port. */
async function waitForPort(port: number, deadlineMs = 5000): Promise<void> {
  const until = Date.now() + deadlineMs;
  for (;;) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    if (Date.now() > until) throw new Error(`mosquitto did not listen on ${port}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Why the broker cannot be started here (the MQTT suite skips with this reason), or undefined. */
export function mosquittoUnavailable(): string | undefined {
  return existsSync(MOSQUITTO) ? undefined : `${MOSQUITTO} is missing: run node scripts/ensure-test-tools.mjs mosquitto`;
}

export async function startBroker(): Promise<Broker> {
  const dir = mkdtempSync(join(tmpdir(), 'sandbox-mosquitto-'));
  const port = await freePort();
  const config = join(dir, 'mosquitto.conf');
  writeFileSync(config, [`listener ${port} 127.0.0.1`, 'allow_anonymous true', 'persistence false', 'log_dest stderr', ''].join('\n'));
  let child: ChildProcess | undefined;
  let output = '';
  const start = async () => {
    child = spawn(MOSQUITTO, ['-c', config], { stdio: ['ignore', 'ignore', 'pipe'] });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk;
    });
    await waitForPort(port).catch((error: Error) => {
      throw new Error(`${error.message}: ${output}`);
    });
  };
  const stop = async () => {
    if (!child || child.exitCode !== null) return;
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    await exited;
  };
  await start();
  return {
    url: `mqtt://127.0.0.1:${port}`,
    port,
    pid: () => child?.pid ?? 0,
    stop,
    restart: async () => {
      await stop();
      await start();
    },
  };
}
