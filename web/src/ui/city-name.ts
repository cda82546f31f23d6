/**
 * The chosen city as the header, the tab title and the story menus name it: the city list's entry
 * (name, region, time zone), named in the UI language. Bundled cities have a name in each catalogue
 * (`cities.<id>`); a city a user added shows its file's own "Name, Region" in both languages.
 */
import type { CitySummary } from '@sandbox/shared/city/schemas';
import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { citiesQuery } from '../api/queries';

/**
 * The city where the three programs ran (Smart Columbus, gridSMART, the CVE): its pages say what ran
 * there; every other city is simulated after them.
 */
export const PROGRAM_CITY = 'columbus';

export function cityLabel(t: TFunction, id: string, summary?: Pick<CitySummary, 'name' | 'region'>): string {
  return t(`cities.${id}`, { defaultValue: summary ? `${summary.name}, ${summary.region}` : id });
}

/** The short name (no region) for running text: "Smoke covers Denver…". */
export function cityShortName(t: TFunction, id: string, summary?: Pick<CitySummary, 'name'>): string {
  return t(`cityNames.${id}`, { defaultValue: summary?.name ?? id });
}

/** The list entry of `cityId` (undefined while the list loads or when the city is unknown). */
export function useCitySummary(cityId: string): CitySummary | undefined {
  const cities = useQuery(citiesQuery());
  return cities.data?.find((city) => city.id === cityId);
}

export function useCityLabel(cityId: string): string {
  const { t } = useTranslation();
  return cityLabel(t, cityId, useCitySummary(cityId));
}
