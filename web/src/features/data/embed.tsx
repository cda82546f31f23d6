/**
 * The Data page's series explorer alone in an iframe (/embed/series, shell/embed/): its stream,
 * entity, metric and span come from the page's own URL, as on the page.
 */
import './data.css';
import { CityGate } from '../../ui/city-gate';
import { SeriesExplorer } from './components/series-explorer';

export const DATA_EMBED_NAMES = ['series'] as const;
export type DataEmbedName = (typeof DATA_EMBED_NAMES)[number];

export function DataEmbed(_: { name: DataEmbedName }) {
  return <CityGate>{(city) => <SeriesExplorer city={city} />}</CityGate>;
}
