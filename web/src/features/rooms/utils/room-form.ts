/**
 * The set-up form of a room as plain data, and the request it posts: a story (its scenario is the
 * room's baseline), the scoring window on the story's day in the city's time (its evening, 4 p.m. to
 * 10 p.m., where the evening peak is, or the whole day), the levers handed out with their bounds, the
 * objective and its guards, rounds and team names. Pure, so the form's logic is tested without a page.
 */
import { localTime, utcFromLocal } from '@sandbox/shared/common/time';
import type { LabKpiId } from '@sandbox/shared/lab/kpis';
import { baselineLevers, type ShiftedStart, shiftedStarts } from '@sandbox/shared/rooms/levers';
import { ROOM_LEVER_IDS, ROOM_LEVER_KIND, type RoomCreate, type RoomLeverId, type RoomLeverSpec } from '@sandbox/shared/rooms/schemas';
import type { Scenario } from '@sandbox/shared/scenario/schemas';

/** A story as the form offers it (the shell hands them over with their names in the reader's language). */
export interface RoomStory {
  id: string;
  name: string;
  /** The story's moment (UTC): the room is scored on its local day. */
  t: string;
  scenario: Scenario;
}

export type WindowPreset = 'evening' | 'day';

export interface LeverChoice {
  enabled: boolean;
  /** Percent, 0–100 (shares only). */
  min: number;
  max: number;
}

export interface RoomFormState {
  name: string;
  storyId: string;
  window: WindowPreset;
  levers: Record<RoomLeverId, LeverChoice>;
  kpi: LabKpiId;
  guards: LabKpiId[];
  rounds: number;
  teams: string;
}

const HANDED_OUT: Partial<Record<RoomLeverId, LeverChoice>> = {
  evShare: { enabled: true, min: 20, max: 80 },
  evTimeOfUse: { enabled: true, min: 0, max: 100 },
  demandResponse: { enabled: true, min: 0, max: 60 },
};

const ALL_LEVERS = ROOM_LEVER_IDS.map((id) => ({ id }));

/** The story's own value of each lever (shares as fractions; a demand-response depth, 0 when it has none). */
export const storyLevers = (story: RoomStory) => baselineLevers({ scenario: story.scenario, levers: ALL_LEVERS });

/**
 * The bounds offered for a lever: the usual ones, widened to the 5 % step that takes in the story's
 * own value, so teams start where the story is and a team that changes nothing scores as the
 * baseline (a facilitator narrows them on purpose, and is then told where teams start).
 */
function defaultChoice(id: RoomLeverId, story: RoomStory | undefined): LeverChoice {
  const usual = HANDED_OUT[id] ?? { enabled: false, min: 0, max: 100 };
  const value = story ? storyLevers(story)[id] : undefined;
  if (ROOM_LEVER_KIND[id] !== 'share' || typeof value !== 'number') return usual;
  const percent = Math.round(value * 1000) / 10;
  return { ...usual, min: Math.min(usual.min, Math.floor(percent / 5) * 5), max: Math.max(usual.max, Math.ceil(percent / 5) * 5) };
}

const defaultLevers = (story: RoomStory | undefined) =>
  Object.fromEntries(ROOM_LEVER_IDS.map((id) => [id, defaultChoice(id, story)])) as Record<RoomLeverId, LeverChoice>;

/** A room on the evening peak: EVs, time-of-use charging and demand response, without raising PM2.5 exposure. */
export function defaultForm(story: RoomStory | undefined, teams: string): RoomFormState {
  const levers = defaultLevers(story);
  return {
    name: story?.name ?? '',
    storyId: story?.id ?? '',
    window: 'evening',
    levers,
    kpi: 'peakLoad',
    guards: ['pm25Exposure'],
    rounds: 2,
    teams,
  };
}

/** The scoring window of a preset on the story's local day. */
export function windowOf(preset: WindowPreset, storyMoment: string, timeZone: string): { from: string; to: string } {
  const day = localTime(timeZone, Date.parse(storyMoment));
  const [fromHour, toHour] = preset === 'evening' ? [16, 22] : [0, 24];
  const at = (hour: number) => new Date(utcFromLocal(timeZone, day.year, day.month, day.day, hour)).toISOString();
  return { from: at(fromHour), to: at(toHour) };
}

export const teamNames = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/**
 * Another story picked: bounds the facilitator left as offered follow the new story's values; bounds
 * they set themselves stay (and the form says where teams would start).
 */
export function withStory(form: RoomFormState, from: RoomStory | undefined, to: RoomStory): RoomFormState {
  const before = defaultLevers(from);
  const after = defaultLevers(to);
  const levers = Object.fromEntries(
    ROOM_LEVER_IDS.map((id) => {
      const choice = form.levers[id];
      const untouched = choice.min === before[id].min && choice.max === before[id].max;
      return [id, untouched ? { ...choice, min: after[id].min, max: after[id].max } : choice];
    }),
  ) as Record<RoomLeverId, LeverChoice>;
  return { ...form, storyId: to.id, name: to.name, levers };
}

/** The levers handed out, as the room will have them. */
export function leverSpecs(form: RoomFormState): RoomLeverSpec[] {
  return ROOM_LEVER_IDS.filter((id) => form.levers[id].enabled).map((id) =>
    ROOM_LEVER_KIND[id] === 'share' ? { id, min: form.levers[id].min / 100, max: form.levers[id].max / 100 } : { id },
  );
}

/** Levers whose story value the form's bounds leave out: teams would not start where the story is. */
export const formShiftedStarts = (form: RoomFormState, story: RoomStory): ShiftedStart[] =>
  shiftedStarts(leverSpecs(form), storyLevers(story));

export function roomRequest(form: RoomFormState, story: RoomStory, timeZone: string): RoomCreate {
  const levers = leverSpecs(form);
  return {
    name: form.name.trim(),
    story: story.id,
    scenario: story.scenario,
    window: windowOf(form.window, story.t, timeZone),
    levers,
    objective: { kpi: form.kpi, guards: form.guards.filter((g) => g !== form.kpi) },
    rounds: form.rounds,
    teams: teamNames(form.teams),
  };
}
