/**
 * What every chart of the Air page is told: the station and span from the URL (the first station
 * when none or an unknown one is named), its name in the UI language, and how many points per line
 * the measured chart width can show. The page and its embeds (embed.tsx) share it, so an embed of a
 * page's URL shows the panel as the page does.
 */
import type { City } from '@sandbox/shared/city/schemas';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../i18n/i18n';
import { localName } from '../../../i18n/use-ui-language';
import { seriesPlotWidth } from '../../../ui/charts/chart-theme';
import { useElementWidth } from '../../../ui/use-element-width';
import { useAirView } from './use-air-view';

export function useStationCharts(city: City) {
  const { i18n } = useTranslation();
  const language = i18n.language as Language;
  const view = useAirView(city.stations);
  const station = view.station ?? (city.stations[0] as City['stations'][number]);
  const stationName = localName(station, language);
  const [measure, width] = useElementWidth<HTMLDivElement>();
  // Every chart here is a TimeSeriesChart as wide as the measured panel: the server is asked for no
  // more points per line than the plot inside it (less the panel's padding, y axis and margins) has pixels.
  const maxPoints = Math.max(100, seriesPlotWidth(width));
  const chart = { stationId: station.id, stationName, spanMs: view.spanMs, maxPoints, timeZone: city.timezone };
  return { view, station, stationName, language, measure, chart };
}
