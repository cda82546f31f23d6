/**
 * Scores a locked round with the Lab's scorecard: the room's baseline scenario and each team's
 * scenario (the baseline with the team's frozen levers) over the room's window, through the Lab
 * runner the Lab's own route uses (engine/lab-runner.ts: each part on the engine thread that holds
 * its caches, parts shared between scenarios), then stored. Teams with the same levers share one
 * run. A round is scored once per instance at a time; after a restart, or on another instance,
 * whoever reads a locked round without scores starts it again, and the store keeps the first
 * figures written (they are the same: the engine is deterministic).
 */
import {
  ApiProblem,
  type KpiNumbers,
  LAB_KPI_IDS,
  type Scenario,
  type ScenarioScorecard,
  type TeamId,
  teamScenario,
} from '@sandbox/shared';
import type { LabRunner } from '../engine/lab-runner';
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
    private readonly runner: LabRunner,
    private readonly timeZoneOf: (city: string) => string | undefined,
    private readonly rooms: RoomStore,
    private readonly onError: (error: unknown, code: string) => void,
  ) {}

  private async score(snapshot: RoomSnapshot): Promise<void> {
    const { room } = snapshot;
    const { config } = room;
    const timeZone = this.timeZoneOf(config.scenario.city);
    if (!timeZone) throw new ApiProblem(404, `Room ${room.code}'s city "${config.scenario.city}" is not served here.`, 'scenario.city');
    const frozen = snapshot.results.filter((r) => r.round === room.round);
    // Each distinct scenario once: the baseline (unless known from an earlier round), then the teams' levers.
    const scenarios = new Map<string, Scenario>();
    if (!room.baseline) scenarios.set('baseline', config.scenario);
    for (const r of frozen) scenarios.set(JSON.stringify(r.levers), teamScenario(config, r.levers));
    const keys = [...scenarios.keys()];
    const cards = await this.runner.scorecards(
      timeZone,
      [...scenarios.values()],
      Date.parse(config.window.from),
      Date.parse(config.window.to),
      Date.now(),
    );
    const byKey = new Map(keys.map((key, i) => [key, figures(cards[i] as ScenarioScorecard)]));
    const baseline = room.baseline ?? (byKey.get('baseline') as KpiNumbers);
    const scores = new Map<TeamId, KpiNumbers>(frozen.map((r) => [r.team, byKey.get(JSON.stringify(r.levers)) as KpiNumbers]));
    await this.rooms.saveScores(room.code, room.round, baseline, scores, Date.now());
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
