/**
 * The Air panels that can stand alone in an iframe (/embed/<name>, shell/embed/): each reads the
 * page's own URL (station, span, the clock and the scenario) through the hook the page uses, so a
 * page's address with its path swapped for /embed/<name> shows that panel as the page does.
 */
import './air.css';
import type { City } from '@sandbox/shared/city/schemas';
import type { ReactNode } from 'react';
import { CityGate } from '../../ui/city-gate';
import { embedNames } from '../../ui/embed-names';
import { useEmbedSubject } from '../../ui/embed-subject';
import { AqiCalendar } from './components/aqi-calendar';
import { PollutantPanel } from './components/pollutant-panel';
import { StationsPanel } from './components/stations-panel';
import { WeatherPanel } from './components/weather-panel';
import { useStationCharts } from './hooks/use-station-charts';

type Charts = ReturnType<typeof useStationCharts>;

/** One panel, measured like the page's first chart, once the city has arrived. */
function StationEmbed({ city, panel }: { city: City; panel: (city: City, charts: Charts) => ReactNode }) {
  const charts = useStationCharts(city);
  // The stations panel shows every bench; the others are about one.
  useEmbedSubject(panel === PANELS.stations ? undefined : charts.stationName);
  // The page's class: some of its panels' rules are scoped to it.
  return (
    <div ref={charts.measure} className="air">
      {panel(city, charts)}
    </div>
  );
}

type Render = Parameters<typeof StationEmbed>[0]['panel'];

const PANELS = {
  pm25: (_, { chart }) => <PollutantPanel pollutant="pm25" {...chart} />,
  ozone: (_, { chart }) => <PollutantPanel pollutant="ozone" {...chart} />,
  stations: (city, { station, chart }) => (
    <StationsPanel city={city} selected={station.id} spanMs={chart.spanMs} maxPoints={chart.maxPoints} timeZone={chart.timeZone} />
  ),
  weather: (_, { chart }) => <WeatherPanel {...chart} />,
  'aqi-calendar': (_, { chart }) => <AqiCalendar stationId={chart.stationId} stationName={chart.stationName} timeZone={chart.timeZone} />,
} satisfies Record<string, Render>;

export const AIR_EMBED_NAMES = embedNames(PANELS);
export type AirEmbedName = (typeof AIR_EMBED_NAMES)[number];

/** The panel `name` of the page, once the city has arrived. */
export function AirEmbed({ name }: { name: AirEmbedName }) {
  return <CityGate>{(city) => <StationEmbed city={city} panel={PANELS[name]} />}</CityGate>;
}
