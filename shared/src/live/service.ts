/**
 * The live view's answers: a stream frame of `(fromMs, toMs]` for a scenario (what the stream hub
 * sends, built on an engine thread or here), and the paused clock's snapshot at one instant.
 */

import type { AirService } from '../air/service';
import type { MemoryBudget } from '../common/memory-budget';
import { MINUTE_MS } from '../common/time';
import type { EnergyService } from '../energy/service';
import type { ScenarioQuery } from '../scenario/query';
import { instantOf } from '../simulation/answers';
import type { Simulations } from '../simulation/simulations';
import { FrameBuilder, type FrameSource } from './frames';
import { type SnapshotQuery, type StreamFrame, StreamTopicSchema } from './schemas';

/** A live frame asked by scenario query (it crosses threads: plain data, no simulation). */
export type FrameQuery = Partial<ScenarioQuery> & { topics: FrameSource['topics']; fromMs: number; toMs: number };

export class LiveService {
  readonly frames: FrameBuilder;

  constructor(
    private readonly simulations: Simulations,
    air: AirService,
    memory: MemoryBudget,
    energy: EnergyService,
  ) {
    this.frames = new FrameBuilder(air.blocks, air.hours, memory, energy.blocks);
  }

  /** What a stream client's frames are computed from: the cached simulation of its scenario. */
  frameSource(q: Partial<ScenarioQuery>, topics: FrameSource['topics']): FrameSource {
    return { ...this.simulations.forQuery(q), topics };
  }

  /** A stream frame of `(fromMs, toMs]` for a scenario query: how engine threads build live frames. */
  streamFrame(q: FrameQuery, _nowMs: number): StreamFrame {
    return this.frames.build(this.frameSource(q, q.topics), q.fromMs, q.toMs);
  }

  /** One stream frame at an instant (a paused clock), with the last minute of safety events. */
  snapshot(q: SnapshotQuery, nowMs: number): StreamFrame {
    const atMs = instantOf(q.at, nowMs);
    return this.frames.build(this.frameSource(q, q.topics ?? StreamTopicSchema.options), atMs - MINUTE_MS, atMs);
  }
}
