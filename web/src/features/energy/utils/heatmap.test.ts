import { HOUR_MS } from '@sandbox/shared/common/time';
import { describe, expect, it } from 'vitest';
import { addDays, HEAT_STOPS, heatColour, heatmapWindow, hourDayGrid } from './heatmap';

const NY = 'America/New_York';

function hourly(fromIso: string, hours: number, value: (i: number) => number | null = (i) => i) {
  const start = Date.parse(fromIso);
  const time = Array.from({ length: hours }, (_, i) => start + i * HOUR_MS);
  return { time, value: time.map((_, i) => value(i)) };
}

describe('heatmapWindow', () => {
  it('starts at local midnight of the first day and ends after the current hour', () => {
    const now = Date.parse('2026-07-15T16:20:00Z'); // 12:20 in New York (EDT)
    const window = heatmapWindow(now, 28, NY);
    expect(window.days).toHaveLength(28);
    expect(window.days[0]).toBe('2026-06-18');
    expect(window.days.at(-1)).toBe('2026-07-15');
    expect(new Date(window.fromMs).toISOString()).toBe('2026-06-18T04:00:00.000Z');
    expect(new Date(window.toMs).toISOString()).toBe('2026-07-15T17:00:00.000Z');
  });

  it('counts calendar days across month and year ends', () => {
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});

describe('hourDayGrid', () => {
  it('puts each hour in its local day and hour', () => {
    // 2026-07-15 00:00 EDT is 04:00 UTC.
    const grid = hourDayGrid(hourly('2026-07-15T04:00:00Z', 48), NY, ['2026-07-15', '2026-07-16']);
    expect(grid.cells[0]).toEqual(Array.from({ length: 24 }, (_, h) => h));
    expect(grid.cells[1]?.[0]).toBe(24);
    expect(grid.min).toBe(0);
    expect(grid.max).toBe(47);
  });

  it('leaves 02:00 empty on the spring-forward day (23 local hours)', () => {
    // 2026-03-08 00:00 EST is 05:00 UTC; the day has 23 hours.
    const grid = hourDayGrid(
      hourly('2026-03-08T05:00:00Z', 23, () => 10),
      NY,
      ['2026-03-08'],
    );
    expect(grid.cells[0]?.[2]).toBeNull();
    expect(grid.cells[0]?.filter((v) => v !== null)).toHaveLength(23);
  });

  it('averages the two 01:00 hours of the fall-back day (25 local hours)', () => {
    // 2026-11-01 00:00 EDT is 04:00 UTC; 01:00 happens at 05:00 and 06:00 UTC.
    const grid = hourDayGrid(
      hourly('2026-11-01T04:00:00Z', 25, (i) => (i === 1 ? 10 : i === 2 ? 20 : 1)),
      NY,
      ['2026-11-01'],
    );
    expect(grid.cells[0]?.[1]).toBe(15);
    expect(grid.cells[0]?.every((v) => v !== null)).toBe(true);
  });

  it('skips missing values and days outside the list', () => {
    const grid = hourDayGrid(
      hourly('2026-07-15T04:00:00Z', 48, (i) => (i === 3 ? null : 5)),
      NY,
      ['2026-07-16'],
    );
    expect(grid.days).toEqual(['2026-07-16']);
    expect(grid.cells[0]?.every((v) => v === 5)).toBe(true);
    const empty = hourDayGrid(
      hourly('2026-07-15T04:00:00Z', 1, () => null),
      NY,
      ['2026-07-15'],
    );
    expect(empty.min).toBeNull();
  });
});

describe('heatColour', () => {
  it('runs from the lightest to the darkest blue', () => {
    expect(heatColour(0, 0, 10)).toBe(HEAT_STOPS[0]);
    expect(heatColour(10, 0, 10)).toBe(HEAT_STOPS.at(-1));
    expect(heatColour(99, 0, 10)).toBe(HEAT_STOPS.at(-1));
    expect(heatColour(5, 5, 5)).toMatch(/^#[0-9a-f]{6}$/);
  });
});
