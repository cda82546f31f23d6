/**
 * A bench-only HTTP proxy in front of the real app that multiplies the vehicles in every live frame
 * (`/api/stream` events and `/api/snapshot`) up to a target count, so the real Mobility page can be
 * measured with more vehicles than the engine puts on the Columbus corridors (~900 at the evening
 * peak). Each copy keeps its vehicle's id with a suffix (stable across frames, so the page still
 * interpolates it) and sits a little to the side of the original, so copies do not overlap on
 * screen. Everything else passes through untouched. Product code has no switch for this.
 */
import { createServer, type IncomingMessage, request, type Server, type ServerResponse } from 'node:http';
import type { StreamFrame } from '@sandbox/shared';

/** Side step between copies, degrees (≈ 60 m east and 45 m north). */
const STEP_DEG = 0.0006;

/** The frame's vehicles repeated (or cut) to exactly `target`; unchanged when `target` is null. */
export function multiplyVehicles(frame: StreamFrame, target: number | null): StreamFrame {
  const v = frame.mobility?.vehicles;
  if (target === null || !frame.mobility || !v || v.id.length === 0 || v.id.length === target) return frame;
  const n = v.id.length;
  const out: typeof v = { id: [], kind: [], lng: [], lat: [], speedMps: [], headingDeg: [], connected: [] };
  for (let i = 0; i < target; i++) {
    const k = Math.floor(i / n);
    const j = i % n;
    out.id.push(k === 0 ? (v.id[j] as string) : `${v.id[j]}-${k}`);
    out.kind.push(v.kind[j] as (typeof v.kind)[number]);
    out.lng.push((v.lng[j] as number) + k * STEP_DEG);
    out.lat.push((v.lat[j] as number) + k * STEP_DEG * 0.75);
    out.speedMps.push(v.speedMps[j] as number);
    out.headingDeg.push(v.headingDeg[j] as number);
    out.connected.push(v.connected[j] as boolean);
  }
  return { ...frame, mobility: { ...frame.mobility, vehicles: out } };
}

export interface VehicleProxy {
  url: string;
  /** Vehicles in the last frame sent to the page (after multiplying). */
  lastCount: () => number;
  setTarget: (target: number | null) => void;
  close: () => Promise<void>;
}

/** Rewrites the `data:` line of each `frame` event in an SSE text block. */
function rewriteEvent(block: string, rewrite: (frame: StreamFrame) => StreamFrame): string {
  if (!/^event: frame$/m.test(block)) return block;
  return block.replace(/^data: (.*)$/m, (_, json: string) => `data: ${JSON.stringify(rewrite(JSON.parse(json) as StreamFrame))}`);
}

export async function startVehicleProxy(upstream: string, initialTarget: number | null): Promise<VehicleProxy> {
  let target = initialTarget;
  let lastCount = 0;
  const rewrite = (frame: StreamFrame) => {
    const out = multiplyVehicles(frame, target);
    lastCount = out.mobility?.vehicles.id.length ?? lastCount;
    return out;
  };
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = req.url ?? '/';
    const live = path.startsWith('/api/stream') || path.startsWith('/api/snapshot');
    const headers = { ...req.headers, host: new URL(upstream).host };
    if (live) delete headers['accept-encoding'];
    const upstreamReq = request(`${upstream}${path}`, { method: req.method, headers }, (up) => {
      if (!live) {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
        return;
      }
      const outHeaders = { ...up.headers };
      delete outHeaders['content-length'];
      res.writeHead(up.statusCode ?? 502, outHeaders);
      up.setEncoding('utf8');
      if (path.startsWith('/api/snapshot')) {
        let body = '';
        up.on('data', (chunk: string) => {
          body += chunk;
        });
        up.on('end', () => res.end(up.statusCode === 200 ? JSON.stringify(rewrite(JSON.parse(body) as StreamFrame)) : body));
        return;
      }
      let pending = '';
      up.on('data', (chunk: string) => {
        pending += chunk;
        let cut = pending.indexOf('\n\n');
        while (cut >= 0) {
          res.write(`${rewriteEvent(pending.slice(0, cut), rewrite)}\n\n`);
          pending = pending.slice(cut + 2);
          cut = pending.indexOf('\n\n');
        }
      });
      up.on('end', () => res.end(pending));
    });
    upstreamReq.on('error', () => res.destroy());
    res.on('close', () => upstreamReq.destroy());
    req.pipe(upstreamReq);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('proxy has no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    lastCount: () => lastCount,
    setTarget: (next) => {
      target = next;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
