/** The ground-truth export: what really happened in the window, for checking answers. */
import { CSV_COLUMNS, type GroundTruthEvent, groundTruth, type TruthExportQuery } from '@sandbox/shared';
import type { ExportJob } from './job';
import type { ExportRequest } from './request';
import { table, tableJob } from './table';

const truthTable = table<GroundTruthEvent, typeof CSV_COLUMNS.truth>(CSV_COLUMNS.truth, {
  kind: (r) => r.kind,
  source: (r) => r.source,
  entity_type: (r) => r.entityType,
  entity_id: (r) => r.entityId,
  metric: (r) => r.metric,
  from_utc: (r) => r.from,
  to_utc: (r) => r.to,
  detail: (r) => r.detail,
});

/**
 * Ground-truth events overlapping the window, sorted by start. An event is listed once, in the day
 * it starts (or the first day, when it started before the window), however many days it spans.
 */
export function truthExport(request: ExportRequest<TruthExportQuery>): ExportJob {
  const { sim, window, query } = request;
  const kinds = query.kind ? new Set<string>(query.kind) : undefined;
  return tableJob({
    request,
    table: truthTable,
    rows: (chunk) =>
      groundTruth(sim, chunk.fromMs, chunk.toMs).filter(
        (e) => Math.max(Date.parse(e.from), window.fromMs) >= chunk.fromMs && (kinds === undefined || kinds.has(e.kind)),
      ),
  });
}
