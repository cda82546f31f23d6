import { describe, expect, it } from 'vitest';
import { shiftDate } from './use-overview-date';

describe('shiftDate', () => {
  it.each([
    ['2026-07-15', 1, '2026-07-16'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2028-03-01', -1, '2028-02-29'],
  ])('%s shifted by %i is %s', (date, days, expected) => {
    expect(shiftDate(date, days)).toBe(expected);
  });
});
