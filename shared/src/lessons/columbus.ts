/**
 * The places and the day the lessons use: Columbus (the city the three programs ran in) on
 * Wednesday 15 July 2026, a local day (EDT, UTC−4) that every page shows in full when the clock
 * stands at its last minute. A test checks these ids against the city file.
 */
import { HOUR_MS } from '../common/time';
import { scenarioToQuery } from '../scenario/query';
import { type ScenarioInput, ScenarioSchema } from '../scenario/schemas';
import type { LessonSource, LessonStep } from './model';

export const LESSON_CITY = 'columbus';
export const LESSON_ZONE = 'America/New_York';
/** The local day as a UTC window: 00:00–24:00 EDT. */
export const DAY = { from: '2026-07-15T04:00:00Z', to: '2026-07-16T04:00:00Z' } as const;
export const DAY_START_MS = Date.parse(DAY.from);
/** The clock at the day's last minute: a 24-hour chart or download then covers exactly the day. */
export const DAY_END_CLOCK = '2026-07-16T03:59:00Z';

export const STATIONS = [
  'linden-park-bench',
  'cleveland-hudson-roadside',
  'goodale-park-bench',
  'whetstone-park-bench',
  'weinland-park-school',
  'downtown-high-school',
  'northland-high-school',
  'morse-karl-roadside',
  'morse-stelzer-roadside',
  'alum-creek-bixby-roadside',
] as const;
export const ROADSIDE_STATIONS = STATIONS.filter((id) => id.endsWith('-roadside'));

/** Residential meters among the first the Data page lists with rooftop PV at the PV lesson's seed (a test checks it). */
export const PV_METERS = ['northland-res-00115', 'northland-res-00166'] as const;
export const PLAIN_METERS = ['northland-res-00001', 'northland-res-00002', 'northland-res-00003', 'northland-res-00004'] as const;

/** High St's northbound and southbound segments the Data page lists. */
export const HIGH_ST_SEGMENTS = ['high-st-nb-02', 'high-st-nb-03', 'high-st-sb-02', 'high-st-sb-03'] as const;

/** An instant `hours` after the day's local midnight, ISO. */
export const dayHour = (hours: number) => new Date(DAY_START_MS + hours * HOUR_MS).toISOString().replace('.000Z', 'Z');

/** Local clock text of an hour of the day, e.g. `13:00`. */
export const clockText = (hour: number) => `${String(hour).padStart(2, '0')}:00`;

/** A request of a lesson's scenario: the scenario's parameters, then the route's own. */
export function source(route: LessonSource['route'], scenario: ScenarioInput, query: Record<string, string>): LessonSource {
  return { route, query: { ...scenarioToQuery(ScenarioSchema.parse(scenario)), ...query } };
}

/** The Data page's series explorer on one entity (or, '', every one) and metric over the day. */
export function dataStep(key: string, stream: string, entity: string, metric: string): LessonStep {
  return { key, page: '/data', view: { stream, ...(entity ? { entity } : {}), metric, span: '24h', t: DAY_END_CLOCK } };
}

/** The Data page with the clock at the day's last minute: its Downloads card then offers the day's files. */
export function downloadStep(key = 'download'): LessonStep {
  return { key, page: '/data', view: { t: DAY_END_CLOCK } };
}

/** The residential class's load over the day (the Data page's load by class; the Energy page's class chart). */
export const classLoad = (scenario: ScenarioInput) => source('energySummary', scenario, { ...DAY, groupBy: 'class', resolution: '15m' });
