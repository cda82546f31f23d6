/**
 * View state shared across pages travels in the URL; navigation links carry these parameters so
 * moving between pages keeps the language, the moment, the speed and the scenario.
 */
import { useLocation } from 'react-router';
import { CLOCK_PARAMS } from './clock/clock-url';
import { MOMENT_PARAM, PRESENTER_PARAM } from './presenter-url';
import { SCENARIO_PARAMS } from './scenario/scenario-codec';
import { CLASS_PARAM, STUDENT_PARAM } from './student-url';

/**
 * Parameters every page shares: language, presenter mode and its tour stop, the clock, the
 * scenario and a student's class and name (student mode). Page-specific ones stay behind.
 */
export const SHARED_VIEW_PARAMS: readonly string[] = [
  'lang',
  PRESENTER_PARAM,
  MOMENT_PARAM,
  ...CLOCK_PARAMS,
  ...SCENARIO_PARAMS,
  CLASS_PARAM,
  STUDENT_PARAM,
];

export function sharedSearch(search: string): string {
  const from = new URLSearchParams(search);
  const kept = new URLSearchParams();
  for (const key of SHARED_VIEW_PARAMS) {
    const value = from.get(key);
    if (value !== null) kept.set(key, value);
  }
  const text = kept.toString();
  return text ? `?${text}` : '';
}

/** A link target to `pathname` that keeps the shared view parameters of the current URL. */
export function useViewLink(pathname: string) {
  const { search } = useLocation();
  return { pathname, search: sharedSearch(search) };
}
