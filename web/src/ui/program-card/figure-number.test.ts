import { describe, expect, it } from 'vitest';
import { formatFigureNumber } from './figure-number';

describe('formatFigureNumber', () => {
  it.each([
    [30_000, 'count', 'en', '30,000'],
    [30_000, 'count', 'ko', '30,000'],
    [14_200_000, 'count', 'en', '14.2M'],
    [14_200_000, 'count', 'ko', '1,420만'],
    [350_000_000_000, 'count', 'en', '350B'],
    [350_000_000_000, 'count', 'ko', '3,500억'],
    [140_000_000, 'usd', 'ko', '1.4억'],
    [100_000, 'usd', 'en', '100,000'],
    [56, 'percent', 'en', '56%'],
    [5, 'minutes', 'en', '5 minutes'],
    [1, 'minutes', 'ko', '1분'],
  ] as const)('%d %s in %s → %s', (value, unit, language, expected) => {
    expect(formatFigureNumber(value, unit, language)).toBe(expected);
  });
});
