/**
 * View state shared across pages (language now; time, speed and levers as they arrive) travels in
 * the URL. Navigation links carry these parameters so moving between pages keeps the view.
 */
import { useLocation } from 'react-router';

export const SHARED_VIEW_PARAMS = ['lang'] as const;

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
