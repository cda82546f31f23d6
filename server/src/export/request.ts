/**
 * What every export builder gets: the request resolved once by the pipeline (query → scenario →
 * cached simulation → window against the route's cap), plus what it is called and how it is written.
 * The types of a download's query, format and records come from its contract entry.
 */
import type { Contract, ExportFormat, ResolvedWindow, RouteName, Simulation, TelemetryService, WindowCap } from '@sandbox/shared';
import type { z } from 'zod';
import type { ExportJob } from './job';

export type DownloadRoute = { [K in RouteName]: Contract[K] extends { kind: 'download' } ? K : never }[RouteName];
/** The downloads that pick CSV or NDJSON by their `format` path parameter (the others have one format). */
export type TabularRoute = { [K in DownloadRoute]: Contract[K] extends { params: z.ZodType } ? K : never }[DownloadRoute];
export type QueryOf<K extends DownloadRoute> = z.output<Contract[K]['query']>;
export type FormatOf<K extends DownloadRoute> = K extends TabularRoute ? ExportFormat : 'xml';
/** One record of a tabular download: an NDJSON line, a CSV row once flattened. */
export type RecordOf<K extends TabularRoute> = z.output<Contract[K]['response']>;

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

/** Checks a request's entities (404) and row cap (413), and returns the job that streams it. */
export type ExportBuilder<K extends DownloadRoute> = (request: ExportRequest<QueryOf<K>, FormatOf<K>>) => ExportJob;
