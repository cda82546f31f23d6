/**
 * Every station with its NowCast AQI, as a radio group: the keyboard way to what a click on the map
 * does (arrow keys move between stations). Colour is never the only cue: the number and the
 * category name are there too.
 */
import type { City } from '@sandbox/shared/city/schemas';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../i18n/i18n';
import { localName } from '../../../i18n/use-ui-language';
import { Failure, Pending } from '../../../ui/panel-state';
import { useAirNow } from '../hooks/use-air-data';
import { aqiTextColor } from '../utils/aqi-bands';

interface Props {
  city: City;
  selected: string;
  onSelect: (stationId: string) => void;
}

export function StationList({ city, selected, onSelect }: Props) {
  const { t, i18n } = useTranslation();
  const { query } = useAirNow();
  const language = i18n.language as Language;
  const id = useId();
  const byId = new Map(query.data?.stations.map((s) => [s.stationId, s]));
  return (
    <section className="card air-stations" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="card__title">
        {t('air.stations.title')}
      </h2>
      <p className="card__subtitle">{t('air.stations.subtitle')}</p>
      {query.isError ? (
        <Failure title={t('air.stations.failed')} error={query.error} onRetry={() => query.refetch()} />
      ) : !query.data ? (
        <Pending label={t('air.stations.loading')} />
      ) : null}
      <fieldset className="station-list">
        <legend className="visually-hidden">{t('air.stations.legend')}</legend>
        {city.stations.map((station) => {
          const aqi = byId.get(station.id)?.aqi;
          return (
            <label key={station.id} className={station.id === selected ? 'station-option station-option--selected' : 'station-option'}>
              <input
                type="radio"
                className="visually-hidden"
                name={`${id}-station`}
                value={station.id}
                checked={station.id === selected}
                onChange={() => onSelect(station.id)}
              />
              <span
                className="aqi-chip"
                style={aqi ? { background: aqi.color, color: aqiTextColor(aqi.category) } : undefined}
                title={aqi ? t(`aqi.${aqi.category}`) : t('air.stations.noAqi')}
              >
                {aqi ? aqi.aqi : '—'}
              </span>
              <span className="station-option__text">
                <span className="station-option__name">{localName(station, language)}</span>
                <span className="station-option__detail">
                  {aqi ? t(`aqi.${aqi.category}`) : t('air.stations.noAqi')}
                  {' · '}
                  {t(`map.siteType.${station.siteType}`)}
                </span>
              </span>
            </label>
          );
        })}
      </fieldset>
    </section>
  );
}
