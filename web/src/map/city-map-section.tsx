/**
 * A page's map region (the kit's MapRegion, in the left column of a PageLayout) around CityMapState (placeholder while the city and its
 * basemap load, the error with a retry, then whatever map the page draws).
 */
import type { Basemap } from '@sandbox/shared/city/basemap-schemas';
import type { City } from '@sandbox/shared/city/schemas';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { MapRegion } from '../ui/page-layout';
import { CityMapState } from './city-map-state';

interface Props {
  /** The page's own class beside the kit's. */
  className?: string;
  cityId: string;
  city: UseQueryResult<City>;
  basemap: UseQueryResult<Basemap>;
  children: (city: City, basemap: Basemap) => ReactNode;
}

export function CityMapSection({ className, cityId, city, basemap, children }: Props) {
  const { t } = useTranslation();
  return (
    <MapRegion className={className} label={t('map.regionLabel', { city: city.data?.name ?? cityId })}>
      <CityMapState city={city} basemap={basemap}>
        {children}
      </CityMapState>
    </MapRegion>
  );
}
