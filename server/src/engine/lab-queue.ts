/**
 * The Lab's parts wait here, not in the engine threads' message queues, so a comparison cannot starve
 * the other routes:
 * - at most one Lab part is in a query thread at a time: a query of another route sent to that
 *   thread waits behind one part (a peak period or a day, ~0.1–0.3 s), not behind a whole comparison
 *   (the live streams have a thread of their own and never wait for the Lab);
 * - the comparisons waiting take turns part by part on each thread (round robin in arrival order),
 *   so a small comparison is not stuck behind a big one;
 * - a comparison is refused (503 with Retry-After, `LabBusyError`) when the Lab work already
 *   waiting and its own would together be over `MAX_WAITING_COST_MS`. Work is counted in the parts'
 *   cost model (estimated ms of one core, lab/cost.ts); a part the threads answered before counts as
 *   a lookup. A room's locked round is never refused: it queues like the others.
 * The event loop only posts parts and parses their small answers; a thread that stops fails its
 * comparison's request (503) and the comparison's other parts are dropped, not computed for nobody.
 */
import { MAX_LAB_COST_MS } from '@sandbox/shared/lab/cost';
import type { LabPart } from '@sandbox/shared/lab/parts';
import { type Engine, parsedAnswer } from './engine';

/** Lab work that may wait at once: one comparison at the cap and half another. */
export const MAX_WAITING_COST_MS = 1.5 * MAX_LAB_COST_MS;

/** The Lab's engine threads are busy with other comparisons: retry after `retryAfterS` (HTTP 503). */
export class LabBusyError extends Error {
  readonly statusCode = 503;
  constructor(
    readonly retryAfterS: number,
    waitingMs: number,
  ) {
    super(
      `The engine threads are busy with other Lab comparisons (about ${Math.ceil(waitingMs / 1000)} s of work waiting); try again in ${retryAfterS} s.`,
    );
    this.name = 'LabBusyError';
  }
}

export interface QueuedPart {
  part: LabPart;
  lane: number;
  /** Its weight in the waiting work: the part's cost, or 1 when the thread answered it before. */
  cost: number;
}

interface Job {
  id: number;
  /** Indices into `parts` not yet sent, per lane, in order. */
  queues: number[][];
  parts: readonly QueuedPart[];
  answers: unknown[];
  left: number;
  waiting: number;
  nowMs: number;
  settled: boolean;
  resolve: (answers: unknown[]) => void;
  reject: (error: unknown) => void;
}

export class LabQueue {
  private readonly jobs: Job[] = [];
  private readonly busy: boolean[];
  /** Per lane: the id of the job it served last (the next turn goes to the next job after it). */
  private readonly lastServed: number[];
  private nextId = 0;

  constructor(private readonly engine: Engine) {
    this.busy = new Array<boolean>(Math.max(1, engine.lanes)).fill(false);
    this.lastServed = this.busy.map(() => -1);
  }

  /** Estimated ms of one core of Lab work admitted and not answered yet. */
  waitingMs(): number {
    return this.jobs.reduce((sum, job) => sum + job.waiting, 0);
  }

  /** The answers of `parts`, in order; with `admit`, throws a LabBusyError instead (at once) when too much work is waiting. */
  run(parts: readonly QueuedPart[], nowMs: number, admit: boolean): Promise<unknown[]> {
    const cost = parts.reduce((sum, p) => sum + p.cost, 0);
    const waiting = this.waitingMs();
    if (admit && waiting > 0 && waiting + cost > MAX_WAITING_COST_MS) {
      throw new LabBusyError(Math.max(1, Math.ceil(waiting / this.busy.length / 1000)), waiting);
    }
    if (parts.length === 0) return Promise.resolve([]);
    return new Promise<unknown[]>((resolve, reject) => {
      const queues = this.busy.map(() => [] as number[]);
      for (let i = 0; i < parts.length; i++) queues[(parts[i] as QueuedPart).lane % queues.length]?.push(i);
      const job: Job = {
        id: this.nextId++,
        queues,
        parts,
        answers: new Array<unknown>(parts.length),
        left: parts.length,
        waiting: cost,
        nowMs,
        settled: false,
        resolve,
        reject,
      };
      this.jobs.push(job);
      for (let lane = 0; lane < this.busy.length; lane++) this.pump(lane);
    });
  }

  /** The next job with a part for `lane`, after the one the lane served last (round robin). */
  private nextJob(lane: number): Job | undefined {
    const last = this.lastServed[lane] as number;
    const ready = this.jobs.filter((job) => (job.queues[lane]?.length ?? 0) > 0);
    return ready.find((job) => job.id > last) ?? ready[0];
  }

  private pump(lane: number): void {
    if (this.busy[lane]) return;
    const job = this.nextJob(lane);
    if (!job) return;
    const index = job.queues[lane]?.shift() as number;
    const { part, cost } = job.parts[index] as QueuedPart;
    this.busy[lane] = true;
    this.lastServed[lane] = job.id;
    this.engine
      .call('labPart', { ...part.query, lane }, job.nowMs)
      .then((body) => {
        if (job.settled) return;
        job.answers[index] = parsedAnswer(body);
        job.waiting -= cost;
        if (--job.left === 0) this.settle(job, () => job.resolve(job.answers));
      })
      .catch((error: unknown) => {
        if (!job.settled) this.settle(job, () => job.reject(error));
      })
      .finally(() => {
        this.busy[lane] = false;
        this.pump(lane);
      });
  }

  /** The job is done (answered or failed): it leaves the queue, its unsent parts with it. */
  private settle(job: Job, finish: () => void): void {
    job.settled = true;
    this.jobs.splice(this.jobs.indexOf(job), 1);
    finish();
  }
}
