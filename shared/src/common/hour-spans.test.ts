import { describe, expect, it } from 'vitest';
import { hourSpans } from './hour-spans';

describe('hourSpans', () => {
  it('cuts a window into the parts of each hour it covers', () => {
    const start = Date.parse('2026-07-15T10:17:00Z');
    expect([...hourSpans(start, 150)]).toEqual([
      { hourStart: Date.parse('2026-07-15T10:00:00Z'), offset: 17, take: 43, at: 0 },
      { hourStart: Date.parse('2026-07-15T11:00:00Z'), offset: 0, take: 60, at: 43 },
      { hourStart: Date.parse('2026-07-15T12:00:00Z'), offset: 0, take: 47, at: 103 },
    ]);
    expect([...hourSpans(start, 0)]).toEqual([]);
  });
});
