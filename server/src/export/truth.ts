/** The ground-truth export: what really happened in the window, for checking answers. */
import { groundTruth } from '@sandbox/shared';
import { tabularExport } from './tabular';

/**
 * Ground-truth events overlapping the window, sorted by start. An event is listed once, in the day
 * it starts (or the first day, when it started before the window), however many days it spans.
 */
export const truthExport = tabularExport('exportTruth', {
  plan({ sim, window, query }) {
    const kinds = query.kind ? new Set<string>(query.kind) : undefined;
    return {
      rows: (chunk) =>
        groundTruth(sim, chunk.fromMs, chunk.toMs).filter(
          (e) => Math.max(Date.parse(e.from), window.fromMs) >= chunk.fromMs && (kinds === undefined || kinds.has(e.kind)),
        ),
    };
  },
});
