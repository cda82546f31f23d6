/**
 * A city's own page on another origin, for the embed and CORS suites: a plain HTTP server on a free
 * loopback port whose one page holds an iframe of `app` + `src` (query parameters of its address).
 * Its origin differs from the app's by the port, as a city's dashboard differs by its host.
 */

import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import { freePort } from './server';

export interface HostPage {
  origin: string;
  /** The host page's address framing `src` (a path with its query) of the app at `app`. */
  url(app: string, src: string): string;
  stop(): Promise<void>;
}

const html = (frame: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>City dashboard</title></head>
<body><h1>City dashboard</h1>
<iframe id="embed" title="Air quality" src="${frame}" width="600" height="400" style="border:0"></iframe>
</body></html>`;

export async function startHostPage(): Promise<HostPage> {
  const port = await freePort();
  const server: Server = createServer((request, response) => {
    const address = new URL(request.url ?? '/', 'http://host');
    // Anything but the page (the browser's favicon.ico) is answered empty, not with an error to log.
    if (address.pathname !== '/') return void response.writeHead(204).end();
    const frame = `${address.searchParams.get('app') ?? ''}${address.searchParams.get('src') ?? ''}`;
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html(frame.replaceAll('"', '&quot;')));
  });
  server.listen(port, '127.0.0.1');
  await once(server, 'listening');
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (app, src) => `${origin}/?${new URLSearchParams({ app, src })}`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
