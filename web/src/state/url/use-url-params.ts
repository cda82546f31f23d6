/**
 * The one way the app writes view state to the URL. React Router renders a navigation as a
 * transition, and `setSearchParams(fn)` hands `fn` the parameters of the last *render*: two writes
 * before the page redraws (choose a district, then a class; toggle a layer while the playing clock
 * syncs `t`) would each start from the old URL and the second would drop the first. Every write here
 * starts from the newest URL written, rendered or not.
 */
import { useCallback, useEffect } from 'react';
import { type NavigateOptions, useSearchParams } from 'react-router';
import { type PendingWrites, settle, startFrom, wrote } from './pending-writes';

/** Shared by every caller in the page: writes from different hooks chain onto each other. */
const pending: PendingWrites = { chain: [] };

/** Edits `next` in place, or returns the parameters to write instead. */
export type UrlChange = (next: URLSearchParams) => unknown;

export function useUrlParams(): [URLSearchParams, (change: UrlChange, options?: NavigateOptions) => void] {
  const [params, setParams] = useSearchParams();
  const rendered = params.toString();
  useEffect(() => settle(pending, rendered), [rendered]);
  const update = useCallback(
    (change: UrlChange, options?: NavigateOptions) => {
      setParams(
        (current) => {
          const start = startFrom(pending, current);
          const returned = change(start);
          const next = returned instanceof URLSearchParams ? returned : start;
          wrote(pending, current, next);
          return next;
        },
        { replace: true, preventScrollReset: true, ...options },
      );
    },
    [setParams],
  );
  return [params, update];
}
