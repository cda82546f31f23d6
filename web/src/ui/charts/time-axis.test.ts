import { describe, expect, it } from 'vitest';
import { timeTicks } from './time-axis';

const TZ = 'America/New_York';
const H = 3_600_000;

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
    const { ticks, format } = timeTicks(to - 24 * H, to, TZ, 'ko', 4);
    expect(ticks.length).toBeLessThanOrEqual(5);
    expect(ticks.map(format)).toContain('7월 15일');
  });
});
