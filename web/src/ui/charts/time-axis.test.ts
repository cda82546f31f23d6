import { HOUR_MS as H } from '@sandbox/shared/common/time';
import { describe, expect, it } from 'vitest';
import { timeTicks } from './time-axis';

const TZ = 'America/New_York';
const iso = (ms: number) => new Date(ms).toISOString();

describe('timeTicks', () => {
  it('puts a day on round 3-hour marks of the wall clock, with the date at midnight', () => {
    const to = Date.parse('2026-07-15T16:00:00Z'); // 12:00 EDT
    const { ticks, format } = timeTicks(to - 24 * H, to, TZ, 'en');
    expect(ticks.map(format)).toEqual(['12:00', '15:00', '18:00', '21:00', 'Jul 15', '03:00', '06:00', '09:00', '12:00']);
  });

  it('puts a week on local midnights, across the DST change', () => {
    const from = Date.parse('2026-03-05T17:00:00Z');
    const { ticks, format } = timeTicks(from, from + 7 * 24 * H, TZ, 'en');
    expect(ticks.map(format)).toEqual(['Mar 6', 'Mar 7', 'Mar 8', 'Mar 9', 'Mar 10', 'Mar 11', 'Mar 12']);
    expect((ticks[3] as number) - (ticks[2] as number)).toBe(23 * H);
  });

  it('uses fewer ticks on a narrow chart, and Korean dates', () => {
    const to = Date.parse('2026-07-15T16:00:00Z');
    const { ticks, format } = timeTicks(to - 24 * H, to, TZ, 'ko', { maxTicks: 4 });
    expect(ticks.length).toBeLessThanOrEqual(5);
    expect(ticks.map(format)).toContain('7월 15일');
  });
});

describe('timeTicks on the Energy windows (date-on-long-windows)', () => {
  const energy = { labels: 'date-on-long-windows' } as const;

  it('puts a day’s ticks every 3 local hours, each labelled with its time (midnight too)', () => {
    const { ticks, format } = timeTicks(Date.parse('2026-07-15T04:00:00Z'), Date.parse('2026-07-16T04:00:00Z'), TZ, 'en', energy);
    expect(ticks.map(iso).slice(0, 3)).toEqual(['2026-07-15T04:00:00.000Z', '2026-07-15T07:00:00.000Z', '2026-07-15T10:00:00.000Z']);
    expect(ticks).toHaveLength(9);
    expect(ticks.map(format)).toEqual(['00:00', '03:00', '06:00', '09:00', '12:00', '15:00', '18:00', '21:00', '00:00']);
  });

  it('puts three days every 12 local hours, labelled with their date', () => {
    const to = Date.parse('2026-07-15T22:00:00Z'); // 18:00 EDT
    const { ticks, format } = timeTicks(to - 72 * H, to, TZ, 'en', energy);
    expect(ticks.map(iso)).toEqual([
      '2026-07-13T04:00:00.000Z',
      '2026-07-13T16:00:00.000Z',
      '2026-07-14T04:00:00.000Z',
      '2026-07-14T16:00:00.000Z',
      '2026-07-15T04:00:00.000Z',
      '2026-07-15T16:00:00.000Z',
    ]);
    expect(ticks.map(format)).toEqual(['Jul 13', 'Jul 13', 'Jul 14', 'Jul 14', 'Jul 15', 'Jul 15']);
  });

  it('puts a week’s ticks at local midnights, across the autumn DST change', () => {
    const { ticks } = timeTicks(Date.parse('2026-10-29T12:00:00Z'), Date.parse('2026-11-05T12:00:00Z'), TZ, 'en', energy);
    expect(ticks.map(iso)).toContain('2026-11-01T04:00:00.000Z'); // EDT midnight
    expect(ticks.map(iso)).toContain('2026-11-02T05:00:00.000Z'); // EST midnight
    expect(ticks).toHaveLength(7);
  });
});
