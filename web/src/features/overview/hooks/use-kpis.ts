/**
 * The Overview's four headline numbers, each with a sparkline of today: the worst AQI now (and
 * where), city load now against today's peak, the corridor speed index, and safety events today.
 * "Now" comes from the live frame; "today" from the API over local midnight → the clock's time.
 */
import type { City } from '@sandbox/shared/city/schemas';
import { HOUR_MS as HOUR } from '@sandbox/shared/common/time';
import type { Segment } from '@sandbox/shared/mobility/schemas';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useLiveFrames } from '../../../api/live-frames';
import { useScenario } from '../../../state/scenario/use-scenario';
import { loadQuery, pm25Query, safetyEventsQuery, speedsQuery } from '../api/overview-queries';
import type { TodayWindow } from './use-today';

/** Per-time maximum, sum or mean across several series (missing values left out). */
export function combine(
  series: readonly { time: number[]; value: (number | null)[] }[],
  how: 'max' | 'sum' | 'mean',
): { time: number[]; value: (number | null)[] } {
  const acc = new Map<number, { total: number; max: number; n: number }>();
  for (const s of series) {
    s.time.forEach((t, i) => {
      const v = s.value[i] ?? null;
      const entry = acc.get(t) ?? { total: 0, max: Number.NEGATIVE_INFINITY, n: 0 };
      if (v !== null) {
        entry.total += v;
        entry.max = Math.max(entry.max, v);
        entry.n += 1;
      }
      acc.set(t, entry);
    });
  }
  const time = [...acc.keys()].sort((a, b) => a - b);
  return {
    time,
    value: time.map((t) => {
      const e = acc.get(t);
      if (!e || e.n === 0) return null;
      return how === 'max' ? e.max : how === 'sum' ? e.total : e.total / e.n;
    }),
  };
}

/** Mean of each segment's speed as a share of its limit (segments with no vehicle left out). */
export function speedIndex(speeds: readonly { segmentId: string; speedMps: number | null }[], network: readonly Segment[]): number | null {
  const limits = new Map(network.map((s) => [s.id, s.speedLimitMps]));
  let sum = 0;
  let n = 0;
  for (const s of speeds) {
    const limit = limits.get(s.segmentId);
    if (s.speedMps === null || !limit) continue;
    sum += Math.min(1.2, s.speedMps / limit);
    n++;
  }
  return n > 0 ? sum / n : null;
}

/** Counts per hour from midnight, for the events sparkline. */
export function hourlyCounts(times: readonly string[], fromMs: number, hours: number): number[] {
  const counts = new Array<number>(Math.max(1, hours)).fill(0);
  for (const time of times) {
    const h = Math.floor((Date.parse(time) - fromMs) / HOUR);
    if (h >= 0 && h < counts.length) counts[h] = (counts[h] ?? 0) + 1;
  }
  return counts;
}

export function useKpis(city: City, network: readonly Segment[] | undefined, today: TodayWindow) {
  const { frame } = useLiveFrames();
  const { scenario } = useScenario();
  const win = { from: today.from, to: today.to };
  const pm = useQuery(pm25Query(scenario, win));
  const load = useQuery(loadQuery(scenario, win));
  const flowFrom = new Date(Math.max(today.fromMs, today.toMs - 6 * HOUR)).toISOString();
  const flow = useQuery({ ...speedsQuery(scenario, flowFrom, today.to), enabled: network !== undefined });
  const events = useQuery(safetyEventsQuery(scenario, win));

  return useMemo(() => {
    const stations = frame?.air?.stations ?? [];
    const worst = stations.reduce<(typeof stations)[number] | undefined>(
      (w, s) => (s.aqi !== null && (w?.aqi ?? -1) < s.aqi ? s : w),
      undefined,
    );
    const cityLoad = load.data
      ? combine(
          load.data.series.filter((s) => s.metric === 'demandKw'),
          'sum',
        )
      : undefined;
    const peakKw = cityLoad ? Math.max(...cityLoad.value.map((v) => v ?? Number.NEGATIVE_INFINITY)) : undefined;
    const limits = new Map(network?.map((s) => [s.id, s.speedLimitMps]));
    const speedSeries = flow.data
      ? combine(
          flow.data.series.map((s) => ({ time: s.time, value: s.value.map((v) => (v === null ? null : v / (limits.get(s.id) ?? 1))) })),
          'mean',
        )
      : undefined;
    return {
      worstAqi: {
        station: worst ? city.stations.find((s) => s.id === worst.stationId) : undefined,
        aqi: worst?.aqi ?? null,
        category: worst?.category ?? null,
        color: worst?.color ?? null,
      },
      pmToday: pm.data ? combine(pm.data.series, 'max').value : [],
      loadNowKw: frame?.energy?.cityDemandKw ?? null,
      peakKw: peakKw !== undefined && Number.isFinite(peakKw) ? peakKw : null,
      loadToday: cityLoad?.value ?? [],
      speedIndexNow: frame?.mobility && network ? speedIndex(frame.mobility.segments, network) : null,
      speedToday: speedSeries?.value ?? [],
      eventsToday: events.data?.total ?? null,
      eventsByHour: events.data
        ? hourlyCounts(
            events.data.events.map((e) => e.time),
            today.fromMs,
            Math.ceil((today.toMs - today.fromMs) / HOUR),
          )
        : [],
      pending: pm.isPending || load.isPending || events.isPending,
    };
  }, [
    frame,
    city,
    network,
    pm.data,
    load.data,
    flow.data,
    events.data,
    today.fromMs,
    today.toMs,
    pm.isPending,
    load.isPending,
    events.isPending,
  ]);
}
