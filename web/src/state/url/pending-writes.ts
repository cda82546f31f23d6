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

/** The parameters a new write should start from: the newest written, else the rendered ones. */
export function startFrom(pending: PendingWrites, rendered: URLSearchParams): URLSearchParams {
  const newest = pending.chain.at(-1);
  return new URLSearchParams(newest ?? rendered);
}

/** Records a write of `next`, made while `rendered` was on screen. */
export function wrote(pending: PendingWrites, rendered: URLSearchParams, next: URLSearchParams): void {
  if (pending.chain.length === 0) pending.chain.push(rendered.toString());
  pending.chain.push(next.toString());
}

/** Called with each rendered URL: drops the chain once it is rendered or abandoned. */
export function settle(pending: PendingWrites, rendered: string): void {
  const at = pending.chain.lastIndexOf(rendered);
  if (at === -1 || at === pending.chain.length - 1) pending.chain = [];
}
