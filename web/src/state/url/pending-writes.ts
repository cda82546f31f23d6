/**
 * Bookkeeping for URL writes that have not been rendered yet. `chain` holds the search strings from
 * the URL the first unrendered write started from to the newest one written. While the rendered URL
 * is somewhere on that chain, writes continue from its end; once the newest is rendered, or the URL
 * moves somewhere the chain never was (back/forward, a link, a pasted URL), the rendered URL is the
 * truth again.
 */
export interface PendingWrites {
  chain: string[];
}

/**
 * The parameters a new write should start from: the newest written, else the current ones. A current
 * URL the chain never was at (a navigation made since, not through these writes) is the truth again.
 */
export function startFrom(pending: PendingWrites, current: URLSearchParams): URLSearchParams {
  if (!pending.chain.includes(current.toString())) pending.chain = [];
  const newest = pending.chain.at(-1);
  return new URLSearchParams(newest ?? current);
}

/** Records a write of `next`, made while the URL was `current`. */
export function wrote(pending: PendingWrites, current: URLSearchParams, next: URLSearchParams): void {
  if (pending.chain.length === 0) pending.chain.push(current.toString());
  pending.chain.push(next.toString());
}

/** Called with each rendered URL: drops the chain once it is rendered or abandoned. */
export function settle(pending: PendingWrites, rendered: string): void {
  const at = pending.chain.lastIndexOf(rendered);
  if (at === -1 || at === pending.chain.length - 1) pending.chain = [];
}
