/**
 * The static demo's engine: a Web Worker that builds the shared telemetry service over the bundled
 * data and answers the contract's JSON routes and the live stream, so the page's main thread only
 * draws (a cold week of mobility never freezes the UI). Answers are what the server sends: the same
 * route answerer as the component tests' mocks, frames built like the server's stream hub.
 */
import { ApiProblem } from '@sandbox/shared/common/problem';
import { inTimeRange, TIME_RANGE } from '@sandbox/shared/common/schemas';
import { contract } from '@sandbox/shared/contract';
import { StreamTopicSchema } from '@sandbox/shared/live/schemas';
import { loadDemoCities, loadDemoPolicy } from './demo-data';
import { createRouteAnswerer } from './route-answers';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

const scope = self as unknown as Worker;
const post = (reply: WorkerReply) => scope.postMessage(reply);

const answerer = createRouteAnswerer(loadDemoCities(), { policy: loadDemoPolicy(), version: 'static' });
const live = answerer.telemetry.live;
const streams = new Map<number, ReturnType<typeof setInterval>>();

const problemJson = (status: number, message: string, field?: string) =>
  JSON.stringify({
    error: status === 404 ? 'Not Found' : 'Bad Request',
    message,
    ...(field ? { issues: [{ path: field, message }] } : {}),
  });

/**
 * A stream with its own sim clock, as the server's hub runs one: frame instants on a grid of
 * `speed × intervalMs`, each frame covering the sim time since the previous one.
 */
function openStream(id: number, search: Record<string, string>) {
  const parsed = contract.stream.query.safeParse(search);
  if (!parsed.success) {
    const field = String(parsed.error.issues[0]?.path[0] ?? '');
    return post({ kind: 'stream-error', id, data: problemJson(400, `Invalid query parameter "${field}"`, field) });
  }
  const q = parsed.data;
  const topics = q.topics ?? StreamTopicSchema.options;
  const stepMs = Math.max(1, Math.round(q.speed * q.intervalMs));
  const first = Math.floor((q.start ? Date.parse(q.start) : Date.now()) / stepMs) * stepMs;
  const wallStart = Date.now();
  let last = first - stepMs;
  let sent = 0;
  const tick = () => {
    const instant = first + Math.floor((Date.now() - wallStart) / q.intervalMs) * stepMs;
    if (instant <= last) return;
    try {
      if (!inTimeRange(instant))
        throw new ApiProblem(400, `The stream's clock reached ${TIME_RANGE.to}, the end of the representable time range.`, 'start');
      const frame = live.frames.build(live.frameSource(q, topics), last, instant);
      post({ kind: 'frame', id, data: JSON.stringify(frame) });
    } catch (error) {
      close(id);
      if (!(error instanceof ApiProblem)) throw error;
      return post({ kind: 'stream-error', id, data: problemJson(error.status, error.message, error.field) });
    }
    last = instant;
    sent += 1;
    if (q.frames !== undefined && sent >= q.frames) close(id);
  };
  streams.set(id, setInterval(tick, q.intervalMs));
  tick();
}

function close(id: number) {
  clearInterval(streams.get(id));
  streams.delete(id);
}

type GetRequest = Extract<WorkerRequest, { kind: 'get' }>;

/**
 * What the map needs before it can draw (city, basemap, network) is answered first: a page asks
 * for everything at once, and one slow answer (a week of events) must not hold the map back.
 */
const FIRST: ReadonlySet<string> = new Set(['cities', 'city', 'basemap', 'mobilityNetwork', 'policy', 'usStates', 'health']);
const queue: GetRequest[] = [];
let draining = false;

function answer(request: GetRequest) {
  try {
    const { status, body } = answerer.answer(request.route, request.params, request.search);
    post({ kind: 'answer', id: request.id, status, body });
  } catch (error) {
    post({ kind: 'answer', id: request.id, status: 500, body: { error: 'Internal Server Error', message: (error as Error).message } });
  }
}

/** One answer per task, so requests that arrived meanwhile are queued (and ranked) before the next. */
function drain() {
  const index = Math.max(
    0,
    queue.findIndex((request) => FIRST.has(request.route)),
  );
  const [next] = queue.splice(index, 1);
  if (next) answer(next);
  draining = queue.length > 0;
  if (draining) setTimeout(drain, 0);
}

scope.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.kind === 'stream') return openStream(request.id, request.search);
  if (request.kind === 'close') {
    const queued = queue.findIndex((item) => item.id === request.id);
    if (queued >= 0) queue.splice(queued, 1);
    return close(request.id);
  }
  queue.push(request);
  if (!draining) {
    draining = true;
    setTimeout(drain, 0);
  }
});
