import { DAY_MS } from '@sandbox/shared/common/time';
import { describe, expect, it } from 'vitest';
import { resolutionFor } from './resolution';

describe('resolutionFor', () => {
  it.each([
    [DAY_MS, 1500, '1m'],
    [DAY_MS, 500, '5m'],
    [7 * DAY_MS, 700, '15m'],
    [7 * DAY_MS, 200, '1h'],
    [365 * DAY_MS, 400, '1d'],
  ] as const)('%i ms at %i px → %s', (span, width, expected) => {
    expect(resolutionFor(span, width)).toBe(expected);
  });

  it('respects the resolutions a stream offers', () => {
    expect(resolutionFor(DAY_MS, 2000, ['15m', '1h', '1d'])).toBe('15m');
  });
});
