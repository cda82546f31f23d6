import { CitySchema } from '@sandbox/shared/city/schemas';
import { HOUR_MS, localTime, MINUTE_MS } from '@sandbox/shared/common/time';
import { describe, expect, it } from 'vitest';
import columbusJson from '../../../../data/cities/columbus/city.json';
import { clockFromSearch } from '../../state/clock/clock-url';
import { decodeScenario } from '../../state/scenario/scenario-codec';
import { isOwnStory, matchingStory, STORY_REACH_MS, storiesFor, storyScenario, withStory } from './stories';

const columbus = CitySchema.parse(columbusJson);
const stories = storiesFor('columbus');

describe('the Columbus stories', () => {
  it('are valid scenarios, each different from the others', () => {
    expect(stories.length).toBeGreaterThanOrEqual(5);
    const keys = new Set(stories.map((story) => JSON.stringify(storyScenario(story))));
    expect(keys.size).toBe(stories.length);
  });

  it('stop the clock in their episodes or at most two hours before, so pressing play shows them', () => {
    for (const story of stories) {
      const { levers } = storyScenario(story);
      const t = Date.parse(story.t);
      for (const episode of [levers.wildfireSmoke, levers.heatWave, levers.inversion, levers.demandResponse]) {
        if (!episode) continue;
        expect(Date.parse(episode.from) - t, story.id).toBeLessThanOrEqual(2 * HOUR_MS);
        expect(t, story.id).toBeLessThan(Date.parse(episode.to));
      }
    }
  });

  it('name only stations, meters and districts the city has', () => {
    const stations = new Set(columbus.stations.map((s) => s.id));
    const districts = new Set(columbus.districts.map((d) => d.id));
    const metered = new Set(columbus.meters.map((group) => group.districtId));
    for (const story of stories) {
      if (story.view?.district) expect(districts.has(story.view.district), story.view.district).toBe(true);
      // The Energy page ignores a district outside the meter program, so the story would open on the whole city.
      if (story.view?.district) expect(metered.has(story.view.district), `${story.id}: ${story.view.district} has no meters`).toBe(true);
      for (const fault of storyScenario(story).faults) {
        if ('stationId' in fault) expect(stations.has(fault.stationId), fault.stationId).toBe(true);
        if ('meterId' in fault) expect(fault.meterId).toMatch(new RegExp(`^(${columbus.districts.map((d) => d.id).join('|')})-`));
      }
    }
  });
});

describe('withStory', () => {
  it('writes the story into the URL, pauses the clock at its moment and keeps the rest of the view', () => {
    const smoke = stories.find((s) => s.id === 'wildfireSmoke');
    if (!smoke) throw new Error('no smoke story');
    const before = new URLSearchParams('lang=ko&layers=stations&live=1&evShare=0.9&station=linden-park-bench');
    const after = withStory(before, smoke);
    expect(after.get('lang')).toBe('ko');
    expect(after.get('layers')).toBe('stations');
    expect(after.get('station')).toBe('linden-park-bench');
    expect(after.get('evShare')).toBeNull();
    expect(after.get('live')).toBeNull();
    const clock = clockFromSearch(after, Date.now());
    expect(clock).toMatchObject({ live: false, playing: false, anchorSimMs: Date.parse(smoke.t), speed: smoke.speed });
    const { scenario, ignored } = decodeScenario(after);
    expect(ignored).toEqual([]);
    expect(matchingStory(scenario)?.id).toBe('wildfireSmoke');
  });

  it('every story survives the round trip through its URL', () => {
    for (const story of stories) {
      const { scenario } = decodeScenario(withStory(new URLSearchParams(), story));
      expect(matchingStory(scenario)?.id, story.id).toBe(story.id);
    }
  });

  it('a scenario changed by hand matches no story', () => {
    const base = withStory(new URLSearchParams(), stories[0] ?? (undefined as never));
    base.set('evShare', '0.35');
    expect(matchingStory(decodeScenario(base).scenario)).toBeUndefined();
  });

  it('a story holds only while the clock is near its moment', () => {
    const story = stories[0] ?? (undefined as never);
    const { scenario } = decodeScenario(withStory(new URLSearchParams(), story));
    const moment = Date.parse(story.t);
    expect(matchingStory(scenario, moment + STORY_REACH_MS)?.id).toBe(story.id);
    expect(matchingStory(scenario, moment - STORY_REACH_MS - MINUTE_MS)).toBeUndefined();
    expect(matchingStory(scenario, Date.parse('2026-11-28T12:00:00Z'))).toBeUndefined();
  });
});

describe('a city without stories of its own', () => {
  const denver = storiesFor('denver', 'America/Denver');

  it('has none until its time zone is known', () => {
    expect(storiesFor('denver')).toEqual([]);
    expect(isOwnStory('denver')).toBe(false);
    expect(isOwnStory('columbus')).toBe(true);
  });

  it('re-tells the place-free Columbus stories at the same local moments, every window moved alike', () => {
    expect(denver.map((s) => s.id)).toEqual(stories.filter((s) => s.id !== 'brokenSensors').map((s) => s.id));
    for (const story of denver) {
      const original = stories.find((s) => s.id === story.id) ?? (undefined as never);
      const wall = localTime('America/Denver', Date.parse(story.t));
      const columbusWall = localTime('America/New_York', Date.parse(original.t));
      expect([wall.month, wall.day, wall.hourOfDay], story.id).toEqual([columbusWall.month, columbusWall.day, columbusWall.hourOfDay]);
      const shift = Date.parse(story.t) - Date.parse(original.t);
      // Mountain time is two hours behind Eastern, summer and winter.
      expect(shift, story.id).toBe(2 * HOUR_MS);
      const scenario = storyScenario(story);
      expect(scenario.city).toBe('denver');
      expect(scenario.faults).toEqual([]);
      expect(story.view).toBeUndefined();
      const before = storyScenario(original).levers;
      for (const name of ['heatWave', 'wildfireSmoke', 'inversion', 'demandResponse'] as const) {
        const moved = scenario.levers[name];
        const from = before[name];
        expect(moved === undefined, name).toBe(from === undefined);
        if (moved && from) expect(Date.parse(moved.from) - Date.parse(from.from), `${story.id} ${name}`).toBe(shift);
        if (moved && from) expect(Date.parse(moved.to) - Date.parse(from.to), `${story.id} ${name}`).toBe(shift);
      }
      expect({ ...scenario.levers, heatWave: 0, wildfireSmoke: 0, inversion: 0, demandResponse: 0 }).toEqual({
        ...before,
        heatWave: 0,
        wildfireSmoke: 0,
        inversion: 0,
        demandResponse: 0,
      });
    }
  });

  it('matches its own stories once the zone is given', () => {
    for (const story of denver) {
      const { scenario } = decodeScenario(withStory(new URLSearchParams(), story));
      expect(matchingStory(scenario, Date.parse(story.t), 'America/Denver')?.id, story.id).toBe(story.id);
      expect(matchingStory(scenario, Date.parse(story.t)), story.id).toBeUndefined();
    }
  });
});
