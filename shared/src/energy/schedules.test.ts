import { describe, expect, it } from 'vitest';
import { SCHEDULES, scheduleOf } from './schedules';

describe('operating schedules', () => {
  it('gives residential and industrial meters their class schedule and commercial ones CBECS’s split', () => {
    expect(scheduleOf(0, 0.01)).toBe(0);
    expect(scheduleOf(2, 0.01)).toBe(2);
    const counts = [0, 0, 0, 0, 0];
    for (let i = 0; i < 10_000; i++) {
      const s = scheduleOf(1, (i + 0.5) / 10_000);
      counts[s] = (counts[s] as number) + 1;
    }
    // Around the clock 678 and restaurants 217 of 3,559 trillion Btu (CBECS 2003).
    expect(counts[3]).toBe(1905);
    expect(counts[4]).toBe(610);
    expect(counts[1]).toBe(10_000 - 1905 - 610);
    for (const s of SCHEDULES) expect(s.shapes.map((d) => d.length)).toEqual([24, 24]);
  });
});
