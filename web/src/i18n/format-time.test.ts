import { describe, expect, it } from 'vitest';
import { formatClock, formatDateTime, formatTime, zoneName } from './format-time';

const SUMMER = Date.parse('2026-07-15T21:30:12Z');
const WINTER = Date.parse('2026-01-15T21:30:12Z');

describe("the city's clock", () => {
  it('names a US zone by its abbreviation in Korean too (not "GMT-4")', () => {
    expect(formatClock(SUMMER, 'en', 'America/New_York')).toBe('Wed, Jul 15, 2026, 17:30:12 EDT');
    const korean = formatClock(SUMMER, 'ko', 'America/New_York');
    expect(korean).toMatch(/^2026년 7월 15일 \(수\) 17:30:12 EDT$/);
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

describe('one hour cycle for every time the app writes', () => {
  it('writes the clock, tooltips and axis labels on the 24-hour clock in both languages', () => {
    for (const language of ['en', 'ko'] as const) {
      const all = [formatClock, formatDateTime, formatTime].map((f) => f(SUMMER, language, 'America/New_York'));
      for (const text of all) {
        expect(text).toContain('17:30');
        expect(text).not.toMatch(/AM|PM|오전|오후/);
      }
    }
    expect(formatDateTime(SUMMER, 'en', 'America/New_York')).toBe('Jul 15, 17:30');
    expect(formatDateTime(SUMMER, 'ko', 'America/New_York')).toBe('7월 15일 17:30');
  });
});
