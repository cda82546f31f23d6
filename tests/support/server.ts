/**
 * Starts the real, built server (`server/dist/main.mjs`) on a free port, as a user would run it,
 * and stops it with SIGTERM. Suites that cross the HTTP boundary use this, never `inject`.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const serverEntry = `${repoRoot}server/dist/main.mjs`;

/** A fresh, empty embedded store for each server a test starts (never the repository's state/ folder). */
export const tempStateDir = () => mkdtempSync(join(tmpdir(), 'sandbox-state-'));

export async function freePort(): Promise<number> {
  const probe = createServer();
  probe.listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const address = probe.address();
  probe.close();
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** Gathers a child's stdout and stderr as one string (for assertions and failure messages). */
function collectOutput(child: ChildProcess): () => string {
  let output = '';
  const append = (chunk: Buffer) => {
    output += chunk;
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  return () => output;
}

export interface RunningServer {
  url: string;
  process: ChildProcess;
  output: () => string;
  stop: () => Promise<number | null>;
}

/** Spawns the server with extra environment (on a free port unless given one); resolves once /api/health answers. */
export async function startServer(env: Record<string, string> = {}, fixedPort?: number): Promise<RunningServer> {
  if (!existsSync(serverEntry)) throw new Error(`${serverEntry} is missing: run \`pnpm build\` first`);
  const port = fixedPort ?? (await freePort());
  const child = spawn(process.execPath, [serverEntry], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', STATE_DIR: tempStateDir(), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = collectOutput(child);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000; // a loaded 2-core machine takes ~15 s to start the server
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}: ${output()}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server did not become healthy: ${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    process: child,
    output,
    stop: async () => {
      if (child.exitCode !== null) return child.exitCode;
      child.kill('SIGTERM');
      const [code] = await once(child, 'exit');
      return code as number | null;
    },
  };
}

/** Runs the server entry to completion (for bad-config cases); returns exit code and output. */
export async function runServerToExit(env: Record<string, string>, args: string[] = []): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, [serverEntry, ...args], {
    env: { ...process.env, LOG_LEVEL: 'warn', STATE_DIR: tempStateDir(), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = collectOutput(child);
  const [code] = await once(child, 'exit');
  return { code: code as number | null, output: output() };
}
