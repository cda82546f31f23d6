/**
 * Meter-reading quality flags (VEE: validation, estimation, editing) as runs of consecutive
 * 15-minute intervals, so a chart draws one band per gap rather than one per interval.
 */
import type { Series } from '@sandbox/shared/common/query';
import { MINUTE_MS } from '@sandbox/shared/common/time';

export type FlaggedQuality = 'estimated' | 'missing';

export interface QualityRun {
  from: number;
  to: number;
  quality: FlaggedQuality;
  intervals: number;
}

/** Codes of the API's `quality` series: 0 actual, 1 estimated, 2 missing. */
const FLAGS: Record<number, FlaggedQuality> = { 1: 'estimated', 2: 'missing' };

export function qualityRuns(series: Pick<Series, 'time' | 'value'> | undefined, stepMs = 15 * MINUTE_MS): QualityRun[] {
  const runs: QualityRun[] = [];
  if (!series) return runs;
  series.time.forEach((t, i) => {
    const quality = FLAGS[series.value[i] ?? 0];
    if (!quality) return;
    const last = runs.at(-1);
    if (last && last.quality === quality && last.to === t) {
      last.to = t + stepMs;
      last.intervals += 1;
    } else runs.push({ from: t, to: t + stepMs, quality, intervals: 1 });
  });
  return runs;
}

/** How many intervals carry each flag. */
export function qualityCounts(runs: readonly QualityRun[]): Record<FlaggedQuality, number> {
  const counts = { estimated: 0, missing: 0 };
  for (const run of runs) counts[run.quality] += run.intervals;
  return counts;
}

/** The quality name of interval `time`, or 'actual'. */
export function qualityAt(runs: readonly QualityRun[], time: number): FlaggedQuality | 'actual' {
  return runs.find((run) => time >= run.from && time < run.to)?.quality ?? 'actual';
}
