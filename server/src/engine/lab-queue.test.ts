import type { LabPart } from '@sandbox/shared/lab/parts';
import { describe, expect, it } from 'vitest';
import type { Engine } from './engine';
import { LabBusyError, LabQueue, MAX_WAITING_COST_MS, type QueuedPart } from './lab-queue';

/** An engine whose calls wait until the test answers them, recording what each lane was sent. */
function heldEngine(lanes: number) {
  const calls: { lane: number; key: string; answer: (body: Uint8Array) => void; fail: (error: Error) => void }[] = [];
  const engine: Engine = {
    threads: lanes + 1,
    lanes,
    ready: async () => {},
    close: async () => {},
    call: (_method, query, _nowMs) =>
      new Promise<Uint8Array>((resolve, reject) => {
        const { lane, key } = query as unknown as { lane: number; key: string };
        calls.push({ lane, key, answer: resolve, fail: reject });
      }),
  };
  /** Answers the oldest open call of `lane` with its key, and lets the queue send the next part. */
  const answer = async (lane: number) => {
    const at = calls.findIndex((c) => c.lane === lane);
    const [call] = calls.splice(at, 1);
    call?.answer(new TextEncoder().encode(JSON.stringify(call.key)));
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { engine, calls, answer };
}

const part = (key: string, lane: number, cost = 100): QueuedPart => ({
  part: { key, query: { key } as unknown as LabPart['query'], cost, setup: { key: `s${key}`, cost: 0 } },
  lane,
  cost,
});
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the Lab queue', () => {
  it('keeps one Lab part per thread, so another route’s query waits behind one part, and answers in order', async () => {
    const { engine, calls, answer } = heldEngine(2);
    const queue = new LabQueue(engine);
    const done = queue.run([part('a0', 0), part('a1', 1), part('a2', 0), part('a3', 1)], 0, true);
    await tick();
    expect(calls.map((c) => c.key)).toEqual(['a0', 'a1']);
    await answer(0);
    expect(calls.map((c) => c.key)).toEqual(['a1', 'a2']);
    await answer(1);
    await answer(0);
    await answer(1);
    expect(await done).toEqual(['a0', 'a1', 'a2', 'a3']);
    expect(queue.waitingMs()).toBe(0);
  });

  it('lets waiting comparisons take turns part by part, so a small one is not stuck behind a big one', async () => {
    const { engine, calls, answer } = heldEngine(1);
    const queue = new LabQueue(engine);
    const big = queue.run(
      ['b0', 'b1', 'b2', 'b3'].map((k) => part(k, 0)),
      0,
      true,
    );
    let smallDone = false;
    const small = queue.run([part('s0', 0), part('s1', 0)], 0, true).then((answers) => {
      smallDone = true;
      return answers;
    });
    const sent: string[] = [];
    while (!smallDone) {
      await tick();
      sent.push(calls[0]?.key as string);
      await answer(0);
    }
    expect(sent).toEqual(['b0', 's0', 'b1', 's1']);
    expect(await small).toEqual(['s0', 's1']);
    await answer(0);
    await answer(0);
    expect(await big).toEqual(['b0', 'b1', 'b2', 'b3']);
  });

  it('refuses a comparison while too much Lab work waits (503, Retry-After), always takes one when idle and a room’s round', async () => {
    const { engine, answer } = heldEngine(2);
    const queue = new LabQueue(engine);
    const huge = [part('h0', 0, MAX_WAITING_COST_MS), part('h1', 1, MAX_WAITING_COST_MS)];
    const first = queue.run(huge, 0, true);
    expect(queue.waitingMs()).toBe(2 * MAX_WAITING_COST_MS);
    let refused: unknown;
    try {
      queue.run([part('x', 0, 1)], 0, true);
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(LabBusyError);
    expect(refused).toMatchObject({ statusCode: 503, retryAfterS: Math.ceil(MAX_WAITING_COST_MS / 1000) });
    expect((refused as Error).message).toMatch(/busy with other Lab comparisons .*try again in \d+ s/);
    const room = queue.run([part('r', 1, 1)], 0, false);
    await tick();
    await answer(0);
    await answer(1);
    await answer(1);
    expect(await first).toEqual(['h0', 'h1']);
    expect(await room).toEqual(['r']);
  });

  it('fails a comparison whose thread stopped and drops its other parts', async () => {
    const { engine, calls, answer } = heldEngine(1);
    const queue = new LabQueue(engine);
    const failing = queue.run([part('f0', 0), part('f1', 0), part('f2', 0)], 0, true);
    const other = queue.run([part('o0', 0)], 0, true);
    await tick();
    calls.shift()?.fail(new Error('thread stopped'));
    await expect(failing).rejects.toThrow('thread stopped');
    await tick();
    expect(calls.map((c) => c.key)).toEqual(['o0']);
    await answer(0);
    expect(await other).toEqual(['o0']);
    expect(queue.waitingMs()).toBe(0);
  });
});
