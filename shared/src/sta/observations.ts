/**
 * Observations are not stored: they are the REST API's own values, read through the same engine
 * methods (air readings at 1 minute, district load at 15 minutes, segment flow at 5 minutes) for a
 * bounded window, so a value read through /sta/v1.1 and through /api is the same number.
 *
 * The window: the 24 hours before the current hour, unless the top-level `and`s of `$filter` bound
 * `phenomenonTime`; then the hours those bounds cover (one bound: a window of the cap's length from
 * it). The cap is a budget of observation slots shared by the Datastreams read (a week of one air
 * bench, two hours of every Datastream of Columbus); a longer window is a 400 naming the cap.
 */
import type { AirReadingsQuery } from '../air/api-schemas';
import type { Series } from '../common/query';
import { DAY_MS, HOUR_MS } from '../common/time';
import type { EnergySummaryQuery } from '../energy/api-schemas';
import type { SegmentFlowQuery } from '../mobility/api-schemas';
import type { ScenarioQuery } from '../scenario/query';
import { timeBounds } from './filter-eval';
import { QueryOptionError } from './filter-lexer';
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
/**
 * Observation slots (Datastreams × steps in the window) one request may read: 25 k rows keep the
 * parse, filter, sort and page on the server's event loop under ~100 ms in all (decision 180 has the
 * measurements; 100 k rows cost 250 ms).
 */
export const OBSERVATION_BUDGET = 25_000;
/** The longest window even for one Datastream. */
export const MAX_WINDOW_MS = 7 * DAY_MS;

export interface Window {
  fromMs: number;
  toMs: number;
}

const floorHour = (ms: number) => Math.floor(ms / HOUR_MS) * HOUR_MS;

/** Whole hours the budget allows for these Datastreams (at least one, at most a week). */
export function windowCapMs(sources: readonly DatastreamSource[]): number {
  const perHour = sources.reduce((sum, source) => sum + HOUR_MS / source.stepMs, 0);
  const hours = perHour === 0 ? MAX_WINDOW_MS / HOUR_MS : Math.floor(OBSERVATION_BUDGET / perHour);
  return Math.min(MAX_WINDOW_MS, Math.max(1, hours) * HOUR_MS);
}

/**
 * The window of observations a request reads, in whole hours (every step divides an hour, so the
 * REST buckets line up): the last 24 hours before the current hour (fewer when the budget says
 * so), or the hours the `phenomenonTime` bounds of `$filter` cover.
 */
export function observationWindow(filter: Expr | undefined, sources: readonly DatastreamSource[], nowMs: number): Window {
  const capMs = windowCapMs(sources);
  const bounds = filter ? timeBounds(filter, 'phenomenonTime') : {};
  const from = bounds.fromMs === undefined ? undefined : floorHour(bounds.fromMs);
  const to = bounds.toMs === undefined ? undefined : floorHour(bounds.toMs) + HOUR_MS;
  if (from !== undefined && to !== undefined) {
    if (to <= from) return { fromMs: from, toMs: from };
    if (to - from > capMs) {
      throw new QueryOptionError(
        '$filter',
        `the phenomenonTime window spans ${(to - from) / HOUR_MS} hours; for these ${sources.length} Datastream(s) a request reads at most ${capMs / HOUR_MS} hours (${OBSERVATION_BUDGET.toLocaleString('en-US')} observations, and never more than ${MAX_WINDOW_MS / DAY_MS} days). Narrow the phenomenonTime bounds or read fewer Datastreams.`,
      );
    }
    return { fromMs: from, toMs: to };
  }
  if (from !== undefined) return { fromMs: from, toMs: from + capMs };
  if (to !== undefined) return { fromMs: to - capMs, toMs: to };
  const end = floorHour(nowMs);
  return { fromMs: end - Math.min(DEFAULT_WINDOW_MS, capMs), toMs: end };
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
        : backend.segments({
            ...common,
            segment: part,
            metric: metric as SegmentFlowQuery['metric'],
            resolution: REST_RESOLUTION.segments,
          }),
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
      for (const series of await seriesOf(backend, kind, list, scenario, window))
        found.set(`${kind}|${series.id}|${series.metric}`, series);
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
