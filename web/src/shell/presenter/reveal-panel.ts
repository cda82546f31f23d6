/**
 * A tour moment's panel brought into view (story-moments.json `show`). The moment's page is opened
 * by a navigation, so the panel appears a few frames later, and the panels above it grow as their
 * data arrives (on a cold server, seconds later): a single scroll would leave the panel pushed
 * down again. So the panel is aligned to the top of its scrolling container when it appears, and
 * kept there while the page settles, until the viewer scrolls or clicks themselves. Only that
 * container scrolls (never the whole document around a fixed layout).
 */
import type { TourPanel } from '../../state/presenter-url';

/** How long the panel is held in place while the page above it loads. */
const HOLD_MS = 15_000;
const CHECK_MS = 250;
/** Room left above the panel, in px. */
const GAP_PX = 8;

function scrollingParent(element: Element): Element {
  for (let parent = element.parentElement; parent; parent = parent.parentElement) {
    const { overflowY } = getComputedStyle(parent);
    if ((overflowY === 'auto' || overflowY === 'scroll') && parent.scrollHeight > parent.clientHeight) return parent;
  }
  return document.scrollingElement ?? document.documentElement;
}

/** Scrolls `element`'s container so the element sits at its top. */
function align(element: Element): void {
  const container = scrollingParent(element);
  const top = container === document.scrollingElement ? 0 : container.getBoundingClientRect().top;
  const delta = element.getBoundingClientRect().top - top - GAP_PX;
  // A jump, not a glide: the tour has just changed page, and a glide would be cut by the next check.
  if (Math.abs(delta) >= 2) container.scrollBy({ top: delta, behavior: 'auto' });
}

/** Starts revealing `panel`; the returned function stops (the moment changed, or the page went). */
export function revealPanel(panel: TourPanel): () => void {
  const started = performance.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = () => {
    clearTimeout(timer);
    for (const type of USER_SCROLLS) window.removeEventListener(type, stop, { capture: true });
  };
  const check = () => {
    const element = document.querySelector(`[data-tour-panel="${panel}"]`);
    if (element) align(element);
    if (performance.now() - started < HOLD_MS) timer = setTimeout(check, CHECK_MS);
    else stop();
  };
  for (const type of USER_SCROLLS) window.addEventListener(type, stop, { capture: true, passive: true });
  check();
  return stop;
}

/** The viewer taking over: from then on the page scrolls only when they scroll it. */
const USER_SCROLLS = ['wheel', 'touchstart', 'pointerdown'] as const;
