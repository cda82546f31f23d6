import { useQuery } from '@tanstack/react-query';
import { basemapQuery, cityQuery } from '../../api/queries';
import { Failure, Pending } from '../../components/panel-state';
import { LazyMap, MapPlaceholder } from '../../map/lazy-map';
import { ContextCard } from './context-card';
import { MapLegend } from './map-legend';
import { TemperatureCard } from './temperature-card';

const CITY_ID = 'columbus';

export function OverviewPage() {
  const city = useQuery(cityQuery(CITY_ID));
  const basemap = useQuery(basemapQuery(CITY_ID));

  return (
    <div className="overview">
      <h1 className="visually-hidden">Overview</h1>
      <section className="overview__map" aria-label="Map of Columbus">
        {city.isError || basemap.isError ? (
          <MapPlaceholder>
            <Failure
              title="The city could not be loaded."
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
            <Pending label="Loading the city…" />
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
