/**
 * Mobility (Smart Columbus): the live map of the connected-vehicle corridors on the left; on the
 * right, the chosen corridor's numbers now, its speed, travel time and volume over the chart window,
 * signal timing along it, today's safety events, a sample of Basic Safety Messages, and the real
 * program behind it all. Everything follows the one clock and the scenario's levers; the corridor,
 * intersection, span, BSM record and map layers live in the URL.
 */
import './mobility.css';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { basemapQuery, cityQuery } from '../../api/queries';
import { CityMapSection } from '../../map/city-map-section';
import { useScenario } from '../../state/scenario/use-scenario';
import { PROGRAM_CITY } from '../../ui/city-name';
import { PageLayout } from '../../ui/page-layout';
import { Pending } from '../../ui/panel-state';
import { MobilityMap } from './components/mobility-map';
import { MobilityPanels } from './components/mobility-panels';
import { useNetwork } from './hooks/use-mobility-queries';
import { useMobilityView } from './hooks/use-mobility-view';

export function MobilityPage() {
  const { t } = useTranslation();
  const { scenario } = useScenario();
  const city = useQuery(cityQuery(scenario.city));
  const basemap = useQuery(basemapQuery(scenario.city));
  const network = useNetwork(scenario.city);
  const { view, selectCorridor, selectIntersection } = useMobilityView(city.data);

  return (
    <PageLayout
      className="mobility"
      map={
        <CityMapSection className="mobility__map" cityId={scenario.city} city={city} basemap={basemap}>
          {(cityData, basemapData) => (
            <MobilityMap
              city={cityData}
              basemap={basemapData}
              network={network.data?.segments}
              view={view}
              onSelectCorridor={selectCorridor}
              onSelectIntersection={selectIntersection}
            />
          )}
        </CityMapSection>
      }
      sideClassName="mobility__side"
    >
      <header className="mobility__header">
        {/* The page simulates the Columbus deployment's data shapes in whichever city is chosen. */}
        <p className="eyebrow">{scenario.city === PROGRAM_CITY ? t('pages.mobility.program') : t('pages.mobility.programAfter')}</p>
        <h1>{t('pages.mobility.title')}</h1>
      </header>
      {city.data ? <MobilityPanels city={city.data} network={network.data?.segments} /> : <Pending label={t('map.loadingCity')} />}
    </PageLayout>
  );
}
