/**
 * The scenario's city, once it has arrived: a spinner (saying `loadingLabel`, or that the city is
 * loading) while it loads, the error with a retry if it failed, then `children(city)`. For the pages
 * and embeds that cannot draw anything without it.
 */
import type { City } from '@sandbox/shared/city/schemas';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { cityQuery } from '../api/queries';
import { useScenario } from '../state/scenario/use-scenario';
import { Failure, Pending } from './panel-state';

export function CityGate({ loadingLabel, children }: { loadingLabel?: string; children: (city: City) => ReactNode }) {
  const { t } = useTranslation();
  const { scenario } = useScenario();
  const city = useQuery(cityQuery(scenario.city));
  if (city.isError) return <Failure title={t('map.cityFailed')} error={city.error} onRetry={() => city.refetch()} />;
  if (!city.data) return <Pending label={loadingLabel ?? t('map.loadingCity')} />;
  return children(city.data);
}
