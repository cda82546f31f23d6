/**
 * Presenter mode in the URL: `presenter=1` (a projector's link opens in it) and `moment=k`, the stop
 * of the story's tour (shell/presenter/tour.ts) the view is at.
 */

export const PRESENTER_PARAM = 'presenter';
export const MOMENT_PARAM = 'moment';

/**
 * The panels a story moment may bring into view (story-moments.json `show`): on a 1366 × 768 laptop
 * in presenter mode the Air page's charts are below the fold, and the speaker notes talk about them.
 * A panel says which it is with `data-tour-panel`.
 */
export const TOUR_PANELS = ['pm25', 'ozone', 'load', 'corridor'] as const;
export type TourPanel = (typeof TOUR_PANELS)[number];

export const isPresenting = (search: URLSearchParams) => search.get(PRESENTER_PARAM) === '1';

/** The URL with presenter mode switched on or off (the tour position goes with it). */
export function withPresenter(search: URLSearchParams, on: boolean): URLSearchParams {
  const next = new URLSearchParams(search);
  if (on) next.set(PRESENTER_PARAM, '1');
  else {
    next.delete(PRESENTER_PARAM);
    next.delete(MOMENT_PARAM);
  }
  return next;
}

/** The stop the URL is at, 0…count (0 when absent, malformed or past the end). */
export function momentIndex(search: URLSearchParams, count: number): number {
  const text = search.get(MOMENT_PARAM);
  if (text === null || !/^\d+$/.test(text)) return 0;
  const index = Number(text);
  return index <= count ? index : 0;
}
