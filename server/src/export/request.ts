/**
 * What every export builder gets: the request resolved once by the pipeline (query → scenario →
 * cached simulation → window against the route's cap), plus what it is called and how it is written.
 */
import type { ExportFormat, ResolvedWindow, Simulation, TelemetryService, WindowCap } from '@sandbox/shared';

export interface ExportRequest<Q, F extends ExportFormat | 'xml' = ExportFormat> {
  /** The export's word in file names and messages, e.g. `air-hourly`. */
  name: string;
  cap: WindowCap;
  format: F;
  query: Q;
  window: ResolvedWindow;
  /** The scenario's cached simulation, shared with the JSON routes answered on this thread. */
  sim: Simulation;
  /** The scenario's cache key. */
  key: string;
  /** The services whose caches an export reads (the hourly air pipeline). */
  telemetry: TelemetryService;
}
