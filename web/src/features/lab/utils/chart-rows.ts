/** The overlaid chart's rows (one per hour, one column per scenario), its colours and the episode bands to shade. */
import type { Episode, LabScorecard, LabSeriesId } from '@sandbox/shared/lab/schemas';
import { okabeIto } from '../../../map/palette';

/** Baseline in ink, variants in Okabe–Ito hues (distinct under colour-vision deficiencies; also dashed). */
export const LINE_COLORS = ['#1b2430', okabeIto.blue, okabeIto.vermillion, okabeIto.green] as const;

export const EPISODE_FILL: Record<Episode['kind'], string> = {
  heatWave: okabeIto.orange,
  wildfireSmoke: '#7b8594',
  inversion: okabeIto.skyBlue,
  demandResponse: okabeIto.purple,
};

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

/** Every scenario's episode windows, once each (two scenarios with the same heat wave shade it once). */
export function episodeBands(answer: LabScorecard): { kind: Episode['kind']; from: number; to: number }[] {
  const seen = new Map<string, { kind: Episode['kind']; from: number; to: number }>();
  for (const scenario of answer.scenarios) {
    for (const episode of scenario.episodes) {
      const band = { kind: episode.kind, from: Date.parse(episode.from), to: Date.parse(episode.to) };
      seen.set(`${band.kind}|${band.from}|${band.to}`, band);
    }
  }
  return [...seen.values()].filter((band) => band.to > Date.parse(answer.from) && band.from < Date.parse(answer.to));
}
