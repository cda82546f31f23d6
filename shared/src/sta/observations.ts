/**
 * Observations are not stored: they are the REST API's own values, read through the same engine
 * methods (air readings at 1 minute, district load at 15 minutes, segment flow at 5 minutes) for a
 * bounded window, so a value read through /sta/v1.1 and through /api is the same number.
 *
 * The window: the 24 hours before the current hour, unless the top-level `and`s of `$filter` bound
 * `phenomenonTime`; then the hours those bounds cover (one bound: a window of the cap's length from
 * it). A window longer than the cap is refused with a 400 naming the cap: one day across several
 * Datastreams, seven days for one.
 */
import type { AirReadingsQuery } from '../air/api-schemas';
import { ApiProblem } from '../common/problem';
import type { Series } from '../common/query';
import { DAY_MS, HOUR_MS } from '../common/time';
import type { EnergySummaryQuery } from '../energy/api-schemas';
import type { SegmentFlowQuery } from '../mobility/api-schemas';
import type { ScenarioQuery } from '../scenario/query';
import { timeBounds } from './filter-eval';
import type { Expr } from './filter-parser';
import type { DatastreamSource, ObservationRow, SourceKind } from './model';
import { REST_RESOLUTION } from './vocabulary';

/** The engine methods observations are read from (the server calls its engine threads; tests the service itself). */
export interface StaBackend {
  airReadings(query: AirReadingsQuery): Promise<{ series: Series[] }>;
  energySummary(query: EnergySummaryQuery): Promise<{ series: Series[] }>;
  segments(query: SegmentFlowQuery): Promise<{ series: Series[] }>;
}

export const DEFAULT_WINDOW_MS = DAY_MS;
/** Longest window across several Datastreams, and for one Datastream's Observations. */
export const MANY_DATASTREAMS_CAP_MS = DAY_MS;
export const ONE_DATASTREAM_CAP_MS = 7 * DAY_MS;

export interface Window {
  fromMs: number;
  toMs: number;
}

const floorHour = (ms: number) => Math.floor(ms / HOUR_MS) * HOUR_MS;
const days = (ms: number) => `${ms / DAY_MS} day${ms === DAY_MS ? '' : 's'}`;

/** The window of observations a request reads, whole hours (every step divides an hour, so REST buckets line up). */
export function observationWindow(filter: Expr | undefined, datastreams: number, nowMs: number): Window {
  const capMs = datastreams <= 1 ? ONE_DATASTREAM_CAP_MS : MANY_DATASTREAMS_CAP_MS;
  const bounds = filter ? timeBounds(filter, 'phenomenonTime') : {};
  const from = bounds.fromMs === undefined ? undefined : floorHour(bounds.fromMs);
  const to = bounds.toMs === undefined ? undefined : floorHour(bounds.toMs) + HOUR_MS;
  if (from !== undefined && to !== undefined) {
    if (to <= from) return { fromMs: from, toMs: from };
    if (to - from > capMs) {
      throw new ApiProblem(
        400,
        `$filter: the phenomenonTime window spans ${((to - from) / HOUR_MS).toFixed(0)} hours; this request reads at most ${days(capMs)} of observations (${days(ONE_DATASTREAM_CAP_MS)} for one Datastream's Observations, ${days(MANY_DATASTREAMS_CAP_MS)} across several). Narrow the phenomenonTime bounds.`,
        '$filter',
      );
    }
    return { fromMs: from, toMs: to };
  }
  if (from !== undefined) return { fromMs: from, toMs: from + capMs };
  if (to !== undefined) return { fromMs: to - capMs, toMs: to };
  const end = floorHour(nowMs);
  return { fromMs: end - DEFAULT_WINDOW_MS, toMs: end };
}

const iso = (ms: number) => new Date(ms).toISOString();
const unique = (values: string[]) => [...new Set(values)];
/** At most this many ids per REST call (the routes' own list caps). */
const CHUNK: Record<SourceKind, number> = { air: 20, meters: Number.POSITIVE_INFINITY, segments: 40 };

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

async function seriesOf(backend: StaBackend, kind: SourceKind, sources: DatastreamSource[], scenario: ScenarioQuery, window: Window) {
  const metric = unique(sources.map((s) => s.metric));
  const common = { ...scenario, from: iso(window.fromMs), to: iso(window.toMs) };
  if (kind === 'meters') {
    const answer = await backend.energySummary({ ...common, groupBy: 'district', resolution: '15m' });
    return answer.series;
  }
  const ids = unique(sources.map((s) => s.entityId));
  const answers = await Promise.all(
    chunks(ids, CHUNK[kind]).map((part) =>
      kind === 'air'
        ? backend.airReadings({ ...common, station: part, metric: metric as AirReadingsQuery['metric'], resolution: REST_RESOLUTION.air })
        : backend.segments({ ...common, segment: part, metric: metric as SegmentFlowQuery['metric'], resolution: REST_RESOLUTION.segments }),
    ),
  );
  return answers.flatMap((answer) => answer.series);
}

/** The observations of `sources` in the window, in the order of `sources` and then time; a null (a dropout, a missing read) is no observation. */
export async function readObservations(
  backend: StaBackend,
  sources: readonly DatastreamSource[],
  scenario: ScenarioQuery,
  window: Window,
): Promise<ObservationRow[]> {
  if (sources.length === 0 || window.toMs <= window.fromMs) return [];
  const byKind = new Map<SourceKind, DatastreamSource[]>();
  for (const source of sources) byKind.set(source.kind, [...(byKind.get(source.kind) ?? []), source]);
  const found = new Map<string, Series>();
  await Promise.all(
    [...byKind].map(async ([kind, list]) => {
      for (const series of await seriesOf(backend, kind, list, scenario, window)) found.set(`${kind}|${series.id}|${series.metric}`, series);
    }),
  );
  const rows: ObservationRow[] = [];
  for (const source of sources) {
    const series = found.get(`${source.kind}|${source.entityId}|${source.metric}`);
    if (!series) continue;
    series.time.forEach((timeMs, i) => {
      const value = series.value[i];
      if (value !== null && value !== undefined && timeMs >= window.fromMs && timeMs < window.toMs) rows.push({ source, timeMs, value });
    });
  }
  return rows;
}
