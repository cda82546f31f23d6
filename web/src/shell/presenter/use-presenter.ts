/**
 * Presenter mode's state: on or off (`presenter=1` in the URL, so a projector's link opens in it),
 * the story the view is telling and where its tour is (`moment=k`), whether the screen is blanked
 * (not in the URL: a reload shows the picture again), the clicker's keys, and the auto-tour that
 * moves on once a moment's dwell time has passed.
 */
import { HOUR_MS } from '@sandbox/shared/common/time';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useSimTime } from '../../state/clock/clock-provider';
import { isPresenting, momentIndex, withPresenter } from '../../state/presenter-url';
import { useScenario } from '../../state/scenario/use-scenario';
import { useUrlParams } from '../../state/url/use-url-params';
import { useCitySummary } from '../../ui/city-name';
import { isTyping } from '../clock/use-shortcuts';
import { isOwnStory, matchingStory, type Story } from '../scenario/stories';
import { applyPresenterKey, presenterKey } from './presenter-keys';
import { revealPanel } from './reveal-panel';
import { momentsOf, type StoryMoment } from './story-moments';
import { momentTarget } from './tour';

export interface Presenter {
  presenting: boolean;
  toggle: () => void;
  story: Story | undefined;
  moments: readonly StoryMoment[];
  /** 0 = the story's opening, k = moment k. */
  index: number;
  blanked: boolean;
  /** Wall time (ms) when the auto-tour moves on, or null when it will not. */
  dueAt: number | null;
}

export function usePresenter(): Presenter {
  const [params, update] = useUrlParams();
  const navigate = useNavigate();
  const { scenario } = useScenario();
  const story = matchingStory(scenario, useSimTime(HOUR_MS, 1_000), useCitySummary(scenario.city)?.timezone);
  // A tour's notes name Columbus places: a story re-told in another city opens without one.
  const moments = story && isOwnStory(scenario.city) ? momentsOf(story.id) : [];
  const presenting = isPresenting(params);
  const index = momentIndex(params, moments.length);
  const [blanked, setBlanked] = useState(false);
  const [dueAt, setDueAt] = useState<number | null>(null);

  // The stop last opened. A playing clock writes its time to the URL every few seconds, from the
  // parameters it last rendered; one such write landing just after a step would put the previous
  // stop's parameters on the new page. The stop is opened again when that happens.
  const opened = useRef<{ pathname: string; search: string; index: number } | null>(null);
  const go = useCallback(
    (to: number) => {
      if (!story) return;
      const target = momentTarget(params, story, to);
      opened.current = { ...target, index: to };
      navigate(target);
    },
    [navigate, params, story],
  );
  const { pathname } = useLocation();
  useEffect(() => {
    const last = opened.current;
    if (presenting && last && pathname === last.pathname && index !== last.index) navigate(last, { replace: true });
  }, [presenting, pathname, index, navigate]);
  const toggle = useCallback(() => {
    setBlanked(false);
    update((search) => withPresenter(search, !isPresenting(search)));
  }, [update]);

  // The panel the moment's notes talk about, scrolled into view (it may be below the fold).
  const show = presenting && index > 0 ? moments[index - 1]?.show : undefined;
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new moment or page shows its panel again, even the same one.
  useEffect(() => (show ? revealPanel(show) : undefined), [show, index, pathname]);

  // The key handler reads the newest state through a ref, so it is added once.
  const latest = useRef({ presenting, index, blanked, count: moments.length, go, toggle });
  latest.current = { presenting, index, blanked, count: moments.length, go, toggle };
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const now = latest.current;
      if (isTyping(event.target) || document.querySelector('dialog[open]')) return;
      const key = presenterKey(event, now.presenting, now.count > 0);
      if (!key) return;
      // Before the clock's own shortcuts (capture phase): in a tour the arrows are the clicker's.
      event.preventDefault();
      if (key === 'toggle') return now.toggle();
      const next = applyPresenterKey({ index: now.index, blanked: now.blanked }, key, now.count);
      if (next.blanked !== now.blanked) setBlanked(next.blanked);
      if (next.index !== now.index) now.go(next.index);
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, []);

  // The auto-tour: once started (past the opening), each moment stays its dwell time, then the next.
  const dwellS = index > 0 && index < moments.length ? moments[index - 1]?.dwellS : undefined;
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new moment restarts the dwell even when it lasts as long as the last.
  useEffect(() => {
    if (!presenting || blanked || dwellS === undefined) {
      setDueAt(null);
      return;
    }
    setDueAt(Date.now() + dwellS * 1000);
    const timer = setTimeout(() => latest.current.go(latest.current.index + 1), dwellS * 1000);
    return () => clearTimeout(timer);
  }, [presenting, blanked, dwellS, index]);

  return { presenting, toggle, story, moments, index, blanked: presenting && blanked, dueAt };
}
