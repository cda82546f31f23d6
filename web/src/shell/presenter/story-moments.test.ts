import { CitySchema } from '@sandbox/shared/city/schemas';
import { describe, expect, it } from 'vitest';
import columbusJson from '../../../../data/cities/columbus/city.json';
import { STORY_REACH_MS, storiesFor } from '../scenario/stories';
import { momentsOf, StoryMomentsSchema, TOURED_STORIES } from './story-moments';

const columbus = CitySchema.parse(columbusJson);
const stories = storiesFor('columbus');
const HANGUL = /[\uac00-\ud7a3]/;

describe('the stories’ moments (speaker notes and the presenter tour)', () => {
  it('give every story a tour, and belong to stories that exist', () => {
    for (const story of stories) expect(momentsOf(story.id).length, story.id).toBeGreaterThan(0);
    expect(TOURED_STORIES.every((id) => stories.some((s) => s.id === id))).toBe(true);
  });

  it('stay within the story’s reach, so the view is still that story at every moment, in time order', () => {
    for (const story of stories) {
      const times = momentsOf(story.id).map((m) => Date.parse(m.t));
      for (const t of times) expect(Math.abs(t - Date.parse(story.t)), story.id).toBeLessThanOrEqual(STORY_REACH_MS);
      expect(times, story.id).toEqual([...times].sort((a, b) => a - b));
    }
  });

  it('focus only stations, metered districts and corridors the city has', () => {
    const stations = new Set(columbus.stations.map((s) => s.id));
    const metered = new Set(columbus.meters.map((group) => group.districtId));
    const corridors = new Set(columbus.corridors.map((c) => c.id));
    const intersections = new Set(columbus.corridors.flatMap((c) => c.intersections.map((i) => i.id)));
    for (const story of stories) {
      for (const { focus, page } of momentsOf(story.id)) {
        if (focus?.station) expect(stations.has(focus.station) && page === '/air', focus.station).toBe(true);
        if (focus?.district) expect(metered.has(focus.district) && page === '/energy', focus.district).toBe(true);
        if (focus?.corridor) expect(corridors.has(focus.corridor) && page === '/mobility', focus.corridor).toBe(true);
        if (focus?.intersection) expect(intersections.has(focus.intersection), focus.intersection).toBe(true);
      }
    }
  });

  it('show only a panel that is on the moment’s page', () => {
    const pageOf = { pm25: '/air', ozone: '/air', load: '/energy', corridor: '/mobility' } as const;
    const shown = stories.flatMap((story) => momentsOf(story.id).filter((m) => m.show !== undefined));
    expect(shown.length).toBeGreaterThan(0);
    for (const { show, page } of shown) if (show) expect(page, show).toBe(pageOf[show]);
  });

  it('have notes in English and in Korean', () => {
    for (const story of stories) {
      for (const { notes } of momentsOf(story.id)) {
        expect(notes.en).not.toMatch(HANGUL);
        expect(notes.ko).toMatch(HANGUL);
      }
    }
  });

  it('are validated: a moment with an unknown page, speed, focus or a missing language is refused', () => {
    const good = {
      page: '/air',
      t: '2026-07-15T11:00:00Z',
      speed: 60,
      dwellS: 30,
      notes: { en: 'Watch the benches turn orange.', ko: '측정소 색을 보세요.' },
    };
    expect(StoryMomentsSchema.safeParse({ x: [good] }).success).toBe(true);
    for (const bad of [
      { ...good, page: '/nowhere' },
      { ...good, show: 'the-whole-page' },
      { ...good, speed: 7 },
      { ...good, dwellS: 0 },
      { ...good, focus: { meter: 'm-1' } },
      { ...good, notes: { en: good.notes.en } },
      { ...good, t: 'tomorrow' },
    ])
      expect(StoryMomentsSchema.safeParse({ x: [bad] }).success, JSON.stringify(bad)).toBe(false);
  });
});
