import { describe, expect, it } from 'vitest';
import { formatClock, zoneName } from './format-time';

const SUMMER = Date.parse('2026-07-15T21:30:12Z');
const WINTER = Date.parse('2026-01-15T21:30:12Z');

describe("the city's clock", () => {
  it('names a US zone by its abbreviation in Korean too (not "GMT-4")', () => {
    expect(formatClock(SUMMER, 'en', 'America/New_York')).toBe('Wed, Jul 15, 2026, 5:30:12 PM EDT');
    const korean = formatClock(SUMMER, 'ko', 'America/New_York');
    expect(korean).toMatch(/^2026년 7월 15일 \(수\) .*5.*30.*12.* EDT$/);
    expect(korean).not.toContain('GMT');
    expect(zoneName(WINTER, 'ko', 'America/New_York')).toBe('EST');
  });

  it("keeps the language's own name where the zone has no abbreviation", () => {
    expect(zoneName(SUMMER, 'ko', 'Asia/Seoul')).not.toBe('');
    expect(zoneName(SUMMER, 'en', 'Asia/Seoul')).toBe(
      new Intl.DateTimeFormat('en', { timeZone: 'Asia/Seoul', timeZoneName: 'short' })
        .formatToParts(SUMMER)
        .find((p) => p.type === 'timeZoneName')?.value,
    );
  });
});
