/**
 * Every download, in one table: contract route → the export's name (file names, messages), its cap
 * (the one caps table, shared/src/simulation/caps.ts) and its builder. The route's contract entry
 * carries the rest: path, query schema, media types and CSV columns. The export routes are
 * registered from this table in its order (the order the API documents them).
 */
import { CAPS, type Contract, type ExportFormat, type RouteName, type WindowCap } from '@sandbox/shared';
import type { z } from 'zod';
import { airExport, airHourlyExport } from './air';
import { loadExport, meterExport } from './energy';
import { greenButtonExport } from './green-button';
import type { ExportJob } from './job';
import { bsmExport, eventExport, segmentExport } from './mobility';
import type { ExportRequest } from './request';
import { truthExport } from './truth';

export type DownloadRoute = { [K in RouteName]: Contract[K] extends { kind: 'download' } ? K : never }[RouteName];
type QueryOf<K extends DownloadRoute> = z.output<Contract[K]['query']>;
/** A tabular download picks CSV or NDJSON by its `format` path parameter; the others have one format. */
type FormatOf<K extends DownloadRoute> = Contract[K] extends { params: z.ZodType } ? ExportFormat : 'xml';

export interface ExportEntry<K extends DownloadRoute> {
  name: string;
  cap: WindowCap;
  build(request: ExportRequest<QueryOf<K>, FormatOf<K>>): ExportJob;
}

export const EXPORTS: { [K in DownloadRoute]: ExportEntry<K> } = {
  exportAir: { name: 'air', cap: CAPS.exportAir, build: airExport },
  exportAirHourly: { name: 'air-hourly', cap: CAPS.exportAirHourly, build: airHourlyExport },
  exportMeters: { name: 'meters', cap: CAPS.exportMeters, build: meterExport },
  exportLoad: { name: 'load', cap: CAPS.exportLoad, build: loadExport },
  exportSegments: { name: 'segments', cap: CAPS.exportSegments, build: segmentExport },
  exportEvents: { name: 'events', cap: CAPS.exportEvents, build: eventExport },
  exportBsm: { name: 'bsm', cap: CAPS.exportBsm, build: bsmExport },
  exportTruth: { name: 'truth', cap: CAPS.exportTruth, build: truthExport },
  exportGreenButton: { name: 'greenbutton', cap: CAPS.exportGreenButton, build: greenButtonExport },
};
