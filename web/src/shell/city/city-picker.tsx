/**
 * The city switcher in the header: every city the server simulates (bundled or added to the data
 * folder), by its short name in the UI language ("Pittsburgh"; the state is in the option's title and
 * the tagline: a narrow header cut "Pennsylvania" before the city in Korean). Choosing one moves the view there and keeps the page, the clock
 * and the levers (see withCity). Until the list arrives the current city still shows, so the header
 * does not jump.
 */
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { citiesQuery } from '../../api/queries';
import { withCity } from '../../state/scenario/city-switch';
import { useScenario } from '../../state/scenario/use-scenario';
import { useUrlParams } from '../../state/url/use-url-params';
import { cityLabel, cityShortName } from '../../ui/city-name';

export function CityPicker() {
  const { t } = useTranslation();
  const { scenario } = useScenario();
  const [, update] = useUrlParams();
  const cities = useQuery(citiesQuery());
  const id = useId();
  const options = cities.data ?? [];
  const known = options.some((city) => city.id === scenario.city);

  return (
    <div className="header-picker city-picker">
      <label htmlFor={id}>{t('cityPicker.label')}</label>
      <select
        id={id}
        value={scenario.city}
        onChange={(event) => update((search) => withCity(search, event.target.value))}
        title={t('cityPicker.about')}
      >
        {known ? null : <option value={scenario.city}>{cityShortName(t, scenario.city)}</option>}
        {options.map((city) => (
          <option key={city.id} value={city.id} title={cityLabel(t, city.id, city)}>
            {cityShortName(t, city.id, city)}
          </option>
        ))}
      </select>
    </div>
  );
}
