import './overview.css';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { basemapQuery, cityQuery } from '../../api/queries';
import { CityMapSection } from '../../map/city-map-section';
import { LazyMap } from '../../map/lazy-map';
import type { LayerGroup } from '../../map/map-data';
import { MapLegend } from '../../map/map-legend';
import { useLayerVisibility } from '../../map/use-layer-visibility';
import { useLiveMapData } from '../../map/use-live-map-data';
import { useScenario } from '../../state/scenario/use-scenario';
import { PageLayout } from '../../ui/page-layout';
import { networkQuery } from './api/overview-queries';
import { ContextCard } from './components/context-card';
import { KpiTiles } from './components/kpi-tiles';
import { TemperatureCard } from './components/temperature-card';
import { useToday } from './hooks/use-today';

const GROUPS: readonly LayerGroup[] = ['stations', 'districts', 'corridors', 'speeds', 'signals', 'vehicles', 'events'];
const DEFAULT_GROUPS: readonly LayerGroup[] = ['stations', 'districts', 'speeds', 'vehicles', 'events'];

export function OverviewPage() {
  const { t } = useTranslation();
  const { scenario } = useScenario();
  const city = useQuery(cityQuery(scenario.city));
  const basemap = useQuery(basemapQuery(scenario.city));
  const network = useQuery(networkQuery(scenario.city));
  const mapData = useLiveMapData(network.data?.segments);
  const { visible, toggle } = useLayerVisibility(DEFAULT_GROUPS);
  const today = useToday(city.data?.timezone ?? 'America/New_York');

  return (
    <PageLayout
      className="overview"
      beforeMap={<h1 className="visually-hidden">{t('pages.overview.title')}</h1>}
      map={
        <CityMapSection cityId={scenario.city} city={city} basemap={basemap}>
          {(cityData, basemapData) => (
            <>
              <LazyMap city={cityData} basemap={basemapData} data={mapData} visible={visible} />
              <MapLegend groups={GROUPS} visible={visible} onToggle={toggle} />
            </>
          )}
        </CityMapSection>
      }
      sideElement="aside"
    >
      {city.data ? <KpiTiles city={city.data} network={network.data?.segments} today={today} /> : null}
      {city.data ? <TemperatureCard timeZone={city.data.timezone} /> : null}
      {city.data ? <ContextCard city={city.data} /> : null}
    </PageLayout>
  );
}
