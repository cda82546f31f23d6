import { describe, expect, it } from 'vitest';
import { formatChange, formatFigure, formatPercent } from './figures';

describe('scorecard numbers', () => {
  it('writes figures with their decimals in the reader’s language', () => {
    expect(formatFigure(123758.71, 0, 'en')).toBe('123,759');
    expect(formatFigure(8.74, 1, 'ko')).toBe('8.7');
    expect(formatFigure(null, 1, 'en')).toBe('—');
  });

  it('signs changes with a true minus, and zero as ±0', () => {
    expect(formatChange(48.32, 1, 'en')).toBe('+48.3');
    expect(formatChange(-0.098, 1, 'en')).toBe('−0.1');
    expect(formatChange(0.001, 1, 'en')).toBe('±0.0');
    expect(formatPercent(2.05, 'en')).toBe('+2.1%');
    expect(formatPercent(-33.7, 'en')).toBe('−34%');
    expect(formatPercent(null, 'en')).toBe('—');
  });
});
