import { describe, expect, it } from 'vitest';
import { localTicks, ticksShowDate } from './time-axis';

const NY = 'America/New_York';
const iso = (ms: number) => new Date(ms).toISOString();

describe('localTicks', () => {
  it('puts a day’s ticks every 3 local hours', () => {
    const ticks = localTicks(Date.parse('2026-07-15T04:00:00Z'), Date.parse('2026-07-16T04:00:00Z'), NY);
    expect(ticks.map(iso).slice(0, 3)).toEqual(['2026-07-15T04:00:00.000Z', '2026-07-15T07:00:00.000Z', '2026-07-15T10:00:00.000Z']);
    expect(ticks).toHaveLength(9);
    expect(ticksShowDate(ticks[0] as number, ticks.at(-1) as number)).toBe(false);
  });

  it('puts a week’s ticks at local midnights, across the autumn DST change', () => {
    const ticks = localTicks(Date.parse('2026-10-29T12:00:00Z'), Date.parse('2026-11-05T12:00:00Z'), NY);
    expect(ticks.map(iso)).toContain('2026-11-01T04:00:00.000Z'); // EDT midnight
    expect(ticks.map(iso)).toContain('2026-11-02T05:00:00.000Z'); // EST midnight
    expect(ticks).toHaveLength(7);
  });
});
