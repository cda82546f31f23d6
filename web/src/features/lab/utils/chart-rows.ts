/** The overlaid chart's rows (one per hour, one column per scenario), its colours and the episode bands to shade. */
import type { LabScorecard, LabSeriesId } from '@sandbox/shared/lab/schemas';
import { okabeIto } from '../../../map/palette';
import { bandsInWindow, type EpisodeBand } from '../../../ui/charts/episodes';

/** Baseline in ink, variants in Okabe–Ito hues (distinct under colour-vision deficiencies; also dashed). */
export const LINE_COLORS = ['#1b2430', okabeIto.blue, okabeIto.vermillion, okabeIto.green] as const;

export type LabChartRow = { time: number } & Record<string, number | null>;

export function chartRows(answer: LabScorecard, metric: LabSeriesId): LabChartRow[] {
  return answer.time.map((time, h) => {
    const row: LabChartRow = { time } as LabChartRow;
    answer.scenarios.forEach((scenario, s) => {
      row[`s${s}`] = scenario.series[metric][h] ?? null;
    });
    return row;
  });
}

/** Every scenario's episode windows in the answer's window, once each (two scenarios with the same heat wave shade it once). */
export function episodeBands(answer: LabScorecard): EpisodeBand[] {
  const all = answer.scenarios.flatMap((scenario) =>
    scenario.episodes.map((episode) => ({ kind: episode.kind, from: Date.parse(episode.from), to: Date.parse(episode.to) })),
  );
  return bandsInWindow(all, Date.parse(answer.from), Date.parse(answer.to));
}
