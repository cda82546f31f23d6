/** What every Energy panel is told by the page, and the time columns its tables start with. */
import type { TFunction } from 'i18next';
import { formatDateTime } from '../../../i18n/format-time';
import type { Language } from '../../../i18n/i18n';
import type { TableColumn } from '../../../ui/csv';
import type { EnergyFormat } from '../utils/units';

export interface EnergyPanelProps {
  /** The selected district, or null for the whole city. */
  district: string | null;
  /** Its name (or "Whole city") for titles. */
  place: string;
  timeZone: string;
  language: Language;
  format: EnergyFormat;
}

/** Room the axes take from a card's width: the rest is the plot, in pixels. */
export const AXES_PX = 100;

/** Local time as people read it, and UTC as spreadsheets and the API take it. */
export function timeColumns<Row extends { time: number }>(t: TFunction, language: Language, timeZone: string): TableColumn<Row>[] {
  return [
    { key: 'time', label: t('energy.table.time'), value: (row) => formatDateTime(row.time, language, timeZone) },
    { key: 'utc', label: t('energy.table.utc'), value: (row) => new Date(row.time).toISOString() },
  ];
}
