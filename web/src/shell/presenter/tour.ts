/**
 * The presenter tour, as pure functions over the URL: where each stop of a story's tour lives
 * (`moment=k`, 0 = the story's own opening, 1…n its moments) and the URL that opens it. Opening a
 * moment is an ordinary navigation: the story's scenario, the clock at the moment's time playing at
 * its speed, and the page's selection that frames the map, so a moment can be reloaded or shared.
 */
import { MOMENT_PARAM } from '../../state/presenter-url';
import { sharedSearch } from '../../state/view-params';
import { type Story, withStory } from '../scenario/stories';
import { FOCUS_KEYS, momentsOf } from './story-moments';

/**
 * Where stop `index` of `story`'s tour lives: stop 0 is the story as the picker opens it (its page,
 * paused at its moment); stop k is moment k. Page selections of the previous stop are dropped;
 * language, presenter mode and the story's scenario are kept.
 */
export function momentTarget(search: URLSearchParams, story: Story, index: number): { pathname: string; search: string } {
  const next = withStory(new URLSearchParams(sharedSearch(`?${search.toString()}`)), story);
  const moment = index > 0 ? momentsOf(story.id)[index - 1] : undefined;
  if (!moment) {
    next.delete(MOMENT_PARAM);
    for (const [key, value] of Object.entries(story.view ?? {})) next.set(key, value);
    return { pathname: story.page, search: `?${next.toString()}` };
  }
  next.set('t', moment.t);
  if (moment.speed === 1) next.delete('speed');
  else next.set('speed', String(moment.speed));
  // The clock plays from the moment so the room sees it unfold during the dwell.
  next.set('play', '1');
  for (const key of FOCUS_KEYS) next.delete(key);
  for (const [key, value] of Object.entries(moment.focus ?? {})) next.set(key, value);
  next.set(MOMENT_PARAM, String(index));
  return { pathname: moment.page, search: `?${next.toString()}` };
}
