import { describe, expect, it } from 'vitest';
import { formatDateRange, formatPartialDate, yearOf } from './dates';

describe('partial dates', () => {
  it.each([
    ['2015', 'en', '2015'],
    ['2015', 'ko', '2015년'],
    ['2015-09', 'en', 'Sep 2015'],
    ['2015-09', 'ko', '2015년 9월'],
    ['2015-09-14', 'en', 'Sep 14, 2015'],
    ['2015-09-14', 'ko', '2015년 9월 14일'],
  ] as const)('%s in %s → %s', (date, language, expected) => {
    expect(formatPartialDate(date, language)).toBe(expected);
  });

  it('formats a range and reads the year', () => {
    expect(formatDateRange('2015-12', '2016-06', 'en')).toBe('Dec 2015 – Jun 2016');
    expect(formatDateRange('2015-12', undefined, 'en')).toBe('Dec 2015');
    expect(yearOf('2016-03-12')).toBe(2016);
  });
});
