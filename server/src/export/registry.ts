/**
 * Every download, in one table: contract route → its builder. The rest is read from elsewhere so it
 * is said once: the export's name (file names, messages) is its path's file name (`air-hourly` for
 * `/api/export/air-hourly.:format`), its cap the route's row of the one caps table
 * (shared/src/simulation/caps.ts); the contract entry carries path, query schema, media types and
 * CSV columns. A tabular builder is one stream table run by the one tabular builder (tabular.ts).
 * The export routes are registered in this table's order (the order the API documents them).
 */
import { CAPS, contract, type WindowCap } from '@sandbox/shared';
import { airExport, airHourlyExport } from './air';
import { loadExport, meterExport } from './energy';
import { greenButtonExport } from './green-button';
import { bsmExport, eventExport, segmentExport } from './mobility';
import type { DownloadRoute, ExportBuilder } from './request';
import { truthExport } from './truth';

export type { DownloadRoute };

const BUILDERS: { [K in DownloadRoute]: ExportBuilder<K> } = {
  exportAir: airExport,
  exportAirHourly: airHourlyExport,
  exportMeters: meterExport,
  exportLoad: loadExport,
  exportSegments: segmentExport,
  exportEvents: eventExport,
  exportBsm: bsmExport,
  exportTruth: truthExport,
  exportGreenButton: greenButtonExport,
};

export interface ExportEntry<K extends DownloadRoute> {
  name: string;
  cap: WindowCap;
  build: ExportBuilder<K>;
}

/** The download routes, in the order they are registered and documented. */
export const DOWNLOAD_ROUTES = Object.keys(BUILDERS) as DownloadRoute[];

export function exportEntry<K extends DownloadRoute>(route: K): ExportEntry<K> {
  const file = contract[route].path.split('/').at(-1) as string;
  return { name: file.slice(0, file.indexOf('.')), cap: CAPS[route], build: BUILDERS[route] };
}
