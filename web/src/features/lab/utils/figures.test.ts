import { describe, expect, it } from 'vitest';
import { formatChange, formatDiff, formatFigure, formatPercent, rowDecimals } from './figures';

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

  it('writes no percentage of a baseline under a tenth of the change', () => {
    // The EV load at the peak: 300 kW against +102,178 kW.
    expect(formatPercent(34_103, 'en')).toBe('—');
    expect(formatPercent(-1_000.5, 'en')).toBe('—');
    expect(formatPercent(999, 'en')).toBe('+999%');
  });

  it('writes a row with enough decimals that values that differ read differently, and its range at the same', () => {
    // 12.06 → 12.14 reads "12.1 → 12.1, +0.1" at one decimal: two show "12.06 → 12.14, +0.08".
    expect(rowDecimals(12.06, [12.14], 1)).toBe(2);
    expect(rowDecimals(12.06, [12.06, 14.2], 1)).toBe(1);
    expect(rowDecimals(12.0601, [12.0602], 1)).toBe(3);
    expect(rowDecimals(null, [12.0602], 1)).toBe(1);
    // The seeds' range at the figure's decimals (City peak load: "+19,414 … +43,926", not "+19,414.1 …").
    expect(`${formatDiff(19_414.1, 0, 'en')} … ${formatDiff(43_925.7, 0, 'en')}`).toBe('+19,414 … +43,926');
    expect(formatDiff(0.03, 1, 'en')).toBe('+0.03');
  });
});
