import { DEFAULT_SEED } from '@sandbox/shared/schemas/weather';
import { useQuery } from '@tanstack/react-query';
import { hourlyWeatherQuery } from '../../api/queries';
import { extremes, formatHour } from '../../charts/format';
import { TemperatureChart } from '../../charts/temperature-chart';
import { Empty, Failure, Pending } from '../../components/panel-state';
import { shiftDate, useOverviewDate } from './use-overview-date';

export function TemperatureCard({ cityId, timeZone }: { cityId: string; timeZone: string }) {
  const { date, today, setDate, invalidDate } = useOverviewDate(timeZone);
  const weather = useQuery(hourlyWeatherQuery(cityId, date, DEFAULT_SEED));
  const range = weather.data ? extremes(weather.data.hours, (h) => h.temperatureC) : null;

  return (
    <section className="card" aria-labelledby="temperature-title">
      <header className="card__header">
        <div>
          <h2 id="temperature-title" className="card__title">
            Temperature
          </h2>
          <p className="card__subtitle">Weather driver · hourly, local time</p>
        </div>
      </header>

      <div className="date-stepper">
        <button type="button" className="icon-button" onClick={() => setDate(shiftDate(date, -1))} aria-label="Previous day">
          ‹
        </button>
        <label className="visually-hidden" htmlFor="overview-date">
          Day
        </label>
        <input
          id="overview-date"
          type="date"
          value={date}
          onChange={(event) => {
            if (event.target.value) setDate(event.target.value);
          }}
        />
        <button type="button" className="icon-button" onClick={() => setDate(shiftDate(date, 1))} aria-label="Next day">
          ›
        </button>
        <button type="button" className="button button--small button--quiet" onClick={() => setDate(today)} disabled={date === today}>
          Today
        </button>
      </div>
      {invalidDate ? (
        <p className="notice" role="status">
          The link's date “{invalidDate}” is not a valid YYYY-MM-DD date, so today is shown.
        </p>
      ) : null}

      {weather.isPending ? (
        <Pending label="Computing the day's temperatures…" />
      ) : weather.isError ? (
        <Failure title="The temperatures could not be loaded." error={weather.error} onRetry={() => weather.refetch()} />
      ) : weather.data.hours.length === 0 ? (
        <Empty>No hours in this day.</Empty>
      ) : (
        <>
          <TemperatureChart hours={weather.data.hours} />
          {range ? (
            <p className="chart-summary">
              Low <strong>{range.low.value.toFixed(1)} °C</strong> at {formatHour(range.low.localHour)} · High{' '}
              <strong>{range.high.value.toFixed(1)} °C</strong> at {formatHour(range.high.localHour)}
            </p>
          ) : null}
        </>
      )}
      <details className="how-computed">
        <summary>How this is computed</summary>
        <p>
          The seasonal normal from Columbus climate normals, plus a daily cycle (coolest near 06:00, warmest near 15:00) and multi-day
          weather systems drawn from seed {DEFAULT_SEED}. The same date and seed give the same curve on any machine. Every stream of the
          simulation reads this temperature.
        </p>
      </details>
    </section>
  );
}
