/**
 * When a chart shows a sample, it says so: the API marks a series that stands for finer data
 * (`sample`: thinned by `maxPoints`, or bucketed coarser than its source) and this turns the
 * coarsest such series of a chart into one sentence, e.g. "Sample: 1 point per ~6 min of data
 * recorded every 1 min". One mechanism for every chart: the Panel shows it under the chart and over
 * its table.
 */
import type { Series } from '@sandbox/shared/common/query';
import { DAY_MS, HOUR_MS, MINUTE_MS } from '@sandbox/shared/common/time';
import type { TFunction } from 'i18next';
import { formatNumber } from '../../i18n/format';
import type { Language } from '../../i18n/i18n';

export interface SampleFacts {
  /** Time one point stands for, on average: the source's span over the points drawn. */
  everyMs: number;
  sourceStepMs: number;
  /** Points dropped (thinned), or every point a bucket of the source (mean or sum) and none dropped. */
  thinned: boolean;
}

/** The coarsest sample among the series (the one a reader would misread first); none when every series is its data. */
export function sampleFacts(series: readonly Series[]): SampleFacts | undefined {
  let coarsest: SampleFacts | undefined;
  for (const s of series) {
    if (!s.sample || s.time.length === 0) continue;
    const everyMs = (s.sample.sourcePoints * s.sample.sourceStepMs) / s.time.length;
    if (!coarsest || everyMs > coarsest.everyMs) coarsest = { everyMs, sourceStepMs: s.sample.sourceStepMs, thinned: s.sample.thinned };
  }
  return coarsest;
}

/** A span as the UI language writes it, short: "6 min", "2 hr", "1 day" (Korean "6분", "2시간", "1일"). */
export function shortSpan(ms: number, language: Language): string {
  const [unit, size] =
    ms < HOUR_MS ? (['minute', MINUTE_MS] as const) : ms < DAY_MS ? (['hour', HOUR_MS] as const) : (['day', DAY_MS] as const);
  return formatNumber(ms / size, language, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: ms < size * 10 ? 1 : 0 });
}

/** The note a chart (and its table) shows about its sample, or undefined when it shows all its data. */
export function sampleNote(series: readonly Series[], t: TFunction, language: Language): string | undefined {
  const facts = sampleFacts(series);
  if (!facts) return undefined;
  const values = { every: shortSpan(facts.everyMs, language), step: shortSpan(facts.sourceStepMs, language) };
  return t(facts.thinned ? 'charts.sample.thinned' : 'charts.sample.bucketed', values);
}
