import { describe, expect, it } from 'vitest';
import { energyResolution, parseSpan, SPANS } from './spans';

describe('spans', () => {
  it('reads a span from the URL and falls back to a day', () => {
    expect(parseSpan('7d')).toBe('7d');
    expect(parseSpan(null)).toBe('1d');
    expect(parseSpan('2w')).toBe('1d');
    expect(parseSpan('constructor')).toBe('1d');
  });

  it.each([
    ['1d', 400, '15m'],
    ['7d', 700, '15m'],
    ['7d', 650, '1h'],
    ['7d', 100, '1d'],
    ['3d', 288, '15m'],
    ['3d', 287, '1h'],
  ] as const)('draws %s in %i px at %s', (span, width, resolution) => {
    expect(energyResolution(SPANS[span], width)).toBe(resolution);
  });
});
