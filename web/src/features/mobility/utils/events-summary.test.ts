import type { SafetyEvent } from '@sandbox/shared/mobility/schemas';
import { describe, expect, it } from 'vitest';
import { countByKind, eventsByHour, latestEvents } from './events-summary';

const dayStart = Date.parse('2026-07-15T04:00:00Z');
const event = (time: string, kind: SafetyEvent['kind']): SafetyEvent => ({
  kind,
  time,
  vehicleId: 'v-0000abcd',
  temporaryId: '0A1B2C3D',
  corridorId: 'main-st',
  segmentId: 'main-st-nb-01',
  intersectionId: 'main-st-first',
  position: [-83, 40],
  speedMps: 12,
  decelMps2: 4,
});
const events = [
  event('2026-07-15T04:10:00.000Z', 'hard-braking'),
  event('2026-07-15T06:59:59.000Z', 'red-light-violation-warning'),
  event('2026-07-15T07:00:00.000Z', 'hard-braking'),
];

describe('events summary', () => {
  it('counts by kind', () => {
    expect(countByKind(events)).toEqual({ 'hard-braking': 2, 'red-light-violation-warning': 1 });
  });

  it('gives one bar per hour up to now, empty hours included', () => {
    const bars = eventsByHour(events, dayStart, Date.parse('2026-07-15T07:30:00Z'));
    expect(bars.map((b) => [b['hard-braking'], b['red-light-violation-warning']])).toEqual([
      [1, 0],
      [0, 0],
      [0, 1],
      [1, 0],
    ]);
    expect(bars[3]?.time).toBe(Date.parse('2026-07-15T07:00:00Z'));
  });

  it('lists the latest events newest first', () => {
    expect(latestEvents(events, 2).map((e) => e.time)).toEqual(['2026-07-15T07:00:00.000Z', '2026-07-15T06:59:59.000Z']);
  });
});
