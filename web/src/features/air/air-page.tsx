/**
 * Air (Village Green): the stations on the map in the official AQI colours beside the selected
 * station's story — the AQI now with the numbers behind it, PM2.5 and ozone minute by minute beside
 * their NowCast, the bench's weather, the daily AQI calendar of the month, and the program it
 * imitates. Everything follows the one clock and the scenario; the station and span live in the URL.
 */
import './air.css';
import type { Basemap } from '@sandbox/shared/city/basemap-schemas';
import type { City } from '@sandbox/shared/city/schemas';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { basemapQuery } from '../../api/queries';
import { localName } from '../../i18n/use-ui-language';
import { LazyMap, MapPlaceholder } from '../../map/lazy-map';
import type { LayerGroup } from '../../map/map-data';
import { MapLegend } from '../../map/map-legend';
import type { HoverTarget } from '../../map/map-view-props';
import { useLayerVisibility } from '../../map/use-layer-visibility';
import { useLiveMapData } from '../../map/use-live-map-data';
import { useScenario } from '../../state/scenario/use-scenario';
import { CityGate } from '../../ui/city-gate';
import { PageLayout } from '../../ui/page-layout';
import { Pending } from '../../ui/panel-state';
import { AirContext } from './components/air-context';
import { AqiCalendar } from './components/aqi-calendar';
import { AqiNowCard } from './components/aqi-now-card';
import { PollutantPanel } from './components/pollutant-panel';
import { SpanPicker } from './components/span-picker';
import { StationList } from './components/station-list';
import { StationsPanel } from './components/stations-panel';
import { WeatherPanel } from './components/weather-panel';
import { useStationCharts } from './hooks/use-station-charts';

const LAYER_GROUPS: readonly LayerGroup[] = ['stations', 'corridors', 'districts'];
const DEFAULT_LAYERS: readonly LayerGroup[] = ['stations', 'corridors'];

function AirMap({ city, basemap, selected, onSelect }: { city: City; basemap: Basemap; selected: string; onSelect: (id: string) => void }) {
  const { visible, toggle } = useLayerVisibility(DEFAULT_LAYERS);
  const live = useLiveMapData(undefined);
  const data = useMemo(() => ({ ...live, selectedStation: selected }), [live, selected]);
  const select = (target: HoverTarget) => {
    if (target.layer === 'station' && target.id) onSelect(target.id);
  };
  return (
    <>
      <LazyMap city={city} basemap={basemap} data={data} visible={visible} onSelect={select} />
      <MapLegend groups={LAYER_GROUPS} visible={visible} onToggle={toggle} />
    </>
  );
}

function AirView({ city, basemap }: { city: City; basemap: Basemap | undefined }) {
  const { t } = useTranslation();
  const { view, station, stationName, language, measure, chart } = useStationCharts(city);
  const district = city.districts.find((d) => d.id === station.districtId);
  const timeZone = city.timezone;

  return (
    <PageLayout
      className="air"
      map={
        <div className="air__left">
          <section className="air__map" aria-label={t('air.mapLabel', { city: city.name })}>
            {basemap ? (
              <AirMap city={city} basemap={basemap} selected={station.id} onSelect={view.setStation} />
            ) : (
              <MapPlaceholder>
                <Pending label={t('map.loading')} />
              </MapPlaceholder>
            )}
          </section>
          <StationList city={city} selected={station.id} onSelect={view.setStation} />
        </div>
      }
      sideClassName="air__panels"
      // The panels flow in CSS columns (.air__grid), not in a stack.
      sideStack={false}
    >
      <header className="page-layout__header air__header">
        <div>
          <p className="eyebrow">{t('pages.air.program')}</p>
          <h1>{t('air.heading', { station: stationName })}</h1>
          <p className="air__site">
            {t('air.site', { siteType: t(`map.siteType.${station.siteType}`), district: district ? localName(district, language) : '' })}
          </p>
        </div>
        <SpanPicker value={view.span} onChange={view.setSpan} />
      </header>
      <div className="air__grid">
        <AqiNowCard stationId={station.id} timeZone={timeZone} />
        <div ref={measure} className="air__measure">
          <PollutantPanel pollutant="pm25" {...chart} />
        </div>
        <PollutantPanel pollutant="ozone" {...chart} />
        <StationsPanel city={city} selected={station.id} spanMs={view.spanMs} maxPoints={chart.maxPoints} timeZone={timeZone} />
        <WeatherPanel {...chart} />
        <AqiCalendar stationId={station.id} stationName={stationName} timeZone={timeZone} />
        <AirContext />
      </div>
    </PageLayout>
  );
}

export function AirPage() {
  const { t } = useTranslation();
  const { scenario } = useScenario();
  const basemap = useQuery(basemapQuery(scenario.city));
  return <CityGate loadingLabel={t('air.loadingCity')}>{(city) => <AirView city={city} basemap={basemap.data} />}</CityGate>;
}
