import { describe, expect, it } from 'vitest';
import { resolutionFor } from './resolution';

describe('resolutionFor', () => {
  it.each([
    [86_400_000, 1500, '1m'],
    [86_400_000, 500, '5m'],
    [7 * 86_400_000, 700, '15m'],
    [7 * 86_400_000, 200, '1h'],
    [365 * 86_400_000, 400, '1d'],
  ] as const)('%i ms at %i px → %s', (span, width, expected) => {
    expect(resolutionFor(span, width)).toBe(expected);
  });

  it('respects the resolutions a stream offers', () => {
    expect(resolutionFor(86_400_000, 2000, ['15m', '1h', '1d'])).toBe('15m');
  });
});
