import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../i18n/i18n';
import { qrModules } from '../components/qr-code';
import { windowOf } from './room-form';
import { figureText, objectiveText } from './room-text';

describe('the scoring window', () => {
  it('is the story’s local evening or whole day, in the city’s time zone (summer and winter offsets)', () => {
    expect(windowOf('evening', '2026-07-15T22:00:00Z', 'America/New_York')).toEqual({
      from: '2026-07-15T20:00:00.000Z',
      to: '2026-07-16T02:00:00.000Z',
    });
    expect(windowOf('day', '2026-01-14T12:00:00Z', 'America/New_York')).toEqual({
      from: '2026-01-14T05:00:00.000Z',
      to: '2026-01-15T05:00:00.000Z',
    });
    // 01:00 UTC on the 16th is still the evening of the 15th in Columbus.
    expect(windowOf('evening', '2026-07-16T01:00:00Z', 'America/New_York').from).toBe('2026-07-15T20:00:00.000Z');
  });
});

describe('room texts', () => {
  it('words the objective in both languages, keeping acronyms', () => {
    const objective = { kpi: 'peakLoad', guards: ['pm25Exposure', 'aqiOver100Hours'] } as const;
    const en = createI18n('en');
    const ko = createI18n('ko');
    expect(objectiveText({ ...objective, guards: [...objective.guards] }, 'en', en.t)).toBe(
      'Lowest city peak load without raising PM2.5 exposure, hours with AQI over 100',
    );
    expect(objectiveText({ kpi: 'pvExported', guards: [] }, 'en', en.t)).toBe('Highest PV exported');
    expect(objectiveText({ kpi: 'peakLoad', guards: ['pvExported'] }, 'ko', ko.t)).toBe(
      '도시 최대 부하 최소화 (조건: 태양광 역송 전력량 악화 없음)',
    );
    expect(figureText('peakLoad', 48_210.4, 'en')).toBe('48,210 kW');
    expect(figureText('pm25Exposure', null, 'en')).toBe('–');
  });
});

describe('the QR code', () => {
  it('has the three finder patterns and grows with what it encodes', () => {
    const small = qrModules('http://192.168.1.23:8080/join/K7P3QX');
    const n = small.length;
    expect(n).toBeGreaterThanOrEqual(25);
    // A finder pattern: a dark 7×7 ring around a light ring around a dark 3×3 core.
    const finder = (top: number, left: number) =>
      [0, 1, 2, 3, 4, 5, 6].every((r) =>
        [0, 1, 2, 3, 4, 5, 6].every((c) => {
          const ring = Math.max(Math.abs(r - 3), Math.abs(c - 3));
          return small[top + r]?.[left + c] === (ring !== 2);
        }),
      );
    expect(finder(0, 0) && finder(0, n - 7) && finder(n - 7, 0)).toBe(true);
    expect(finder(n - 7, n - 7)).toBe(false);
    expect(qrModules(`http://192.168.1.23:8080/join/K7P3QX?${'x'.repeat(200)}`).length).toBeGreaterThan(n);
  });
});
