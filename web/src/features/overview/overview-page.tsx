import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { basemapQuery, cityQuery } from '../../api/queries';
import { Failure, Pending } from '../../components/panel-state';
import { LazyMap, MapPlaceholder } from '../../map/lazy-map';
import { ContextCard } from './context-card';
import { MapLegend } from './map-legend';
import { TemperatureCard } from './temperature-card';

const CITY_ID = 'columbus';

export function OverviewPage() {
  const { t } = useTranslation();
  const city = useQuery(cityQuery(CITY_ID));
  const basemap = useQuery(basemapQuery(CITY_ID));

  return (
    <div className="overview">
      <h1 className="visually-hidden">{t('pages.overview.title')}</h1>
      <section className="overview__map" aria-label={t('map.regionLabel', { city: city.data?.name ?? CITY_ID })}>
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
          <>
            <LazyMap city={city.data} basemap={basemap.data} />
            <MapLegend city={city.data} />
          </>
        ) : (
          <MapPlaceholder>
            <Pending label={t('map.loadingCity')} />
          </MapPlaceholder>
        )}
      </section>
      <aside className="overview__side">
        {city.data ? <TemperatureCard cityId={CITY_ID} timeZone={city.data.timezone} /> : null}
        <ContextCard />
      </aside>
    </div>
  );
}
