/**
 * A plain static file server over a folder (node:http, no fallback, no rewriting): what a workshop's
 * USB stick or any static host gives the static demo (`pnpm build:static` → dist-static/). The demo
 * routes in the URL's hash, so only files that exist are ever asked for.
 */
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { repoRoot } from './server';

export const staticDemoDir = join(repoRoot, 'dist-static');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.json': 'application/json',
  '.png': 'image/png',
};

export interface StaticServer {
  url: string;
  /** Paths asked for that had no file (the demo should never ask for one). */
  missing: string[];
  stop(): Promise<void>;
}

/** Serves `folder`; `entry` is the page that must be there (the demo's index.html, checked before starting). */
export async function serveStatic(folder = staticDemoDir, entry = 'index.html'): Promise<StaticServer> {
  if (!existsSync(join(folder, entry))) throw new Error(`${join(folder, entry)} is missing: run \`pnpm build:static\` first`);
  const missing: string[] = [];
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = normalize(join(folder, path.endsWith('/') ? `${path}index.html` : path));
    try {
      if (!file.startsWith(folder + sep)) throw new Error('outside');
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      missing.push(path);
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    missing,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
