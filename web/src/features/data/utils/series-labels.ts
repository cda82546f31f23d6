/**
 * What a line of the explorer is called in its legend and in its table's (and CSV's) column
 * headers: the name people read on the other pages (station and district names in the UI
 * language, customer classes translated, feeders by their name) rather than the API's id. Meters
 * and road segments have no other name than their id, which is also what the explorer's picker shows.
 */
import type { City } from '@sandbox/shared/city/schemas';
import type { Language } from '../../../i18n/i18n';
import { localName } from '../../../i18n/use-ui-language';
import type { StreamName } from '../hooks/use-explorer-state';

export interface LabelContext {
  city: City;
  language: Language;
  /** Translated customer class names, e.g. `{ residential: 'Residential' }`. */
  classNames: Record<string, string>;
}

export function seriesLabel(stream: StreamName, id: string, { city, language, classNames }: LabelContext): string {
  if (stream === 'air') {
    const station = city.stations.find((s) => s.id === id);
    return station ? localName(station, language) : id;
  }
  if (stream === 'load') {
    const district = city.districts.find((d) => d.id === id);
    if (district) return localName(district, language);
    const feeder = city.districts.flatMap((d) => d.feeders).find((f) => f.id === id);
    if (feeder) return feeder.name;
    return classNames[id] ?? id;
  }
  return id;
}
