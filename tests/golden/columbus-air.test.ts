/**
 * Air in space on the real Columbus city (issue 12): the benches differ on a smoke day, the
 * downtown bench beside the interstates reads above the park benches, and a full-strength winter
 * inversion reaches episode levels. Statistics come from tests/fidelity/collect/air-episodes.ts, the
 * same functions the fidelity report uses.
 */
import { createSimulation, type ScenarioInput } from '@sandbox/shared';
import { describe, expect, it } from 'vitest';
import { dailyMeanPm, smokeEpisode, weekdayMeans } from '../fidelity/collect/air-episodes';
import { loadCity } from '../support/city';

const city = loadCity('columbus');
const parks = city.stations.filter((s) => s.siteType === 'park').map((s) => s.id);

describe('Columbus air in space', () => {
  it('reads different AQIs at the benches at the smoke peak (default intensity), and the smoke reaches them at different hours', () => {
    // The smoke story's window (web/src/shell/scenario/stories.ts) at the lever's default intensity.
    const lever: ScenarioInput = { levers: { wildfireSmoke: { from: '2026-07-15T12:00:00Z', to: '2026-07-17T12:00:00Z' } } };
    const sim = createSimulation(city, lever);
    expect(sim.levers.smoke?.magnitude).toBe(0.6);
    const smoke = smokeEpisode(sim, Date.parse('2026-07-15T06:00:00Z'), Date.parse('2026-07-18T00:00:00Z'));
    expect(smoke.spreadAtPeak).toBeGreaterThan(10);
    expect(smoke.arrivalSpreadH).toBeGreaterThanOrEqual(1);
  });

  it('reads the downtown bench beside I-70/I-71 above every park bench on an average weekday', () => {
    const sim = createSimulation(city, {});
    const means = weekdayMeans(
      sim,
      ['downtown-high-school', ...parks],
      Date.parse('2026-03-02T05:00:00Z'),
      Date.parse('2026-03-28T04:00:00Z'),
    );
    const downtown = means['downtown-high-school'] as { pm25: number; no2: number };
    for (const park of parks) {
      const bench = means[park] as { pm25: number; no2: number };
      // Goodale Park lies 400 m from I-670, so its bench has an increment of its own: the margins are modest.
      expect(downtown.no2, park).toBeGreaterThan(bench.no2 + 1);
      expect(downtown.pm25, park).toBeGreaterThan(bench.pm25 + 0.1);
    }
  });

  it('lifts the park benches to an episode’s 35–60 µg/m³ day under a full-strength winter inversion (FACTS.md I.3)', () => {
    const inversion: ScenarioInput = { levers: { inversion: { from: '2026-01-12T05:00:00Z', to: '2026-01-16T05:00:00Z', intensity: 1 } } };
    const episode = dailyMeanPm(createSimulation(city, inversion), parks, ['2026-01-13', '2026-01-14']);
    const ordinary = dailyMeanPm(createSimulation(city, {}), parks, ['2026-01-13', '2026-01-14']);
    for (const park of parks) {
      const [day2] = episode[park] as number[];
      expect(day2, park).toBeGreaterThan(35);
      expect(day2, park).toBeLessThan(60);
      for (const [d, value] of (episode[park] as number[]).entries())
        expect(value).toBeGreaterThan(3 * ((ordinary[park] as number[])[d] as number));
    }
  });
});
