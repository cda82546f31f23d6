/**
 * The map area of a page: while the city and its basemap load, a placeholder; if either fails, the
 * error with a retry; then whatever map the page draws. Pages differ only in that last part.
 */
import type { Basemap } from '@sandbox/shared/schemas/basemap';
import type { City } from '@sandbox/shared/schemas/city';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Failure, Pending } from '../components/panel-state';
import { MapPlaceholder } from './lazy-map';

interface Props {
  className: string;
  cityId: string;
  city: UseQueryResult<City>;
  basemap: UseQueryResult<Basemap>;
  children: (city: City, basemap: Basemap) => ReactNode;
}

export function CityMapSection({ className, cityId, city, basemap, children }: Props) {
  const { t } = useTranslation();
  return (
    <section className={className} aria-label={t('map.regionLabel', { city: city.data?.name ?? cityId })}>
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
        children(city.data, basemap.data)
      ) : (
        <MapPlaceholder>
          <Pending label={t('map.loadingCity')} />
        </MapPlaceholder>
      )}
    </section>
  );
}
