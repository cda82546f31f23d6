/**
 * How far the 1-minute PM2.5 is from its NowCast, for the sentence under the "now" table: above by
 * more than 15 % (a spike the AQI barely feels), below by more than 15 % (the AQI still remembers
 * dirtier hours), or close (steady air).
 */
export type SpikeKey = 'spikeAbove' | 'spikeBelow' | 'spikeClose';

export function spikeKind(minute: number | null, nowCast: number | null): { key: SpikeKey; ratio: number } | null {
  if (minute === null || nowCast === null || nowCast <= 0) return null;
  const ratio = minute / nowCast - 1;
  return { key: ratio > 0.15 ? 'spikeAbove' : ratio < -0.15 ? 'spikeBelow' : 'spikeClose', ratio: Math.abs(ratio) };
}
