import { describe, expect, it } from 'vitest';
import { clockFromSearch } from '../../state/clock/clock-url';
import { isPresenting, momentIndex, withPresenter } from '../../state/presenter-url';
import { decodeScenario } from '../../state/scenario/scenario-codec';
import { matchingStory, storiesFor } from '../scenario/stories';
import { momentsOf } from './story-moments';
import { momentTarget } from './tour';

const story = (id: string) => {
  const found = storiesFor('columbus').find((s) => s.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe('presenter mode in the URL', () => {
  it('is presenter=1; switching off drops the tour stop too', () => {
    const on = withPresenter(new URLSearchParams('lang=ko&moment=2'), true);
    expect(isPresenting(on)).toBe(true);
    const off = withPresenter(on, false);
    expect(isPresenting(off)).toBe(false);
    expect(off.get('moment')).toBeNull();
    expect(off.get('lang')).toBe('ko');
  });

  it('reads the tour stop, 0 when absent, malformed or past the end', () => {
    expect(momentIndex(new URLSearchParams('moment=2'), 3)).toBe(2);
    expect(momentIndex(new URLSearchParams(''), 3)).toBe(0);
    expect(momentIndex(new URLSearchParams('moment=two'), 3)).toBe(0);
    expect(momentIndex(new URLSearchParams('moment=-1'), 3)).toBe(0);
    expect(momentIndex(new URLSearchParams('moment=4'), 3)).toBe(0);
  });
});

describe('momentTarget', () => {
  const heat = story('heatWave');
  const start = new URLSearchParams('lang=ko&presenter=1&station=linden-park-bench&span=7d');

  it('opens a moment: its page, the clock playing from its time at its speed, its focus, the story kept', () => {
    const [first] = momentsOf(heat.id);
    const target = momentTarget(start, heat, 1);
    const search = new URLSearchParams(target.search);
    expect(target.pathname).toBe(first?.page);
    expect(search.get('moment')).toBe('1');
    expect(search.get('presenter')).toBe('1');
    expect(search.get('lang')).toBe('ko');
    // The previous page's selections go; the moment's come.
    expect(search.get('station')).toBeNull();
    expect(search.get('span')).toBeNull();
    expect(search.get('district')).toBe(first?.focus?.district);
    const clock = clockFromSearch(search, Date.now());
    expect(clock).toMatchObject({ playing: true, live: false, speed: first?.speed, anchorSimMs: Date.parse(first?.t ?? '') });
    expect(matchingStory(decodeScenario(search).scenario, clock.anchorSimMs)?.id).toBe('heatWave');
  });

  it('stop 0 is the story as its picker opens it: its page, paused at its moment, no tour stop', () => {
    const target = momentTarget(new URLSearchParams('presenter=1&moment=2&t=2026-07-15T20:00:00Z&play=1'), heat, 0);
    const search = new URLSearchParams(target.search);
    expect(target.pathname).toBe(heat.page);
    expect(search.get('moment')).toBeNull();
    expect(clockFromSearch(search, Date.now())).toMatchObject({ playing: false, anchorSimMs: Date.parse(heat.t) });
    expect(search.get('district')).toBe(heat.view?.district);
  });

  it('every moment of every story opens that story (the tour never loses its notes on the way)', () => {
    for (const s of storiesFor('columbus')) {
      momentsOf(s.id).forEach((_, k) => {
        const search = new URLSearchParams(momentTarget(start, s, k + 1).search);
        const { scenario, ignored } = decodeScenario(search);
        expect(ignored).toEqual([]);
        expect(matchingStory(scenario, clockFromSearch(search, Date.now()).anchorSimMs)?.id, `${s.id} ${k + 1}`).toBe(s.id);
      });
    }
  });
});
