/**
 * The Energy page's data: each request built from the scenario (so levers change the data), the
 * selected district and the one clock, through the page's typed queries (api/). Live numbers come
 * from the app's single stream (or the paused snapshot), never from a connection of their own.
 */

import { RESOLUTION_MS } from '@sandbox/shared/common/query';
import { HOUR_MS } from '@sandbox/shared/common/time';
import { localDate } from '@sandbox/shared/weather/hourly-weather';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useLiveFrames } from '../../../api/live-frames';
import { useSimTime } from '../../../state/clock/clock-provider';
import { useChartWindow } from '../../../state/clock/use-chart-window';
import { useScenario } from '../../../state/scenario/use-scenario';
import { classLoadQuery, type MeterListFilter, meterInfoQuery, meterListQuery, meterReadingsQuery } from '../api/energy-queries';
import { addDays, heatmapWindow, hourDayGrid } from '../utils/heatmap';
import { energyKwh, peakOf, totalSeries } from '../utils/load';
import type { EnergyResolution } from '../utils/spans';

/** Load by meter class (import, PV export, net) over the window ending at the clock's now. */
export function useClassLoad(district: string | null, spanMs: number, resolution: EnergyResolution) {
  const { scenario } = useScenario();
  const win = useChartWindow(spanMs);
  const result = useQuery(classLoadQuery(scenario, district, win, resolution));
  return { window: win, result };
}

/**
 * The window's 15-minute demand of the city (or the district) summed over the classes, with its
 * energy (kWh) and peak: the load-duration curve and the headline numbers share this one request.
 */
export function useWindowDemand(district: string | null, spanMs: number) {
  const { window: win, result } = useClassLoad(district, spanMs, '15m');
  const data = result.data;
  const demand = useMemo(() => {
    if (!data) return undefined;
    const total = totalSeries(data, 'demandKw');
    return { total, peak: peakOf(total), energyKwh: energyKwh(total.value, RESOLUTION_MS['15m']) };
  }, [data]);
  return { window: win, result, demand };
}

/** Hourly demand of the last `days` local days as an hour × day grid (today fills as the clock runs). */
export function useLoadHeatmap(district: string | null, timeZone: string, days: number) {
  const { scenario } = useScenario();
  const nowMs = useSimTime(HOUR_MS, 1000);
  const win = useMemo(() => heatmapWindow(nowMs, days, timeZone), [nowMs, days, timeZone]);
  const range = { from: new Date(win.fromMs).toISOString(), to: new Date(win.toMs).toISOString() };
  const result = useQuery(classLoadQuery(scenario, district, range, '1h'));
  const data = result.data;
  // Bin by the days of the answer shown (while the next window loads, the previous one stays).
  const grid = useMemo(() => {
    if (!data) return undefined;
    const first = localDate(timeZone, Date.parse(data.from));
    return hourDayGrid(
      totalSeries(data, 'demandKw'),
      timeZone,
      Array.from({ length: days }, (_, i) => addDays(first, i)),
    );
  }, [data, timeZone, days]);
  return { result: { ...result, data: grid }, nowMs };
}

/** One page of the meter inventory for the picker (the previous page stays shown while the next loads). */
export function useMeterList(filter: MeterListFilter) {
  const { scenario } = useScenario();
  return useQuery(meterListQuery(scenario, filter));
}

/** The inventory record of one meter (what is behind it), or undefined until it loads. */
export function useMeterInfo(meter: string | null) {
  const { scenario } = useScenario();
  const query = useQuery({ ...meterInfoQuery(scenario, meter ?? ''), enabled: meter !== null });
  return query.data?.meters.find((m) => m.id === meter);
}

/** One meter's interval reads over the page's window. */
export function useMeterReadings(meter: string | null, win: { from: string; to: string }, resolution: EnergyResolution) {
  const { scenario } = useScenario();
  return useQuery({ ...meterReadingsQuery(scenario, meter, win, resolution), enabled: meter !== null });
}

export interface EnergyNow {
  intervalStart: number;
  demandKw: number;
  importKw: number;
  exportKw: number;
  districts: { districtId: string; demandKw: number; importKw: number; exportKw: number }[];
}

/** Demand now, from the live frame (or the paused snapshot): the city's, or one district's. */
export function useEnergyNow(district: string | null) {
  const live = useLiveFrames();
  const energy = live.frame?.energy;
  const now = useMemo<EnergyNow | undefined>(() => {
    if (!energy) return undefined;
    const rows = district ? energy.districts.filter((d) => d.districtId === district) : energy.districts;
    const sum = (key: 'demandKw' | 'importKw' | 'exportKw') => rows.reduce((total, d) => total + d[key], 0);
    return {
      intervalStart: Date.parse(energy.intervalStart),
      demandKw: district ? sum('demandKw') : energy.cityDemandKw,
      importKw: sum('importKw'),
      exportKw: sum('exportKw'),
      districts: energy.districts,
    };
  }, [energy, district]);
  return { now, status: live.status, error: live.error };
}
