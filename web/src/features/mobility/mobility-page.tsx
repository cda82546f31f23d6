/**
 * Mobility (Smart Columbus): the live map of the connected-vehicle corridors on the left; on the
 * right, the chosen corridor's numbers now, its speed, travel time and volume over the chart window,
 * signal timing along it, today's safety events, a sample of Basic Safety Messages, and the real
 * program behind it all. Everything follows the one clock and the scenario's levers; the corridor,
 * intersection, span, BSM record and map layers live in the URL.
 */
import './mobility.css';
import type { City } from '@sandbox/shared/schemas/city';
import type { Segment } from '@sandbox/shared/schemas/mobility';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { basemapQuery, cityQuery } from '../../api/queries';
import { useScenario } from '../../app/scenario/use-scenario';
import { Failure, Pending } from '../../components/panel-state';
import { localName, useUiLanguage } from '../../i18n/use-ui-language';
import { MapPlaceholder } from '../../map/lazy-map';
import { ProgramContextCard } from '../policy/components/program-card';
import { BsmPanel } from './components/bsm-panel';
import { CorridorCharts } from './components/corridor-charts';
import { CveCard } from './components/cve-card';
import { EventsPanel } from './components/events-panel';
import { MobilityKpis } from './components/mobility-kpis';
import { MobilityMap } from './components/mobility-map';
import { SignalsPanel } from './components/signals-panel';
import { CorridorPicker, SpanPicker } from './components/view-controls';
import { useBsmSample, useEventsToday, useNetwork } from './hooks/use-mobility-queries';
import { useMobilityView } from './hooks/use-mobility-view';
import { countByKind } from './utils/events-summary';

function MobilityPanels({ city, network }: { city: City; network: readonly Segment[] | undefined }) {
  const { scenario, query } = useScenario();
  const language = useUiLanguage();
  const { view, selectCorridor, selectIntersection, setSpan, selectMessage } = useMobilityView(city);
  const corridor = city.corridors.find((c) => c.id === view.corridorId) ?? city.corridors[0];
  const today = useEventsToday(city.timezone);
  const bsm = useBsmSample(view.corridorId);
  if (!corridor) return null;
  const corridorName = localName(corridor, language);
  const events = today.events.data;
  return (
    <>
      <div className="mobility__controls">
        <CorridorPicker city={city} value={corridor.id} onChange={selectCorridor} />
        <SpanPicker value={view.span} onChange={setSpan} />
      </div>
      <MobilityKpis
        corridorId={corridor.id}
        corridorName={corridorName}
        network={network}
        eventsToday={events ? { total: events.total, byKind: countByKind(events.events) } : undefined}
      />
      <CorridorCharts corridorId={corridor.id} corridorName={corridorName} span={view.span} timeZone={city.timezone} />
      <SignalsPanel corridor={corridor} intersectionId={view.intersectionId} onSelect={selectIntersection} />
      <EventsPanel
        city={city}
        query={today.events}
        dayStartMs={today.dayStartMs}
        nowMs={today.nowMs}
        onSelectIntersection={selectIntersection}
      />
      <BsmPanel
        corridorId={corridor.id}
        corridorName={corridorName}
        query={bsm}
        scenarioQuery={query}
        messageId={view.messageId}
        onSelect={selectMessage}
      />
      <CveCard city={city} bsmRateHz={scenario.levers.bsmRateHz} />
      <ProgramContextCard programId="smart-columbus" />
    </>
  );
}

export function MobilityPage() {
  const { t } = useTranslation();
  const { scenario } = useScenario();
  const city = useQuery(cityQuery(scenario.city));
  const basemap = useQuery(basemapQuery(scenario.city));
  const network = useNetwork(scenario.city);
  const { view, selectCorridor, selectIntersection } = useMobilityView(city.data);

  return (
    <div className="mobility">
      <section className="mobility__map" aria-label={t('map.regionLabel', { city: city.data?.name ?? scenario.city })}>
        {city.isError || basemap.isError ? (
          <MapPlaceholder>
            <Failure
              title={t('map.cityFailed')}
              error={city.error ?? basemap.error}
              onRetry={() => {
                city.refetch();
                basemap.refetch();
              }}
            />
          </MapPlaceholder>
        ) : city.data && basemap.data ? (
          <MobilityMap
            city={city.data}
            basemap={basemap.data}
            network={network.data?.segments}
            view={view}
            onSelectCorridor={selectCorridor}
            onSelectIntersection={selectIntersection}
          />
        ) : (
          <MapPlaceholder>
            <Pending label={t('map.loadingCity')} />
          </MapPlaceholder>
        )}
      </section>
      <div className="mobility__side">
        <header className="mobility__header">
          <p className="eyebrow">{t('pages.mobility.program')}</p>
          <h1>{t('pages.mobility.title')}</h1>
        </header>
        {city.data ? <MobilityPanels city={city.data} network={network.data?.segments} /> : <Pending label={t('map.loadingCity')} />}
      </div>
    </div>
  );
}
