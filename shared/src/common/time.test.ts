import { describe, expect, it } from 'vitest';
import { isKnownTimeZone, localDayHours, localTime, utcFromLocal, zoneOffsetMinutes } from './time';

const NY = 'America/New_York';

describe('local time in America/New_York', () => {
  it.each([
    ['2026-01-15T12:00:00Z', -300],
    ['2026-07-15T12:00:00Z', -240],
    // 2026 DST starts Sunday 8 March at 02:00 EST (07:00Z) and ends Sunday 1 November at 02:00 EDT (06:00Z).
    ['2026-03-08T06:59:59Z', -300],
    ['2026-03-08T07:00:00Z', -240],
    ['2026-11-01T05:59:59Z', -240],
    ['2026-11-01T06:00:00Z', -300],
  ])('at %s the offset is %i minutes', (iso, offset) => {
    expect(zoneOffsetMinutes(NY, Date.parse(iso))).toBe(offset);
  });

  it('reads wall-clock fields, day of week and day of year', () => {
    const t = localTime(NY, Date.parse('2026-07-15T16:30:00Z'));
    expect(t).toMatchObject({ year: 2026, month: 7, day: 15, dayOfWeek: 3, dayOfYear: 196, offsetMinutes: -240 });
    expect(t.hourOfDay).toBeCloseTo(12.5);
  });

  it('turns local midnight into UTC on both sides of DST', () => {
    expect(new Date(utcFromLocal(NY, 2026, 1, 15)).toISOString()).toBe('2026-01-15T05:00:00.000Z');
    expect(new Date(utcFromLocal(NY, 2026, 7, 15)).toISOString()).toBe('2026-07-15T04:00:00.000Z');
  });

  it('gives 24 hours on a normal day, 23 in spring and 25 in autumn', () => {
    expect(localDayHours(NY, '2026-07-15')).toHaveLength(24);
    expect(localDayHours(NY, '2026-03-08')).toHaveLength(23);
    expect(localDayHours(NY, '2026-11-01')).toHaveLength(25);
  });

  it('knows real zones and rejects invented ones', () => {
    expect(isKnownTimeZone(NY)).toBe(true);
    expect(isKnownTimeZone('Mars/Olympus_Mons')).toBe(false);
  });
});
