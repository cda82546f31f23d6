/**
 * The idle preload: once the shell has settled, every page's code (script and stylesheet) is fetched
 * one page after another, so a facilitator who opened the app can lose the network and still open a
 * page they had not opened yet (a projector is often offline). About 200 KB gzipped in all, once.
 * A failure is left for the page's own load to report (its route says the server cannot be reached).
 * Decision 220.
 */

/** The idle callback where the browser has one (Safari has not), else a timer. Returns a cancel. */
function whenIdle(run: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(run, { timeout: 10_000 });
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(run, 3_000);
  return () => window.clearTimeout(id);
}

export function preloadPagesWhenIdle(loaders: readonly (() => Promise<unknown>)[]): () => void {
  let cancelled = false;
  const cancel = whenIdle(async () => {
    for (const load of loaders) {
      if (cancelled || !navigator.onLine) return;
      await load().catch(() => undefined);
    }
  });
  return () => {
    cancelled = true;
    cancel();
  };
}
