import { describe, expect, it } from 'vitest';
import { extremes, formatHour } from './format';

describe('chart formatting', () => {
  it.each([
    [0, '00:00'],
    [9, '09:00'],
    [23, '23:00'],
  ])('formats hour %i as %s', (hour, text) => {
    expect(formatHour(hour)).toBe(text);
  });

  it('finds the first lowest and highest point with their hours', () => {
    const points = [
      { localHour: 0, v: 3 },
      { localHour: 1, v: 1 },
      { localHour: 2, v: 5 },
      { localHour: 3, v: 1 },
    ];
    expect(extremes(points, (p) => p.v)).toEqual({ low: { value: 1, localHour: 1 }, high: { value: 5, localHour: 2 } });
    expect(extremes([], (p: { localHour: number }) => p.localHour)).toBeNull();
  });
});
