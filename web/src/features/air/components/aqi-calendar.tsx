/**
 * The daily AQI of the clock's month at the selected station, as a calendar of cells in the official
 * colours with the value printed in each (colour is never the only cue). A grid in the ARIA sense:
 * one Tab stop, arrow keys, Home and End move between days, Enter or a click moves the clock there.
 */
import type { AirDaily, AirDay } from '@sandbox/shared/air/api-schemas';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dateTimeFormat } from '../../../i18n/format-time';
import type { Language } from '../../../i18n/i18n';
import { useClock } from '../../../state/clock/clock-provider';
import { Panel } from '../../../ui/panel';
import { useAirCalendar } from '../hooks/use-air-data';
import { aqiTextColor } from '../utils/aqi-bands';
import { keyMove, monthBounds, monthWeeks, sameTimeOn } from '../utils/calendar';
import { AqiLegend } from './aqi-legend';

interface Props {
  stationId: string;
  stationName: string;
  timeZone: string;
}

const dateAt = (date: string) => Date.parse(`${date}T12:00:00Z`);

/** The calendar's date words, built once per language from the cached formatters (every cell asks). */
function useDateFormats(language: Language) {
  return useMemo(() => {
    const long = dateTimeFormat(language, 'UTC', { weekday: 'long', month: 'long', day: 'numeric' });
    const month = dateTimeFormat(language, 'UTC', { month: 'long', year: 'numeric' });
    const weekday = dateTimeFormat(language, 'UTC', { weekday: 'short' });
    const weekdayLong = dateTimeFormat(language, 'UTC', { weekday: 'long' });
    // 2026-07-05 is a Sunday: the grid's first column.
    const weekdays = [0, 1, 2, 3, 4, 5, 6].map((i) => {
      const ms = Date.UTC(2026, 6, 5 + i, 12);
      return { short: weekday.format(ms), long: weekdayLong.format(ms) };
    });
    return { long: (date: string) => long.format(dateAt(date)), month: (date: string) => month.format(dateAt(date)), weekdays };
  }, [language]);
}

function DayCell({
  date,
  day,
  today,
  focused,
  onPick,
  cellRef,
}: {
  date: string;
  day: AirDay | undefined;
  today: string;
  focused: boolean;
  onPick: (date: string) => void;
  cellRef: (node: HTMLButtonElement | null) => void;
}) {
  const { t, i18n } = useTranslation();
  const formats = useDateFormats(i18n.language as Language);
  const aqi = day?.aqi;
  const inProgress = date === today && !day?.complete;
  const future = date > today;
  const label = aqi
    ? t(inProgress ? 'air.calendar.dayInProgress' : 'air.calendar.dayLabel', {
        date: formats.long(date),
        aqi: aqi.aqi,
        category: t(`aqi.${aqi.category}`),
      })
    : t('air.calendar.dayLabelNone', { date: formats.long(date) });
  const className = ['calendar-day', inProgress ? 'calendar-day--today' : '', future ? 'calendar-day--future' : ''].join(' ').trim();
  return (
    <td>
      <button
        ref={cellRef}
        type="button"
        className={className}
        tabIndex={focused ? 0 : -1}
        aria-current={date === today ? 'date' : undefined}
        style={aqi ? { background: aqi.color, color: aqiTextColor(aqi.category) } : undefined}
        onClick={() => onPick(date)}
        data-date={date}
        data-aqi={aqi?.aqi ?? ''}
      >
        {/* The name is the hidden text (not an aria-label): the visible day and AQI are in it, in every language. */}
        <span className="visually-hidden">{label}</span>
        <span className="calendar-day__number" aria-hidden="true">
          {Number(date.slice(8))}
        </span>
        <span className="calendar-day__value" aria-hidden="true">
          {aqi ? aqi.aqi : future ? '' : '—'}
        </span>
        {inProgress && aqi ? (
          <span className="calendar-day__note" aria-hidden="true">
            {t('air.calendar.inProgress')}
          </span>
        ) : null}
      </button>
    </td>
  );
}

function CalendarGrid({ days, today, timeZone }: { days: readonly AirDay[]; today: string; timeZone: string }) {
  const { t, i18n } = useTranslation();
  const formats = useDateFormats(i18n.language as Language);
  const { dispatch, now } = useClock();
  const [picked, setPicked] = useState<string | null>(null);
  const cells = useRef(new Map<string, HTMLButtonElement>());
  const { first, next } = monthBounds(today);
  const focus = picked !== null && picked >= first && picked < next ? picked : today;
  const byDate = new Map(days.map((d) => [d.date, d]));
  const pick = (date: string) => {
    setPicked(date);
    dispatch({ type: 'seek', simMs: sameTimeOn(date, now(), timeZone) });
  };
  return (
    <table
      className="aqi-calendar"
      aria-label={t('air.calendar.grid')}
      onKeyDown={(event) => {
        const target = keyMove(focus, event.key);
        if (!target) return;
        event.preventDefault();
        setPicked(target);
        cells.current.get(target)?.focus();
      }}
    >
      <thead>
        <tr>
          {formats.weekdays.map((w) => (
            <th key={w.long} scope="col" abbr={w.long}>
              {w.short}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {monthWeeks(today).map((week) => (
          <tr key={week.find((d) => d !== null) ?? ''}>
            {week.map((date, i) =>
              date ? (
                <DayCell
                  key={date}
                  date={date}
                  day={byDate.get(date)}
                  today={today}
                  focused={date === focus}
                  onPick={pick}
                  cellRef={(node) => {
                    if (node) cells.current.set(date, node);
                    else cells.current.delete(date);
                  }}
                />
              ) : (
                // biome-ignore lint/suspicious/noArrayIndexKey: padding cells have only their position
                <td key={`pad-${i}`} className="calendar-pad" />
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function AqiCalendar({ stationId, stationName, timeZone }: Props) {
  const { t, i18n } = useTranslation();
  const { query, today } = useAirCalendar(stationId, timeZone);
  const formats = useDateFormats(i18n.language as Language);
  const month = formats.month(today);
  // The answer is for one station; while the next station loads, the last one stays (no empty flash).
  const days = (data: AirDaily) => data.stations[0]?.days ?? [];
  return (
    <Panel<AirDaily, AirDay>
      className="air-calendar"
      title={t('air.calendar.title', { month })}
      subtitle={t('air.calendar.subtitle')}
      about={[t('air.calendar.about')]}
      query={query}
      isEmpty={(data) => days(data).length === 0}
      table={(data) => ({
        caption: t('air.calendar.caption', { station: stationName, month }),
        fileName: `${stationId}-daily-aqi-${today.slice(0, 7)}.csv`,
        rows: days(data),
        columns: [
          { key: 'date', label: t('air.calendar.date'), value: (d) => d.date },
          { key: 'pm25', label: t('air.calendar.pm25Mean'), value: (d) => d.pm25MeanUgM3 },
          { key: 'pm25Aqi', label: t('air.calendar.pm25Aqi'), value: (d) => d.pm25Aqi },
          { key: 'ozone', label: t('air.calendar.ozoneMax'), value: (d) => d.ozoneMax8hPpb },
          { key: 'ozoneAqi', label: t('air.calendar.ozoneAqi'), value: (d) => d.ozoneAqi },
          { key: 'aqi', label: t('air.calendar.aqi'), value: (d) => d.aqi?.aqi ?? null },
          { key: 'category', label: t('air.chart.category'), value: (d) => (d.aqi ? t(`aqi.${d.aqi.category}`) : null) },
          { key: 'main', label: t('air.calendar.mainPollutant'), value: (d) => (d.mainPollutant ? t(`metrics.${d.mainPollutant}`) : null) },
          { key: 'complete', label: t('air.calendar.complete'), value: (d) => t(d.complete ? 'air.calendar.yes' : 'air.calendar.no') },
        ],
      })}
    >
      {(data) => (
        <>
          <CalendarGrid days={days(data)} today={today} timeZone={timeZone} />
          <AqiLegend ranges />
        </>
      )}
    </Panel>
  );
}
