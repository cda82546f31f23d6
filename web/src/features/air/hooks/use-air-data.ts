/**
 * The Air page's data, each through a typed contract route with the scenario's parameters (so a
 * lever changes what is shown) and the one clock: the AQI now at every station, a station's
 * 1-minute pollutants beside its hourly NowCast over the chart window, its weather, and the daily
 * AQI of the clock's month.
 */
import type { AirMetricKey, AirReadings } from '@sandbox/shared/air/api-schemas';
import type { Series } from '@sandbox/shared/common/query';
import { HOUR_MS, MINUTE_MS } from '@sandbox/shared/common/time';
import { localDate } from '@sandbox/shared/weather/hourly-weather';
import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useMemo } from 'react';
import type { Language } from '../../../i18n/i18n';
import { useClock, useSimTime } from '../../../state/clock/clock-provider';
import { type ChartWindow, windowStepMs } from '../../../state/clock/use-chart-window';
import { useScenario } from '../../../state/scenario/use-scenario';
import { maxTicksFor, type TimeTicks, timeTicks } from '../../../ui/charts/time-axis';
import { airDailyQuery, airNowQuery, alignedReadingsQuery, pollutantHourlyQuery, pollutantReadingsQuery } from '../api/air-queries';
import { monthBounds } from '../utils/calendar';
import { onTimesOf } from '../utils/hourly-at';
import { useBoth } from './use-both';

/** A chart's time axis, named as TimeSeriesChart takes it: the city's clock and language, the window, now, ticks. */
export interface ChartFrame {
  timeZone: string;
  language: Language;
  domain: [number, number];
  nowMs: number;
  timeTicks: TimeTicks;
}

/** What a chart's time axis needs besides its data. */
export interface AxisOptions {
  timeZone: string;
  language: Language;
  /** The chart's width in pixels: about one tick per 90 px. */
  width: number;
}

/**
 * The time axis of an answer: its own window, the clock's "now" inside it and round-hour ticks. A
 * chart drawn from this re-renders when its data arrives, not again each time the clock steps.
 */
export function useChartFrame(answer: { from: string; to: string } | undefined, axis: AxisOptions): ChartFrame | undefined {
  const { state } = useClock();
  const fromMs = answer ? Date.parse(answer.from) : 0;
  const toMs = answer ? Date.parse(answer.to) : 0;
  const maxTicks = maxTicksFor(axis.width);
  const ticks = useMemo(
    () => timeTicks(fromMs, toMs, axis.timeZone, axis.language, { maxTicks }),
    [fromMs, toMs, axis.timeZone, axis.language, maxTicks],
  );
  const nowMs = toMs - windowStepMs(state.speed);
  const known = answer !== undefined;
  const { timeZone, language } = axis;
  // One object per window, so charts memoized on it redraw only when their data (or speed) changes.
  return useMemo(
    () => (known ? { timeZone, language, domain: [fromMs, toMs], nowMs, timeTicks: ticks } : undefined),
    [known, timeZone, language, fromMs, toMs, nowMs, ticks],
  );
}

/**
 * A chart's data, drawn in a deferred (interruptible, low-priority) render: React yields to the
 * browser between components, so a chart of a week of data never holds the main thread for long,
 * and the last picture stays up until the next one is ready.
 */
export function useDeferredChart<T extends { from: string; to: string }>(data: T | undefined, axis: AxisOptions) {
  const drawn = useDeferredValue(data);
  return { data: drawn, frame: useChartFrame(drawn, axis) };
}

/** The AQI now (the clock's minute) at every station, with the 1-minute readings. */
export function useAirNow() {
  const { scenario } = useScenario();
  const minute = useSimTime(MINUTE_MS, 1000);
  return { query: useQuery(airNowQuery(scenario, minute)), minute };
}

export interface PollutantRows {
  /** 1-minute readings, thinned to the chart width. */
  minute: Series;
  /** The NowCast shown at each of those times (the last complete hour's). */
  nowCast: Series;
  /** The pollutant's AQI sub-index at each of those times. */
  subIndex: Series;
}

export interface PollutantData {
  pm25: PollutantRows;
  ozone: PollutantRows;
  /** The window the readings cover. */
  from: string;
  to: string;
}

function pick(series: readonly Series[], metric: string): Series | undefined {
  return series.find((s) => s.metric === metric);
}

function rowsFor(readings: AirReadings, hourly: readonly Series[], metric: string, nowCast: string, subIndex: string): PollutantRows {
  const minute = pick(readings.series, metric) ?? { id: '', metric, unit: '', time: [], value: [] };
  const { time } = minute;
  return {
    minute,
    nowCast: onTimesOf(time, pick(hourly, nowCast), { id: minute.id, metric: nowCast, unit: minute.unit }),
    subIndex: onTimesOf(time, pick(hourly, subIndex), { id: minute.id, metric: subIndex, unit: 'AQI' }),
  };
}

/** PM2.5 and ozone of one station over the chart window: at most `width` rows per chart. */
export function usePollutants(stationId: string, window: ChartWindow, width: number) {
  const { scenario } = useScenario();
  const readings = useQuery(pollutantReadingsQuery(scenario, stationId, window, width));
  const hourly = useQuery(pollutantHourlyQuery(scenario, stationId, window));
  return useBoth(readings, hourly, (r, h) => ({
    pm25: rowsFor(r, h.series, 'pm25UgM3', 'pm25NowCastUgM3', 'pm25Aqi'),
    ozone: rowsFor(r, h.series, 'ozonePpb', 'ozoneNowCastPpb', 'ozoneAqi'),
    from: r.from,
    to: r.to,
  }));
}

function useAlignedReadings(metric: readonly AirMetricKey[], window: ChartWindow, width: number, station?: string) {
  const { scenario } = useScenario();
  return useQuery(alignedReadingsQuery(scenario, metric, window, width, station));
}

/** Temperature, humidity and wind of one station. */
export function useStationWeather(stationId: string, window: ChartWindow, width: number) {
  return useAlignedReadings(['temperatureC', 'relativeHumidityPct', 'windSpeedMps', 'windDirectionDeg'], window, width, stationId);
}

/** PM2.5 of every station. */
export function useStationsPm25(window: ChartWindow, width: number) {
  return useAlignedReadings(['pm25UgM3'], window, width);
}

/** The daily AQI of the clock's local month, as of the clock's hour (today in progress, later days empty). */
export function useAirCalendar(stationId: string, timeZone: string) {
  const { scenario } = useScenario();
  const hour = useSimTime(HOUR_MS, 1000);
  const today = localDate(timeZone, hour);
  return { query: useQuery(airDailyQuery(scenario, stationId, monthBounds(today), hour)), today, hour };
}
