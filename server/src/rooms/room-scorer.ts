/**
 * Scores a locked round with the Lab's scorecard: the room's baseline scenario and each team's
 * scenario (the baseline with the team's frozen levers) over the room's window, each one run on the
 * engine thread that holds its caches (`labScenario`, as the Lab's own route does), then stored.
 * Teams with the same levers share one run. A round is scored once per instance at a time; after a
 * restart, or on another instance, whoever reads a locked round without scores starts it again,
 * and the store keeps the first figures written (they are the same: the engine is deterministic).
 */
import {
  type KpiNumbers,
  LAB_KPI_IDS,
  type RoomConfig,
  type Scenario,
  type ScenarioScorecard,
  type TeamId,
  teamScenario,
} from '@sandbox/shared';
import { labRun } from '@sandbox/shared/lab/plan';
import type { Engine } from '../engine/engine';
import type { RoomSnapshot, RoomStore } from '../store/rooms';
import { scoringPending } from './board-view';

/** After a failed attempt, the round is tried again on the next read after this pause. */
const RETRY_AFTER_MS = 5_000;

function figures(card: ScenarioScorecard): KpiNumbers {
  return Object.fromEntries(LAB_KPI_IDS.map((id) => [id, card.values[id].value])) as KpiNumbers;
}

export class RoomScorer {
  private readonly running = new Map<string, Promise<void>>();
  private readonly failedAt = new Map<string, number>();

  constructor(
    private readonly engine: Engine,
    private readonly rooms: RoomStore,
    private readonly onError: (error: unknown, code: string) => void,
  ) {}

  /** The scorecard's figures of one scenario over the room's window. */
  private async figuresOf(config: RoomConfig, scenario: Scenario): Promise<KpiNumbers> {
    const run = labRun(scenario, Date.parse(config.window.from), Date.parse(config.window.to));
    return figures(JSON.parse(await this.engine.call('labScenario', run, Date.now())) as ScenarioScorecard);
  }

  private async score(snapshot: RoomSnapshot): Promise<void> {
    const { room } = snapshot;
    const { config } = room;
    const frozen = snapshot.results.filter((r) => r.round === room.round);
    const byLevers = new Map<string, Promise<KpiNumbers>>();
    const figuresFor = (levers: (typeof frozen)[number]['levers']) => {
      const key = JSON.stringify(levers);
      let pending = byLevers.get(key);
      if (!pending) {
        pending = this.figuresOf(config, teamScenario(config, levers));
        byLevers.set(key, pending);
      }
      return pending;
    };
    const [baseline, ...teams] = await Promise.all([
      room.baseline ? Promise.resolve(room.baseline) : this.figuresOf(config, config.scenario),
      ...frozen.map((r) => figuresFor(r.levers)),
    ]);
    const scores = new Map<TeamId, KpiNumbers>(frozen.map((r, i) => [r.team, teams[i] as KpiNumbers]));
    await this.rooms.saveScores(room.code, room.round, baseline as KpiNumbers, scores, Date.now());
  }

  /** Starts scoring the room's current round if it is locked, not scored, and not being scored here. */
  ensure(snapshot: RoomSnapshot): void {
    if (!scoringPending(snapshot)) return;
    const key = `${snapshot.room.code}#${snapshot.room.round}`;
    if (this.running.has(key) || Date.now() - (this.failedAt.get(key) ?? 0) < RETRY_AFTER_MS) return;
    const job = this.score(snapshot)
      .then(
        () => {
          this.failedAt.delete(key);
        },
        (error: unknown) => {
          this.failedAt.set(key, Date.now());
          this.onError(error, snapshot.room.code);
        },
      )
      .finally(() => this.running.delete(key));
    this.running.set(key, job);
  }

  /** Resolves when every scoring started so far has finished (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running.values()]);
  }
}
