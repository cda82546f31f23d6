/** Default episode and fault windows, placed around the current sim time so a lever shows at once. */
const HOUR = 3_600_000;

export type EpisodeLever = 'heatWave' | 'wildfireSmoke' | 'inversion' | 'demandResponse';

const SPANS: Record<EpisodeLever, [number, number]> = {
  heatWave: [-6, 66],
  wildfireSmoke: [-1, 36],
  inversion: [-1, 12],
  demandResponse: [-1, 4],
};

export function defaultWindow(lever: EpisodeLever | 'fault', simMs: number): { from: string; to: string } {
  const hour = Math.floor(simMs / HOUR) * HOUR;
  const [before, after] = lever === 'fault' ? [-1, 3] : SPANS[lever];
  return { from: new Date(hour + before * HOUR).toISOString(), to: new Date(hour + after * HOUR).toISOString() };
}
