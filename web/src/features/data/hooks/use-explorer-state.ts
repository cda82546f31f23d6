/**
 * The series explorer's choices, kept in the URL (`stream`, `entity`, `metric`, `span`) so a link
 * (for a class, say) reopens the same series. Unknown values fall back to the defaults.
 */
import { DAY_MS, HOUR_MS } from '@sandbox/shared/common/time';
import { useCallback } from 'react';
import { ignoredOf, useReportIgnored } from '../../../state/url/ignored-params';
import { useUrlParams } from '../../../state/url/use-url-params';

export const STREAMS = {
  air: { metrics: ['pm25UgM3', 'ozonePpb', 'no2Ppb', 'temperatureC', 'relativeHumidityPct', 'windSpeedMps', 'windDirectionDeg'] },
  meter: { metrics: ['kwh', 'importKwh', 'exportKwh'] },
  load: { metrics: ['demandKw', 'importKw', 'exportKw'] },
  segments: { metrics: ['speedMps', 'volume', 'travelTimeS', 'stops'] },
} as const;
export type StreamName = keyof typeof STREAMS;
type MetricOf<S extends StreamName> = (typeof STREAMS)[S]['metrics'][number];
/** The load explorer's groupings; the entity select offers them ('' is the default, by district). */
export const LOAD_GROUPS = ['district', 'feeder', 'class'] as const;
export const SPANS = { '6h': 6 * HOUR_MS, '24h': DAY_MS, '7d': 7 * DAY_MS } as const;
export type SpanName = keyof typeof SPANS;

export interface ExplorerState {
  stream: StreamName;
  entity: string;
  metric: string;
  span: SpanName;
}

export function explorerFromSearch(search: URLSearchParams): ExplorerState {
  const stream = (Object.keys(STREAMS) as StreamName[]).find((s) => s === search.get('stream')) ?? 'air';
  const metrics: readonly string[] = STREAMS[stream].metrics;
  const metric = metrics.find((m) => m === search.get('metric')) ?? metrics[0] ?? '';
  const span = (Object.keys(SPANS) as SpanName[]).find((s) => s === search.get('span')) ?? '24h';
  return { stream, entity: search.get('entity') ?? '', metric, span };
}

/** `metric` as one of `stream`'s metrics (explorerFromSearch keeps no other), else undefined. */
export function metricOf<S extends StreamName>(stream: S, metric: string): MetricOf<S> | undefined {
  const metrics: readonly MetricOf<S>[] = STREAMS[stream].metrics;
  return metrics.find((m) => m === metric);
}

/** The load grouping an entity names: '' (and anything unknown, like every unknown value here) is by district. */
export function loadGroupOf(entity: string): (typeof LOAD_GROUPS)[number] {
  return LOAD_GROUPS.find((group) => group === entity) ?? 'district';
}

export function useExplorerState() {
  const [params, updateUrl] = useUrlParams();
  const state = explorerFromSearch(params);
  // Another stream's entity is checked by the query that reads it (an unknown one is the server's 404,
  // shown in the panel); the load stream's groups are the page's own, and an unknown one reads districts.
  const entity = params.get('entity');
  useReportIgnored(
    ignoredOf(params, {
      stream: state.stream,
      metric: state.metric,
      span: state.span,
      entity: state.stream === 'load' && entity ? loadGroupOf(entity) : entity,
    }),
  );
  const update = useCallback(
    (patch: Partial<ExplorerState>) => {
      updateUrl((next) => {
        const current = explorerFromSearch(next);
        const merged = { ...current, ...patch };
        if (patch.stream && patch.stream !== current.stream) {
          merged.entity = patch.entity ?? '';
          merged.metric = patch.metric ?? STREAMS[patch.stream].metrics[0];
        }
        for (const [key, value] of Object.entries(merged)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
      });
    },
    [updateUrl],
  );
  return { state, update };
}
