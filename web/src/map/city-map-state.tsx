/**
 * The map area of a page while its city and basemap load: a spinner, or the error with a retry,
 * then the page's own map (and legend) once both have arrived. Pages pass their queries and a
 * render function, so every page shows the same states.
 */
import type { Basemap } from '@sandbox/shared/city/basemap-schemas';
import type { City } from '@sandbox/shared/city/schemas';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Failure, Pending } from '../ui/panel-state';
import { MapPlaceholder } from './lazy-map';

interface Loading<T> {
  data: T | undefined;
  isError: boolean;
  error: unknown;
  refetch: () => unknown;
}

export function CityMapState({
  city,
  basemap,
  children,
}: {
  city: Loading<City>;
  basemap: Loading<Basemap>;
  children: (city: City, basemap: Basemap) => ReactNode;
}) {
  const { t } = useTranslation();
  if (city.isError || basemap.isError) {
    return (
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
    );
  }
  if (city.data && basemap.data) return children(city.data, basemap.data);
  return (
    <MapPlaceholder>
      <Pending label={t('map.loadingCity')} />
    </MapPlaceholder>
  );
}
