import { DAY_MS as DAY, localTime, MINUTE_MS } from '@sandbox/shared/common/time';
import { localDate } from '@sandbox/shared/weather/hourly-weather';
import { useQuery } from '@tanstack/react-query';
import { Trans, useTranslation } from 'react-i18next';
import { formatCelsius } from '../../../i18n/format';
import { dateTimeFormat } from '../../../i18n/format-time';
import type { Language } from '../../../i18n/i18n';
import { useClock, useSimTime } from '../../../state/clock/clock-provider';
import { useScenario } from '../../../state/scenario/use-scenario';
import { ChartNameContext } from '../../../ui/charts/chart-name';
import { extremes, formatHour } from '../../../ui/charts/format';
import { TemperatureChart } from '../../../ui/charts/temperature-chart';
import { cityShortName, useCitySummary } from '../../../ui/city-name';
import { Empty, Failure, Pending } from '../../../ui/panel-state';
import { hourlyWeatherQuery } from '../api/overview-queries';

/** The weather driver's day on the one clock: the day the clock is in, with "now" marked. */
export function TemperatureCard({ timeZone }: { timeZone: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { dispatch, now } = useClock();
  const { scenario } = useScenario();
  const citySummary = useCitySummary(scenario.city);
  const simMs = useSimTime(MINUTE_MS, 1000);
  const date = localDate(timeZone, simMs);
  const weather = useQuery(hourlyWeatherQuery(scenario, date));
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
          onClick={() => dispatch({ type: 'seek', simMs: now() - DAY })}
          aria-label={t('temperature.previousDay')}
        >
          ‹
        </button>
        <span className="date-stepper__date" data-testid="temperature-date">
          {dateTimeFormat(language, timeZone, { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric' }).format(simMs)}
        </span>
        <button
          type="button"
          className="icon-button"
          onClick={() => dispatch({ type: 'seek', simMs: now() + DAY })}
          aria-label={t('temperature.nextDay')}
        >
          ›
        </button>
      </div>

      {weather.isPending ? (
        <Pending label={t('temperature.pending')} />
      ) : weather.isError ? (
        <Failure title={t('temperature.failed')} error={weather.error} onRetry={() => weather.refetch()} />
      ) : weather.data.hours.length === 0 ? (
        <Empty>{t('temperature.empty')}</Empty>
      ) : (
        <>
          <ChartNameContext.Provider value="temperature-title">
            <TemperatureChart
              hours={weather.data.hours}
              timeZone={timeZone}
              seriesName={t('temperature.seriesName')}
              language={language}
              nowHour={localTime(timeZone, simMs).hourOfDay}
            />
          </ChartNameContext.Provider>
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
        <p>{t('temperature.howComputedBody', { seed: scenario.seed, city: cityShortName(t, scenario.city, citySummary) })}</p>
      </details>
    </section>
  );
}
