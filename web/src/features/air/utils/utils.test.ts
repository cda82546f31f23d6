import { AQI_CATEGORIES } from '@sandbox/shared/air/aqi';
import type { Series } from '@sandbox/shared/common/query';
import { HOUR_MS as H, MINUTE_MS } from '@sandbox/shared/common/time';
import { describe, expect, it } from 'vitest';
import { parseSpan, pickStation } from './air-view';
import { aqiTextColor, concentrationBands } from './aqi-bands';
import { addDays, keyMove, monthBounds, monthWeeks, sameTimeOn } from './calendar';
import { currentHourOf, hourlyValuesAt, onTimesOf } from './hourly-at';
import { spikeKind } from './spike';
import { compassPoint } from './wind';

describe('concentration bands', () => {
  it('covers the PM2.5 axis from 0 with the 2024 breakpoints in official colours', () => {
    const bands = concentrationBands('pm25', (key) => key);
    expect(bands.map((b) => [b.from, b.to])).toEqual([
      [0, 9],
      [9, 35.4],
      [35.4, 55.4],
      [55.4, 125.4],
      [125.4, 225.4],
      [225.4, 325.4],
    ]);
    expect(bands[0]).toMatchObject({ color: '#00E400', label: 'good' });
  });

  it('gives ozone in ppb from the 8-hour table', () => {
    expect(concentrationBands('ozone', (key) => key).map((b) => b.to)).toEqual([54, 70, 85, 105, 200]);
  });

  it('keeps text readable on every category colour', () => {
    expect(aqiTextColor('moderate')).toBe('#1b2430');
    expect(aqiTextColor('very-unhealthy')).toBe('#ffffff');
    // WCAG 2 contrast of the text on each official colour: at least 4.5:1 (AA for small text).
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => {
        const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      }) as [number, number, number];
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    for (const category of AQI_CATEGORIES) {
      const [a, b] = [luminance(category.color), luminance(aqiTextColor(category.key))];
      expect((Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05), category.key).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe('hourly values on minute times', () => {
  const hourly: Series = { id: 's', metric: 'pm25NowCastUgM3', unit: 'µg/m³', time: [0, H, 2 * H], value: [5, 7, null] };

  it('shows at each minute the value of the last complete hour', () => {
    expect(currentHourOf(H + 59 * MINUTE_MS)).toBe(0);
    expect(hourlyValuesAt([H, H + 30 * MINUTE_MS, 2 * H, 3 * H, 9 * H], hourly)).toEqual([5, 5, 7, null, null]);
  });

  it('builds a series on the other times, empty without hourly data', () => {
    expect(onTimesOf([2 * H], hourly, hourly)).toMatchObject({ metric: 'pm25NowCastUgM3', time: [2 * H], value: [7] });
    expect(onTimesOf([2 * H], undefined, { id: 'x', metric: 'm', unit: 'u' }).value).toEqual([null]);
  });
});

describe('view parameters', () => {
  it('falls back to the defaults for unknown values', () => {
    expect(parseSpan('7d')).toBe('7d');
    expect(parseSpan('1y')).toBe('24h');
    expect(parseSpan(null)).toBe('24h');
    const stations = [{ id: 'a' }, { id: 'b' }];
    expect(pickStation('b', stations)?.id).toBe('b');
    expect(pickStation('zz', stations)?.id).toBe('a');
    expect(pickStation(null, [])).toBeUndefined();
  });
});

describe('calendar', () => {
  it('lays a month out in weeks from Sunday', () => {
    const weeks = monthWeeks('2026-07-15');
    expect(weeks).toHaveLength(5);
    expect(weeks[0]).toEqual([null, null, null, '2026-07-01', '2026-07-02', '2026-07-03', '2026-07-04']);
    expect(weeks[4]).toEqual(['2026-07-26', '2026-07-27', '2026-07-28', '2026-07-29', '2026-07-30', '2026-07-31', null]);
    expect(monthWeeks('2026-02-01')).toHaveLength(4);
    expect(monthBounds('2026-12-09')).toEqual({ first: '2026-12-01', next: '2027-01-01' });
  });

  it('moves focus by day, week, to the ends, and never out of the month', () => {
    expect(keyMove('2026-07-15', 'ArrowRight')).toBe('2026-07-16');
    expect(keyMove('2026-07-15', 'ArrowUp')).toBe('2026-07-08');
    expect(keyMove('2026-07-03', 'ArrowUp')).toBe('2026-07-01');
    expect(keyMove('2026-07-29', 'ArrowDown')).toBe('2026-07-31');
    expect(keyMove('2026-07-15', 'Home')).toBe('2026-07-01');
    expect(keyMove('2026-07-15', 'End')).toBe('2026-07-31');
    expect(keyMove('2026-07-15', 'a')).toBeNull();
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
  });

  it('keeps the wall-clock time when jumping to another day, across DST', () => {
    const tz = 'America/New_York';
    const march7at1630 = Date.parse('2026-03-07T21:30:00Z'); // EST
    expect(new Date(sameTimeOn('2026-03-09', march7at1630, tz)).toISOString()).toBe('2026-03-09T20:30:00.000Z'); // EDT
  });
});

describe('wind', () => {
  it('names the compass point the wind blows from', () => {
    expect(compassPoint(0)).toBe('n');
    expect(compassPoint(359)).toBe('n');
    expect(compassPoint(100)).toBe('e');
    expect(compassPoint(225)).toBe('sw');
    expect(compassPoint(-45)).toBe('nw');
  });
});

describe('spike sentence', () => {
  it('tells a spike, a fall and steady air apart, and stays quiet without both numbers', () => {
    expect(spikeKind(30, 10)).toEqual({ key: 'spikeAbove', ratio: 2 });
    expect(spikeKind(5, 10)).toEqual({ key: 'spikeBelow', ratio: 0.5 });
    expect(spikeKind(10.5, 10)?.key).toBe('spikeClose');
    expect(spikeKind(null, 10)).toBeNull();
    expect(spikeKind(4, 0)).toBeNull();
  });
});
