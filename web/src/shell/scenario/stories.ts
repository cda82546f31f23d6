/**
 * Ready-made scenarios ("stories") per city: a moment on the clock plus levers and faults that make
 * one policy question visible, so a workshop facilitator or a teacher can start from a story with
 * one choice instead of setting windows by hand. Each is an ordinary scenario: the URL it writes is
 * the same one the scenario sheet would, so a story can be tweaked and shared like any other view.
 * Names and descriptions live in the catalogues under `stories.<id>`.
 */

import { DAY_MS, localTime, utcFromLocal } from '@sandbox/shared/common/time';
import { scenarioKey } from '@sandbox/shared/scenario/query';
import { type Scenario, type ScenarioInput, ScenarioSchema } from '@sandbox/shared/scenario/schemas';
import type { TFunction } from 'i18next';
import type { Speed } from '../../state/clock/clock-state';
import { CLOCK_PARAMS } from '../../state/clock/clock-url';
import { writeScenario } from '../../state/scenario/scenario-codec';

/** Story ids; each has `stories.<id>.name` and `.about` in the catalogues. */
export type StoryId =
  | 'summerWeekday'
  | 'wildfireSmoke'
  | 'heatWave'
  | 'winterInversion'
  | 'smartCorridors'
  | 'electricFuture'
  | 'brokenSensors';

export interface Story {
  id: StoryId;
  /** Where the clock stops when the story opens (paused, so the facilitator presses play). */
  t: string;
  speed: Speed;
  /** The page where the story shows best (named in its description). */
  page: '/' | '/air' | '/energy' | '/mobility' | '/data';
  /** The page's own selections that frame the story (e.g. a residential district), when opened on that page. */
  view?: Record<string, string>;
  scenario: ScenarioInput;
}

/** Columbus in July is EDT (UTC−4), in January EST (UTC−5): times below are UTC. */
const COLUMBUS: Story[] = [
  {
    id: 'summerWeekday',
    t: '2026-07-15T11:00:00Z',
    speed: 300,
    page: '/',
    scenario: { city: 'columbus' },
  },
  {
    id: 'wildfireSmoke',
    // An hour before the smoke arrives: the 1-minute readings jump first and the NowCast follows.
    t: '2026-07-15T11:00:00Z',
    speed: 300,
    page: '/air',
    scenario: {
      city: 'columbus',
      levers: { wildfireSmoke: { from: '2026-07-15T12:00:00Z', to: '2026-07-17T12:00:00Z', intensity: 0.8 } },
    },
  },
  {
    id: 'heatWave',
    t: '2026-07-15T17:00:00Z',
    speed: 300,
    page: '/energy',
    // Industry dwarfs homes in the city total; a residential district shows the homes' response.
    view: { district: 'northland' },
    scenario: {
      city: 'columbus',
      levers: {
        heatWave: { from: '2026-07-12T04:00:00Z', to: '2026-07-18T04:00:00Z', deltaC: 8 },
        demandResponse: { from: '2026-07-15T18:00:00Z', to: '2026-07-15T22:00:00Z', depth: 0.6 },
      },
    },
  },
  {
    id: 'winterInversion',
    t: '2026-01-14T12:00:00Z',
    speed: 300,
    page: '/air',
    scenario: {
      city: 'columbus',
      levers: { inversion: { from: '2026-01-13T22:00:00Z', to: '2026-01-15T17:00:00Z', intensity: 0.9 } },
    },
  },
  {
    id: 'smartCorridors',
    t: '2026-07-15T21:00:00Z',
    speed: 60,
    page: '/mobility',
    scenario: { city: 'columbus', levers: { signalRetiming: true, transitSignalPriority: true, connectedShare: 0.5 } },
  },
  {
    id: 'electricFuture',
    t: '2026-07-15T22:00:00Z',
    speed: 300,
    page: '/energy',
    view: { district: 'northland' },
    scenario: { city: 'columbus', levers: { evShare: 0.6, evTimeOfUse: true } },
  },
  {
    id: 'brokenSensors',
    t: '2026-07-15T16:00:00Z',
    speed: 60,
    page: '/data',
    scenario: {
      city: 'columbus',
      faults: [
        { kind: 'stuck', from: '2026-07-15T13:00:00Z', to: '2026-07-15T22:00:00Z', stationId: 'morse-karl-roadside', metric: 'ozone' },
        {
          kind: 'spike',
          from: '2026-07-15T10:00:00Z',
          to: '2026-07-16T04:00:00Z',
          stationId: 'cleveland-hudson-roadside',
          metric: 'pm25',
          perHour: 3,
          magnitude: 120,
        },
        { kind: 'dropout', from: '2026-07-15T12:00:00Z', to: '2026-07-15T19:00:00Z', stationId: 'weinland-park-school' },
        { kind: 'meter-missing', from: '2026-07-15T08:00:00Z', to: '2026-07-15T14:00:00Z', meterId: 'northland-res-00001' },
      ],
    },
  },
];

const STORIES: Record<string, readonly Story[]> = { columbus: COLUMBUS };

/** The zone the hand-made stories' moments were chosen in (a Columbus summer morning is 11:00 UTC). */
const STORY_ZONE = 'America/New_York';

/**
 * Stories that need none of a city's own places (no station, meter or district), so any city can
 * tell them. Another city gets them at the same local wall-clock moments (7 a.m. on the Wednesday is
 * 7 a.m. in Denver too), with every episode window moved by the same amount.
 */
const ANY_CITY: readonly StoryId[] = ['summerWeekday', 'wildfireSmoke', 'heatWave', 'winterInversion', 'smartCorridors', 'electricFuture'];

function shiftIso(iso: string, byMs: number): string {
  return new Date(Date.parse(iso) + byMs).toISOString().replace('.000Z', 'Z');
}

/** A Columbus story re-told in another city at the same local moment. */
function retold(story: Story, cityId: string, timeZone: string): Story {
  const at = Date.parse(story.t);
  const wall = localTime(STORY_ZONE, at);
  const hour = Math.floor(wall.hourOfDay);
  const minute = Math.round((wall.hourOfDay - hour) * 60);
  const shift = utcFromLocal(timeZone, wall.year, wall.month, wall.day, hour, minute) - at;
  const levers = Object.fromEntries(
    Object.entries(story.scenario.levers ?? {}).map(([name, value]) =>
      value && typeof value === 'object' && 'from' in value && 'to' in value
        ? [name, { ...value, from: shiftIso(String(value.from), shift), to: shiftIso(String(value.to), shift) }]
        : [name, value],
    ),
  );
  return { id: story.id, t: shiftIso(story.t, shift), speed: story.speed, page: story.page, scenario: { city: cityId, levers } };
}

/** Stories re-told per city and zone, kept: they are asked for on every clock tick. */
const RETOLD = new Map<string, readonly Story[]>();

/**
 * The stories of a city: its own hand-made ones, or (given its time zone) the place-free Columbus
 * stories at the same local moments. Without a zone (the city list has not arrived) a city without
 * stories of its own has none yet.
 */
export function storiesFor(cityId: string, timeZone?: string): readonly Story[] {
  const own = STORIES[cityId];
  if (own) return own;
  if (!timeZone) return [];
  const key = `${cityId}|${timeZone}`;
  let stories = RETOLD.get(key);
  if (!stories) {
    stories = COLUMBUS.filter((story) => ANY_CITY.includes(story.id)).map((story) => retold(story, cityId, timeZone));
    RETOLD.set(key, stories);
  }
  return stories;
}

/** Whether a story was made for its city (and so has a presenter tour naming its places). */
export function isOwnStory(cityId: string): boolean {
  return STORIES[cityId] !== undefined;
}

/**
 * What a story shows, for `cityName`. A story re-told in another city has no district of its own to
 * open on, so where the Columbus text names Northland its catalogue entry has an `about_anyCity` form.
 */
export function storyAbout(t: TFunction, story: Story, cityName: string): string {
  return t(`stories.${story.id}.about`, { city: cityName, context: isOwnStory(story.scenario.city ?? '') ? undefined : 'anyCity' });
}

export function storyScenario(story: Story): Scenario {
  return ScenarioSchema.parse(story.scenario);
}

/** How far the clock may be from a story's moment (either way) for the view still to be that story. */
export const STORY_REACH_MS = 3 * DAY_MS;

/**
 * The story the view is telling: its levers are the scenario's and, when the clock's time is given,
 * the clock is within STORY_REACH_MS of its moment (an unchanged scenario live in November is not
 * "a summer weekday").
 */
export function matchingStory(scenario: Scenario, clockMs?: number, timeZone?: string): Story | undefined {
  const key = scenarioKey(scenario);
  return storiesFor(scenario.city, timeZone).find(
    (story) =>
      scenarioKey(storyScenario(story)) === key && (clockMs === undefined || Math.abs(clockMs - Date.parse(story.t)) <= STORY_REACH_MS),
  );
}

/**
 * The URL parameters that open `story`: its scenario in place of the current one and the clock paused
 * at its moment; everything else (language, layers, page selections) is kept.
 */
export function withStory(search: URLSearchParams, story: Story): URLSearchParams {
  const next = new URLSearchParams(search);
  writeScenario(next, storyScenario(story));
  for (const key of CLOCK_PARAMS) next.delete(key);
  next.set('t', story.t);
  if (story.speed !== 1) next.set('speed', String(story.speed));
  return next;
}
