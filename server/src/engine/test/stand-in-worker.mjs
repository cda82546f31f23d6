// A stand-in engine thread for the pool's tests: answers every call with what it was asked and which
// thread it is, except
// `segments`, where it throws outside any handler (the thread dies, as it would on a bug or an
// out-of-memory stop), and `corridorFlow`, which holds the thread for a second and a half first.
import { parentPort, threadId } from 'node:worker_threads';

parentPort.postMessage({ ready: true });
parentPort.on('message', ({ id, method, nowMs }) => {
  if (method === 'segments') {
    setImmediate(() => {
      throw new Error('the stand-in thread fails on segments');
    });
    return;
  }
  if (method === 'corridorFlow') {
    const until = Date.now() + 1500;
    while (Date.now() < until) {
      // busy, as a cold week of flow is
    }
  }
  parentPort.postMessage({ id, body: new TextEncoder().encode(JSON.stringify({ method, nowMs, thread: threadId })) });
});
