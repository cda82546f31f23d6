/**
 * The Mobility panels that can stand alone in an iframe (/embed/<name>, shell/embed/): each reads
 * the page's own URL (corridor, intersection, span, bsm, the clock and the scenario) through the
 * hooks the page uses, so a page's address with its path swapped for /embed/<name> shows that panel
 * as the page does.
 */
import './mobility.css';
import type { City } from '@sandbox/shared/city/schemas';
import type { CorridorMetricKey } from '@sandbox/shared/mobility/api-schemas';
import type { ReactNode } from 'react';
import { CityGate } from '../../ui/city-gate';
import { embedNames } from '../../ui/embed-names';
import { useEmbedSubject } from '../../ui/embed-subject';
import { BsmPanel } from './components/bsm-panel';
import { CorridorCharts } from './components/corridor-charts';
import { EventsPanel } from './components/events-panel';
import { SignalsPanel } from './components/signals-panel';
import { useCorridorView } from './hooks/use-corridor-view';
import { useBsmSample, useEventsToday } from './hooks/use-mobility-queries';

type Corridors = Extract<ReturnType<typeof useCorridorView>, { charts: unknown }>;

function CorridorPanel({ city, panel }: { city: City; panel: (city: City, corridors: Corridors) => ReactNode }) {
  const corridors = useCorridorView(city);
  useEmbedSubject(corridors.corridor ? corridors.charts.corridorName : undefined);
  // The page's class: some of its panels' rules are scoped to it.
  return corridors.corridor ? <div className="mobility">{panel(city, corridors)}</div> : null;
}

const corridorChart =
  (metric: CorridorMetricKey): Render =>
  (_, { charts }) => <CorridorCharts {...charts} metrics={[metric]} />;

function TodayEvents({ city, onSelectIntersection }: { city: City; onSelectIntersection: (id: string) => void }) {
  return <EventsPanel city={city} today={useEventsToday(city.timezone)} onSelectIntersection={onSelectIntersection} />;
}

function BsmSample({ bsm }: { bsm: Corridors['bsm'] }) {
  return <BsmPanel {...bsm} query={useBsmSample(bsm.corridorId)} />;
}

type Render = Parameters<typeof CorridorPanel>[0]['panel'];

const PANELS = {
  'corridor-speed': corridorChart('speedMps'),
  'corridor-travel-time': corridorChart('travelTimeS'),
  'corridor-volume': corridorChart('volumeVph'),
  signals: (_, { signals }) => <SignalsPanel {...signals} />,
  events: (city, { selectIntersection }) => <TodayEvents city={city} onSelectIntersection={selectIntersection} />,
  bsm: (_, { bsm }) => <BsmSample bsm={bsm} />,
} satisfies Record<string, Render>;

export const MOBILITY_EMBED_NAMES = embedNames(PANELS);
export type MobilityEmbedName = (typeof MOBILITY_EMBED_NAMES)[number];

/** The panel `name` of the page, once the city has arrived. */
export function MobilityEmbed({ name }: { name: MobilityEmbedName }) {
  return <CityGate>{(city) => <CorridorPanel city={city} panel={PANELS[name]} />}</CityGate>;
}
