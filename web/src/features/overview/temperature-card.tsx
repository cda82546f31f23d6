import { DEFAULT_SEED } from '@sandbox/shared/schemas/weather';
import { useQuery } from '@tanstack/react-query';
import { Trans, useTranslation } from 'react-i18next';
import { hourlyWeatherQuery } from '../../api/queries';
import { extremes, formatHour } from '../../charts/format';
import { TemperatureChart } from '../../charts/temperature-chart';
import { Empty, Failure, Pending } from '../../components/panel-state';
import { formatCelsius } from '../../i18n/format';
import type { Language } from '../../i18n/i18n';
import { shiftDate, useOverviewDate } from './use-overview-date';

export function TemperatureCard({ cityId, timeZone }: { cityId: string; timeZone: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { date, today, setDate, invalidDate } = useOverviewDate(timeZone);
  const weather = useQuery(hourlyWeatherQuery(cityId, date, DEFAULT_SEED));
  const range = weather.data ? extremes(weather.data.hours, (h) => h.temperatureC) : null;

  return (
    <section className="card" aria-labelledby="temperature-title">
      <header className="card__header">
        <div>
          <h2 id="temperature-title" className="card__title">
            {t('temperature.title')}
          </h2>
          <p className="card__subtitle">{t('temperature.subtitle')}</p>
        </div>
      </header>

      <div className="date-stepper">
        <button
          type="button"
          className="icon-button"
          onClick={() => setDate(shiftDate(date, -1))}
          aria-label={t('temperature.previousDay')}
        >
          ‹
        </button>
        <label className="visually-hidden" htmlFor="overview-date">
          {t('temperature.day')}
        </label>
        <input
          id="overview-date"
          type="date"
          lang={language}
          value={date}
          onChange={(event) => {
            if (event.target.value) setDate(event.target.value);
          }}
        />
        <button type="button" className="icon-button" onClick={() => setDate(shiftDate(date, 1))} aria-label={t('temperature.nextDay')}>
          ›
        </button>
        <button type="button" className="button button--small button--quiet" onClick={() => setDate(today)} disabled={date === today}>
          {t('temperature.today')}
        </button>
      </div>
      {invalidDate ? (
        <p className="notice" role="status">
          {t('temperature.invalidDate', { date: invalidDate })}
        </p>
      ) : null}

      {weather.isPending ? (
        <Pending label={t('temperature.pending')} />
      ) : weather.isError ? (
        <Failure title={t('temperature.failed')} error={weather.error} onRetry={() => weather.refetch()} />
      ) : weather.data.hours.length === 0 ? (
        <Empty>{t('temperature.empty')}</Empty>
      ) : (
        <>
          <TemperatureChart hours={weather.data.hours} seriesName={t('temperature.seriesName')} language={language} />
          {range ? (
            <p className="chart-summary">
              <Trans
                i18nKey="temperature.summary"
                values={{
                  low: formatCelsius(range.low.value, language),
                  lowHour: formatHour(range.low.localHour),
                  high: formatCelsius(range.high.value, language),
                  highHour: formatHour(range.high.localHour),
                }}
                components={{ strong: <strong /> }}
              />
            </p>
          ) : null}
        </>
      )}
      <details className="how-computed">
        <summary>{t('temperature.howComputed')}</summary>
        <p>{t('temperature.howComputedBody', { seed: DEFAULT_SEED })}</p>
      </details>
    </section>
  );
}
