/**
 * A team's levers and its scenario: the room's baseline with the team's values in place of the
 * baseline's, checked against the levers the room hands out and their bounds. Pure, so the server
 * checks a change with the same code the participant's page uses to draw its sliders.
 */
import { type Scenario, ScenarioSchema } from '../scenario/schemas';
import { ROOM_LEVER_KIND, type RoomConfig, type RoomLeverId, type RoomLeverSpec, type TeamLevers } from './schemas';

export interface LeverIssue {
  path: string;
  message: string;
}

/** A spec with a share's bounds filled in (0 and 1 when left out). */
export function fullSpec(spec: RoomLeverSpec): RoomLeverSpec {
  return ROOM_LEVER_KIND[spec.id] === 'share' ? { id: spec.id, min: spec.min ?? 0, max: spec.max ?? 1 } : { id: spec.id };
}

const clamp = (x: number, spec: RoomLeverSpec) => Math.min(spec.max ?? 1, Math.max(spec.min ?? 0, x));

/** The baseline's value of one lever (a demand-response event's depth; 0 when it has none). */
function baselineValue(scenario: Scenario, id: RoomLeverId): number | boolean {
  const levers = scenario.levers;
  if (id === 'demandResponse') return levers.demandResponse?.depth ?? 0;
  return levers[id];
}

/** The baseline's own values of the levers the room hands out (before the room's bounds). */
export function baselineLevers(config: Pick<RoomConfig, 'scenario' | 'levers'>): TeamLevers {
  return Object.fromEntries(config.levers.map((spec) => [spec.id, baselineValue(config.scenario, spec.id)])) as TeamLevers;
}

/** Where every team starts: the baseline's values, brought within the room's bounds. */
export function initialLevers(config: Pick<RoomConfig, 'scenario' | 'levers'>): TeamLevers {
  const baseline = baselineLevers(config);
  const out: Record<string, number | boolean> = {};
  for (const spec of config.levers) {
    const value = baseline[spec.id] as number | boolean;
    out[spec.id] = typeof value === 'number' ? clamp(value, fullSpec(spec)) : value;
  }
  return out as TeamLevers;
}

export interface ShiftedStart {
  id: RoomLeverId;
  /** The story's value. */
  story: number;
  /** Where teams start instead: the nearest bound. */
  start: number;
}

/**
 * Levers whose baseline value lies outside the room's bounds, so teams cannot start where the story
 * is: a team that changes nothing then plays a different scenario from the baseline it is ranked
 * against, and the facilitator and the room must be told.
 */
export function shiftedStarts(levers: readonly RoomLeverSpec[], baseline: TeamLevers): ShiftedStart[] {
  const out: ShiftedStart[] = [];
  for (const spec of levers) {
    const story = baseline[spec.id];
    if (typeof story !== 'number') continue;
    const start = clamp(story, fullSpec(spec));
    if (start !== story) out.push({ id: spec.id, story, start });
  }
  return out;
}

const fmt = (x: number) => String(Math.round(x * 1000) / 1000);

/** What is wrong with a change of levers, field by field (empty when it may be applied). */
export function leverIssues(config: Pick<RoomConfig, 'levers'>, levers: TeamLevers): LeverIssue[] {
  const specs = new Map(config.levers.map((spec) => [spec.id, fullSpec(spec)]));
  const issues: LeverIssue[] = [];
  for (const [id, value] of Object.entries(levers) as [RoomLeverId, number | boolean | undefined][]) {
    if (value === undefined) continue;
    const path = `levers.${id}`;
    const spec = specs.get(id);
    if (!spec) {
      const allowed = [...specs.keys()].join(', ');
      issues.push({ path, message: `is not a lever this room lets teams change (it hands out: ${allowed})` });
    } else if (ROOM_LEVER_KIND[id] === 'toggle' && typeof value !== 'boolean') {
      issues.push({ path, message: 'must be true or false' });
    } else if (ROOM_LEVER_KIND[id] === 'share') {
      if (typeof value !== 'number' || !Number.isFinite(value)) issues.push({ path, message: 'must be a number' });
      else if (value < (spec.min ?? 0) || value > (spec.max ?? 1))
        issues.push({ path, message: `must be from ${fmt(spec.min ?? 0)} to ${fmt(spec.max ?? 1)} (the room’s bounds)` });
    }
  }
  return issues;
}

/** The window a team's demand-response event covers: the baseline's event window, or else the room's scoring window. */
export function demandResponseWindow(config: Pick<RoomConfig, 'scenario' | 'window'>): { from: string; to: string } {
  const event = config.scenario.levers.demandResponse;
  return event ? { from: event.from, to: event.to } : config.window;
}

/** The team's scenario: the room's baseline with the team's levers set. */
export function teamScenario(config: Pick<RoomConfig, 'scenario' | 'window' | 'levers'>, levers: TeamLevers): Scenario {
  const base = config.scenario;
  const next: Record<string, unknown> = { ...base.levers };
  for (const spec of config.levers) {
    const value = levers[spec.id];
    if (value === undefined) continue;
    if (spec.id === 'demandResponse') {
      if (value === 0) delete next.demandResponse;
      else next.demandResponse = { ...demandResponseWindow(config), depth: value };
    } else {
      next[spec.id] = value;
    }
  }
  return ScenarioSchema.parse({ ...base, levers: next });
}
