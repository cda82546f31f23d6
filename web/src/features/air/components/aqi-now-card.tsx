/**
 * "Explain the number" (DESIGN.md 7): the 1-minute reading, the NowCast and the AQI side by side for
 * each pollutant, a sentence on how far the minute is from the NowCast, the health message of the
 * category, the weather at the bench, and how each number is computed.
 */
import { ozoneAqi, pm25Aqi } from '@sandbox/shared/air/aqi';
import type { AirReading, AqiPollutant } from '@sandbox/shared/air/schemas';
import { HOUR_MS } from '@sandbox/shared/common/time';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../i18n/format';
import { formatTime } from '../../../i18n/format-time';
import type { Language } from '../../../i18n/i18n';
import { HeadedTable } from '../../../ui/headed-table';
import { Failure, Pending } from '../../../ui/panel-state';
import { useAirNow } from '../hooks/use-air-data';
import { aqiTextColor } from '../utils/aqi-bands';
import { spikeKind } from '../utils/spike';
import { compassPoint } from '../utils/wind';

interface Props {
  stationId: string;
  timeZone: string;
}

function PollutantRow({
  pollutant,
  minute,
  nowCast,
  unit,
}: {
  pollutant: AqiPollutant;
  minute: number | null;
  nowCast: number | null;
  unit: string;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const index = (value: number) => (pollutant === 'pm25' ? pm25Aqi(value) : ozoneAqi(value));
  const number = (value: number) => `${formatNumber(value, language, { maximumFractionDigits: 1 })} ${unit}`;
  return (
    <tr>
      <th scope="row">{t(`metrics.${pollutant}`)}</th>
      <td>
        {minute === null ? (
          t('air.now.noValue')
        ) : (
          <>
            <span className="now-table__value">{number(minute)}</span>
            <span className="now-table__hint">{t('air.now.ifLasted', { aqi: index(minute) })}</span>
          </>
        )}
      </td>
      <td>{nowCast === null ? t('air.now.noValue') : <span className="now-table__value">{number(nowCast)}</span>}</td>
      <td className="now-table__aqi">{nowCast === null ? '—' : index(nowCast)}</td>
    </tr>
  );
}

/** The bench's weather this minute: temperature, humidity, wind speed and where it blows from. */
function WeatherNow({ reading }: { reading: AirReading }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const number = (value: number, digits: number, unit: string) =>
    `${formatNumber(value, language, { maximumFractionDigits: digits })} ${unit}`;
  const { temperatureC: temp, relativeHumidityPct: rh, windSpeedMps: wind, windDirectionDeg: from } = reading;
  const items = [
    { key: 'temperature', label: t('air.weather.temperature'), value: temp === null ? null : number(temp, 1, '°C') },
    { key: 'humidity', label: t('air.weather.humidity'), value: rh === null ? null : number(rh, 0, '%') },
    {
      key: 'wind',
      label: t('air.weather.wind'),
      value:
        wind === null
          ? null
          : from === null
            ? number(wind, 1, 'm/s')
            : t('air.weather.windFrom', { speed: number(wind, 1, 'm/s'), direction: t(`air.compass.${compassPoint(from)}`) }),
    },
  ];
  return (
    <dl className="weather-strip" aria-label={t('air.weather.title')}>
      {items.map((item) => (
        <div key={item.key}>
          <dt>{item.label}</dt>
          <dd>{item.value ?? '—'}</dd>
        </div>
      ))}
    </dl>
  );
}

const NOW_COLUMNS = ['pollutant', 'minute', 'nowCast', 'subIndex'] as const;

export function AqiNowCard({ stationId, timeZone }: Props) {
  const { t, i18n } = useTranslation();
  const { query, minute } = useAirNow();
  const language = i18n.language as Language;
  const id = useId();
  const entry = query.data?.stations.find((s) => s.stationId === stationId);
  const hourStart = entry ? Date.parse(entry.hour) : 0;
  const spike = entry ? spikeKind(entry.reading.pm25UgM3, entry.pm25NowCastUgM3) : null;
  const reading = entry?.reading;
  const percent = (ratio: number) => formatNumber(ratio, language, { style: 'percent', maximumFractionDigits: 0 });

  return (
    <section className="card air-now" aria-labelledby={`${id}-title`}>
      <header className="panel__header">
        <div className="panel__titles">
          <h2 id={`${id}-title`} className="card__title">
            {t('air.now.title')}
          </h2>
          {entry ? (
            <p className="card__subtitle">
              {t('air.now.subtitle', {
                time: formatTime(minute, language, timeZone),
                hour: `${formatTime(hourStart, language, timeZone)}–${formatTime(hourStart + HOUR_MS, language, timeZone)}`,
              })}
            </p>
          ) : null}
        </div>
      </header>
      {query.isError ? (
        <Failure title={t('air.now.failed')} error={query.error} onRetry={() => query.refetch()} />
      ) : !entry || !reading ? (
        <Pending label={t('air.now.loading')} />
      ) : (
        <>
          <div className="air-now__top">
            {entry.aqi ? (
              <div
                className="aqi-tile"
                style={{ background: entry.aqi.color, color: aqiTextColor(entry.aqi.category) }}
                data-testid="aqi-now"
                data-aqi={entry.aqi.aqi}
              >
                <span className="aqi-tile__label">{t('air.now.aqi')}</span>
                <span className="aqi-tile__value">{entry.aqi.aqi}</span>
                <span className="aqi-tile__category">{t(`aqi.${entry.aqi.category}`)}</span>
                {entry.mainPollutant ? (
                  <span className="aqi-tile__by">{t('air.now.setBy', { pollutant: t(`air.pollutants.${entry.mainPollutant}`) })}</span>
                ) : null}
              </div>
            ) : (
              <p className="notice">{t('air.now.noAqi')}</p>
            )}
            {entry.aqi ? (
              <div className="air-now__health" role="status">
                <h3>{t('air.health.title')}</h3>
                <p>{t(`air.health.${entry.aqi.category}`)}</p>
                {entry.aqi.category !== 'good' && entry.mainPollutant ? (
                  <p className="air-now__sensitive">{t(`air.health.sensitive.${entry.mainPollutant}`)}</p>
                ) : null}
              </div>
            ) : null}
          </div>
          <HeadedTable
            className="data-table now-table"
            caption={t('air.now.caption')}
            columns={NOW_COLUMNS.map((column) => t(`air.now.${column}`))}
          >
            <PollutantRow pollutant="pm25" minute={reading.pm25UgM3} nowCast={entry.pm25NowCastUgM3} unit="µg/m³" />
            <PollutantRow pollutant="ozone" minute={reading.ozonePpb} nowCast={entry.ozoneNowCastPpb} unit="ppb" />
          </HeadedTable>
          {spike ? <p className="air-now__spike">{t(`air.now.${spike.key}`, { percent: percent(spike.ratio) })}</p> : null}
          <WeatherNow reading={reading} />
          <details className="how-computed">
            <summary>{t('air.now.howTitle')}</summary>
            <p>{t('air.now.howMinute')}</p>
            <p>{t('air.now.howNowCast')}</p>
            <p>{t('air.now.howAqi')}</p>
          </details>
        </>
      )}
    </section>
  );
}
