import { ScenarioSchema } from '@sandbox/shared/scenario/schemas';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../i18n/i18n';
import { qrModules } from '../components/qr-code';
import { defaultForm, formShiftedStarts, type RoomStory, windowOf, withStory } from './room-form';
import { figureText, objectiveText, shiftedStartText } from './room-text';

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

describe('where teams start', () => {
  const story = (id: string, evShare: number): RoomStory => ({
    id,
    name: id,
    t: '2026-07-15T11:00:00Z',
    scenario: ScenarioSchema.parse({ city: 'testville', levers: { evShare } }),
  });

  it('offers EV share bounds that take in the story’s own value, so an untouched team plays the baseline', () => {
    // The summer weekday has 5 % EVs: the usual 20–80 % would start every team at 20 %.
    const form = defaultForm(story('summerWeekday', 0.05), 'Red\nBlue');
    expect(form.levers.evShare).toEqual({ enabled: true, min: 5, max: 80 });
    expect(formShiftedStarts(form, story('summerWeekday', 0.05))).toEqual([]);
    expect(defaultForm(story('electricFuture', 0.6), '').levers.evShare).toEqual({ enabled: true, min: 20, max: 80 });
    expect(defaultForm(story('allElectric', 0.93), '').levers.evShare).toEqual({ enabled: true, min: 20, max: 95 });
  });

  it('follows a new story with bounds left as offered, keeps bounds set by hand, and says where teams then start', () => {
    const weekday = story('summerWeekday', 0.05);
    const future = story('electricFuture', 0.6);
    expect(withStory(defaultForm(future, ''), future, weekday).levers.evShare).toEqual({ enabled: true, min: 5, max: 80 });
    const narrowed = {
      ...defaultForm(future, ''),
      levers: { ...defaultForm(future, '').levers, evShare: { enabled: true, min: 30, max: 80 } },
    };
    const moved = withStory(narrowed, future, weekday);
    expect(moved.levers.evShare).toEqual({ enabled: true, min: 30, max: 80 });
    const [shift] = formShiftedStarts(moved, weekday);
    expect(shift).toEqual({ id: 'evShare', story: 0.05, start: 0.3 });
    if (!shift) return;
    expect(shiftedStartText(shift, 'en', createI18n('en').t)).toBe(
      "EV share: teams start at 30%, because the story's 5% is outside the room's range. A team that changes nothing is not scored as the baseline.",
    );
  });
});
