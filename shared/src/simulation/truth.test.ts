import { describe, expect, it } from 'vitest';
import { airSeries } from '../air/engine';
import { GroundTruthEventSchema } from '../scenario/schemas';
import { engineCity } from '../test-support/engine-city';
import { createSimulation } from './create-simulation';
import { groundTruth } from './truth';

const from = Date.parse('2026-07-01T00:00:00Z');
const to = Date.parse('2026-08-01T00:00:00Z');

describe('ground truth', () => {
  const sim = createSimulation(engineCity, {
    seed: 4,
    levers: { heatWave: { from: '2026-07-10T00:00:00Z', to: '2026-07-13T00:00:00Z' } },
    faults: [
      { kind: 'stuck', stationId: 'park-bench', metric: 'ozone', from: '2026-07-02T00:00:00Z', to: '2026-07-03T00:00:00Z' },
      { kind: 'spike', stationId: 'park-bench', metric: 'pm25', perHour: 3, from: '2026-07-05T00:00:00Z', to: '2026-07-05T06:00:00Z' },
      { kind: 'meter-missing', meterId: 'linden-res-00001', from: '2026-07-06T00:00:00Z', to: '2026-07-06T02:00:00Z' },
      { kind: 'duplicate-messages', from: '2026-07-07T00:00:00Z', to: '2026-07-07T01:00:00Z' },
    ],
  });
  const events = groundTruth(sim, from, to);

  it('records every injected fault and lever window, each parsing with the schema', () => {
    for (const e of events) GroundTruthEventSchema.parse(e);
    const kinds = new Set(events.map((e) => e.kind));
    for (const kind of ['stuck', 'spike', 'meter-missing', 'duplicate-messages', 'heat-wave']) expect(kinds).toContain(kind);
  });

  it('lists exactly the minutes that carry a spike', () => {
    const spikes = events.filter((e) => e.kind === 'spike').map((e) => Date.parse(e.from));
    const faulty = airSeries(sim, 'park-bench', Date.parse('2026-07-05T00:00:00Z'), Date.parse('2026-07-05T06:00:00Z'));
    const clean = airSeries(
      createSimulation(engineCity, { seed: 4 }),
      'park-bench',
      Date.parse('2026-07-05T00:00:00Z'),
      Date.parse('2026-07-05T06:00:00Z'),
    );
    const jumped = Array.from(faulty.timeMs).filter((_, i) => (faulty.pm25UgM3[i] as number) - (clean.pm25UgM3[i] as number) > 79);
    expect(spikes).toEqual(jumped);
    expect(spikes.length).toBeGreaterThan(5);
  });

  it('includes the engine’s own incidents, sorted by time, and only those in the window', () => {
    const incidents = events.filter((e) => e.kind === 'incident');
    expect(incidents.length).toBeGreaterThan(0);
    const starts = events.map((e) => e.from);
    expect([...starts].sort()).toEqual(starts);
    for (const e of events) expect(Date.parse(e.to) > from && Date.parse(e.from) < to).toBe(true);
    expect(groundTruth(sim, Date.parse('2026-07-02T06:00:00Z'), Date.parse('2026-07-02T07:00:00Z')).some((e) => e.kind === 'stuck')).toBe(
      true,
    );
  });
});
