import { describe, expect, it } from 'vitest';
import { formatNumber, formatSigned } from './format';

describe('formatNumber', () => {
  it('writes a value that rounds to zero as "0", never "-0", in both languages', () => {
    for (const language of ['en', 'ko'] as const) {
      expect(formatNumber(-0, language)).toBe('0');
      expect(formatNumber(-0.004, language, { maximumFractionDigits: 2 })).toBe('0');
      expect(formatNumber(-1234.5, language, { maximumFractionDigits: 0 })).toBe('-1,235');
      expect(formatNumber(-0.04, language, { style: 'percent' })).toBe('-4%');
      expect(formatNumber(-0.0004, language, { style: 'percent' })).toBe('0%');
      expect(formatNumber(Number.NEGATIVE_INFINITY, language)).toBe('-∞');
    }
  });

  it("keeps the caller's sign display, e.g. a difference's plus sign", () => {
    expect(formatNumber(3, 'en', { signDisplay: 'exceptZero' })).toBe('+3');
  });
});

describe('formatSigned', () => {
  it('signs a change with + or a true minus (not a hyphen), and a change that rounds to zero with none', () => {
    expect(formatSigned(-0.031, 'en', { style: 'percent', maximumFractionDigits: 1 })).toBe('−3.1%');
    expect(formatSigned(0.25, 'ko', { style: 'percent', maximumFractionDigits: 1 })).toBe('+25%');
    expect(formatSigned(-0.0004, 'en', { style: 'percent', maximumFractionDigits: 1 })).toBe('0%');
    expect(formatSigned(-1234.5, 'en', { maximumFractionDigits: 0 })).toBe('−1,235');
  });
});
