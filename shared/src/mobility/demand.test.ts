import { describe, expect, it } from 'vitest';
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../common/time';
import { createSimulation } from '../simulation/create-simulation';
import { testCity } from '../test-support/test-city';
import { cruiseAt, incidentsOnDay, segmentCruiseMps } from './demand';

describe('segment cruise speed', () => {
  it('is, through its per-hour memo, the speed computed afresh at every minute, in and around incidents', () => {
    const sim = createSimulation(testCity, { seed: 3 });
    const firstDay = Math.floor(Date.parse('2026-07-01T00:00:00Z') / DAY_MS);
    const days = Array.from({ length: 40 }, (_, i) => firstDay + i);
    const hit = days.flatMap((day) => sim.network.corridors.flatMap((_, c) => incidentsOnDay(sim, c, day)));
    expect(hit.length).toBeGreaterThan(0);
    let slowed = 0;
    for (const incident of hit.slice(0, 4)) {
      const from = Math.floor(incident.fromMs / DAY_MS) * DAY_MS - 3 * HOUR_MS;
      for (let t = from; t < incident.toMs + 3 * HOUR_MS; t += MINUTE_MS) {
        const fresh = cruiseAt(sim, incident.segmentIndex, t);
        expect(segmentCruiseMps(sim, incident.segmentIndex, t)).toBe(fresh);
        if (t >= incident.fromMs && t < incident.toMs) slowed += fresh < cruiseAt(sim, incident.segmentIndex, t, 1) ? 1 : 0;
      }
    }
    expect(slowed).toBeGreaterThan(0);
  });
});
