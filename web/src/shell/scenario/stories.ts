/**
 * Ready-made scenarios ("stories") per city: a moment on the clock plus levers and faults that make
 * one policy question visible, so a workshop facilitator or a teacher can start from a story with
 * one choice instead of setting windows by hand. Each is an ordinary scenario: the URL it writes is
 * the same one the scenario sheet would, so a story can be tweaked and shared like any other view.
 * Names and descriptions live in the catalogues under `stories.<id>`.
 */

import { DAY_MS } from '@sandbox/shared/common/time';
import { scenarioKey } from '@sandbox/shared/scenario/query';
import { type Scenario, type ScenarioInput, ScenarioSchema } from '@sandbox/shared/scenario/schemas';
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

export function storiesFor(cityId: string): readonly Story[] {
  return STORIES[cityId] ?? [];
}

export function storyScenario(story: Story): Scenario {
  return ScenarioSchema.parse(story.scenario);
}

/** The story whose levers and faults the scenario has (the clock may have moved on), if any. */
/** How far the clock may be from a story's moment (either way) for the view still to be that story. */
export const STORY_REACH_MS = 3 * DAY_MS;

/**
 * The story the view is telling: its levers are the scenario's and, when the clock's time is given,
 * the clock is within STORY_REACH_MS of its moment (an unchanged scenario live in November is not
 * "a summer weekday").
 */
export function matchingStory(scenario: Scenario, clockMs?: number): Story | undefined {
  const key = scenarioKey(scenario);
  return storiesFor(scenario.city).find(
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
