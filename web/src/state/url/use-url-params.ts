/**
 * The one way the app writes view state to the URL. React Router renders a navigation as a
 * transition, and `setSearchParams(fn)` hands `fn` the parameters of the last *render*: two writes
 * before the page redraws (choose a district, then a class; toggle a layer while the playing clock
 * syncs `t`) would each start from the old URL and the second would drop the first. Every write here
 * starts from the newest URL written, rendered or not: the router's own location, and it goes to that
 * location's page. A navigation made elsewhere that React has not drawn yet (a link to another page,
 * the presenter's step to a story's moment) is built on, not undone by a write made from the page and
 * parameters drawn before it; a write that changes nothing is not made.
 */
import { useCallback, useContext, useEffect } from 'react';
import { type NavigateOptions, UNSAFE_DataRouterContext, useSearchParams } from 'react-router';
import { type PendingWrites, settle, startFrom, wrote } from './pending-writes';

/** Shared by every caller in the page: writes from different hooks chain onto each other. */
const pending: PendingWrites = { chain: [] };

/** Edits `next` in place, or returns the parameters to write instead. */
export type UrlChange = (next: URLSearchParams) => unknown;

/** The parameters to write: `change` applied to the newest written ones (or `current`'s). */
function nextParams(current: URLSearchParams, change: UrlChange): URLSearchParams {
  const start = startFrom(pending, current);
  const returned = change(start);
  return returned instanceof URLSearchParams ? returned : start;
}

export function useUrlParams(): [URLSearchParams, (change: UrlChange, options?: NavigateOptions) => void] {
  const [params, setParams] = useSearchParams();
  // Every router the app makes (browser, hash; memory in tests) is a data router, which knows its
  // newest location before React draws it. The context is exported for such uses, marked unstable.
  const router = useContext(UNSAFE_DataRouterContext)?.router;
  const rendered = params.toString();
  useEffect(() => settle(pending, rendered), [rendered]);
  const update = useCallback(
    (change: UrlChange, options?: NavigateOptions) => {
      const navigation = { replace: true, preventScrollReset: true, ...options };
      if (!router) {
        setParams((drawn) => {
          const next = nextParams(drawn, change);
          wrote(pending, drawn, next);
          return next;
        }, navigation);
        return;
      }
      const { pathname, search, hash } = router.state.location;
      const current = new URLSearchParams(search);
      const next = nextParams(current, change);
      if (next.toString() === current.toString()) return;
      wrote(pending, current, next);
      const query = next.toString();
      void router.navigate({ pathname, search: query ? `?${query}` : '', hash }, navigation);
    },
    [setParams, router],
  );
  return [params, update];
}
